// `npx tsx scripts/glossary-candidates.ts [folder …] [--min-pages N] [--min-count N] [--limit N]`
// Lists candidate news-glossary terms: Han strings frequent in the pages' article text (our detector),
// on several pages, with varied neighbours, and known to neither CC-CEDICT nor the glossary. Default
// pages: every article set of ../shared/corpus. Prints TSV (term, count, pages, entropies, out-of-vocabulary
// flag, a context) for review; keep the real terms by adding rows to lib/glossary/data/*.tsv.
import { findCandidates } from '../lib/glossary/candidates';
import { NEWS_TERMS } from '../lib/glossary/terms';
import { newsPages } from './corpus-news';
import { readCedictIndex } from './glossary-refs';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const folders = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
  const pages = await newsPages(folders.length ? folders : undefined);
  if (pages.length === 0) {
    console.error('no Chinese news pages found (../shared/corpus absent?)');
    process.exit(folders.length ? 2 : 0);
  }
  const cedict = readCedictIndex();
  const glossary = new Set(NEWS_TERMS.flatMap((t) => [t.simplified, t.traditional, t.taiwan, t.hongkong]));
  const known = (s: string) => cedict.readings.has(s) || glossary.has(s);
  const candidates = findCandidates(
    pages.map((p) => p.text),
    {
      known,
      minPages: option('--min-pages', 2),
      minCount: option('--min-count', 3),
    },
  );
  const limit = option('--limit', candidates.length);
  console.log(['term', 'count', 'pages', 'left_H', 'right_H', 'oov', 'context'].join('\t'));
  for (const c of candidates.slice(0, limit)) {
    const page = pages.find((p) => p.text.includes(c.text))!;
    const at = page.text.indexOf(c.text);
    const context = page.text.slice(Math.max(0, at - 8), at + c.text.length + 8).replace(/\s+/g, ' ');
    const h = (x: number) => x.toFixed(2);
    console.log(
      [c.text, c.count, c.pages, h(c.leftEntropy), h(c.rightEntropy), c.oov ? 'oov' : '', context].join('\t'),
    );
  }
  console.error(`${candidates.length} candidates from ${pages.length} pages`);
}

main();
