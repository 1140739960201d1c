// `npm run bench -- [lookup ...]`: speed and memory, printed as tables with ratios to the baselines
// named in the issues. Never run by `npm test` (timings do not belong in assertions).
import { runSuites, type Suites } from './suites';

const SUITES: Suites = {
  lookup: async () => (await import('./bench-lookup')).benchLookup(),
  convert: async () => (await import('./bench-convert')).benchConvert(),
  clippings: async () => (await import('./bench-clippings')).benchClippings(),
  article: async () => (await import('./bench-article')).benchArticle(),
  vocabulary: async () => (await import('./bench-vocabulary')).benchVocabulary(),
  reader: async () => (await import('./bench-reader')).benchReader(),
};

await runSuites('bench', SUITES, process.argv.slice(2));
