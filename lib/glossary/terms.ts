// The shipped news glossary. The terms are data (lib/glossary/data/*.tsv); `npm run build:data` checks
// them and compiles them into the generated module re-exported here.
export { NEWS_TERMS } from './news-terms.generated';
