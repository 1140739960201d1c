// `npm run eval -- glossary`: size of the news glossary, its coverage of the held-out term lists
// (tests/fixtures/glossary/), and on the corpus pages (../shared/corpus; skipped when absent): how many
// hover words the glossary answers that CC-CEDICT cannot, and false underlines (glossary terms matched
// inside longer words), for the plain leftmost-longest matcher and for the engine's underliner.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_DICTIONARY_PATH, loadDictionaryFromDisk } from '../lib/dictionary/node';
import { newsGlossary } from '../lib/glossary/glossary';
import { NEWS_TERMS } from '../lib/glossary/terms';
import { createLookupEngine, glossaryScorer, insideLongerWord } from '../lib/lookup/lookup-engine';
import { segment } from '../lib/lookup/segment';
import { CORPUS, newsPages } from './corpus-news';

const root = resolve(import.meta.dirname, '..');
const LISTS = ['held-out-terms.txt', 'coverage-2023-2026.txt'];
const pct = (n: number, d: number) => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)} %`);

function readList(name: string): string[] {
  return readFileSync(resolve(root, 'tests/fixtures/glossary', name), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function coverage(): void {
  const glossary = newsGlossary();
  console.log(`terms in the glossary: ${NEWS_TERMS.length}`);
  for (const name of LISTS) {
    const terms = readList(name);
    const missing = terms.filter((t) => !glossary.lookup(t).some((e) => e.simplified === t));
    const covered = terms.length - missing.length;
    console.log(`coverage of ${name}: ${covered}/${terms.length} = ${pct(covered, terms.length)}`);
    if (missing.length) console.log(`  missing: ${missing.join(' ')}`);
  }
}

async function onPages(): Promise<void> {
  const dictPath = DEFAULT_DICTIONARY_PATH;
  if (!existsSync(CORPUS) || !existsSync(dictPath)) {
    console.log(
      `corpus parts skipped: ${existsSync(CORPUS) ? 'run npm run build:data' : `${CORPUS} absent`}`,
    );
    return;
  }
  const pages = await newsPages();
  const dictionary = loadDictionaryFromDisk();
  const glossary = newsGlossary();
  const engine = createLookupEngine({ dictionary, glossary });
  const scorers = [glossaryScorer(glossary), dictionary];
  let answered = 0;
  const answeredTerms = new Set<string>();
  const falseRaw: string[] = [];
  const falseOurs: string[] = [];
  let rawCount = 0;
  let oursCount = 0;
  for (const { text } of pages) {
    // Hover words: the words of the best segmentation (what the card shows first) that only the glossary knows.
    for (const sentence of text.split(/[。！？\n]/)) {
      const cuts = segment(sentence, scorers);
      for (let i = 0; i + 1 < cuts.length; i++) {
        const word = sentence.slice(cuts[i], cuts[i + 1]);
        if (
          word.length > 1 &&
          !dictionary.has(word) &&
          glossary.lookup(word).some((e) => word === e.simplified || word === e.traditional)
        ) {
          answered += 1;
          answeredTerms.add(word);
        }
      }
    }
    const raw = glossary.findAll(text);
    const ours = engine.glossaryMatches(text);
    rawCount += raw.length;
    oursCount += ours.length;
    const context = (s: number, e: number) =>
      `${text.slice(Math.max(0, s - 3), s)}[${text.slice(s, e)}]${text.slice(e, e + 3)}`;
    for (const m of raw)
      if (insideLongerWord(text, m.start, m.end, dictionary)) falseRaw.push(context(m.start, m.end));
    for (const m of ours)
      if (insideLongerWord(text, m.start, m.end, dictionary)) falseOurs.push(context(m.start, m.end));
  }
  console.log(`corpus pages: ${pages.length}`);
  console.log(
    `hover words the glossary answers that CC-CEDICT cannot: ${answered} occurrences, ${answeredTerms.size} distinct terms`,
  );
  console.log(`underlines, plain leftmost-longest: ${rawCount}, inside longer words: ${falseRaw.length}`);
  if (falseRaw.length) console.log(`  e.g. ${falseRaw.slice(0, 12).join(' ')}`);
  console.log(
    `underlines, engine (segmentation and longer-word checks): ${oursCount}, inside longer words: ${falseOurs.length} (target 0)`,
  );
  if (falseOurs.length) console.log(`  ${falseOurs.join(' ')}`);
}

export async function evalGlossary(): Promise<void> {
  coverage();
  await onPages();
}
