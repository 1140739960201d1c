// `npm run eval -- [article|convert ...]`: quality of the Chinese processing on ../shared/corpus.
// Each suite skips cleanly (with a message) where the corpus is absent.
import { runSuites, type Suites } from './suites';

const SUITES: Suites = {
  article: async () => (await import('./eval-article')).evalArticle(),
  convert: async () => (await import('./eval-convert')).evalConvert(),
  lookup: async () => (await import('./eval-lookup')).evalLookup(),
  glossary: async () => (await import('./eval-glossary')).evalGlossary(),
  pinyin: async () => (await import('./eval-pinyin')).evalPinyin(),
  mixed: async () => (await import('./eval-convert-mixed')).evalConvertMixed(),
};

await runSuites('eval', SUITES, process.argv.slice(2));
