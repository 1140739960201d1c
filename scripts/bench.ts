// `npm run bench -- [lookup ...]`: speed and memory, printed as tables with ratios to the baselines
// named in the issues. Never run by `npm test` (timings do not belong in assertions).
const SUITES: Record<string, () => Promise<void>> = {
  lookup: async () => (await import('./bench-lookup')).benchLookup(),
  convert: async () => (await import('./bench-convert')).benchConvert(),
  clippings: async () => (await import('./bench-clippings')).benchClippings(),
  article: async () => (await import('./bench-article')).benchArticle(),
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !Object.hasOwn(SUITES, name));
if (unknown.length > 0) {
  console.error(`bench: unknown suite ${unknown.join(', ')} (available: ${Object.keys(SUITES).join(', ')})`);
  process.exit(2);
}
for (const name of asked.length > 0 ? asked : Object.keys(SUITES)) {
  console.log(`\n== bench ${name} ==`);
  await SUITES[name]!();
}
