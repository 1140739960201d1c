// `npm run eval -- [article|convert ...]`: quality of the Chinese processing on ../shared/corpus.
// Each suite skips cleanly (with a message) where the corpus is absent.
const SUITES: Record<string, () => Promise<void>> = {
  article: async () => (await import('./eval-article')).evalArticle(),
  convert: async () => (await import('./eval-convert')).evalConvert(),
  lookup: async () => (await import('./eval-lookup')).evalLookup(),
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(SUITES, name));
if (unknown.length > 0) {
  console.error(`eval: unknown suite ${unknown.join(', ')} (available: ${Object.keys(SUITES).join(', ')})`);
  process.exit(2);
}
for (const name of asked.length > 0 ? asked : Object.keys(SUITES)) {
  console.log(`\n== eval ${name} ==`);
  await SUITES[name]!();
}
