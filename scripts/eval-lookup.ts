// `npm run eval -- lookup`: does the popup show the word the sentence means? On the UD Chinese GSD
// (Traditional) and GSDSimp (Simplified) test sets in ../shared/corpus/segmentation/ud-gsd, read at run
// time, we "hover" the first character of every gold word that starts with a Han character and check
// whether the popup's first entry is that word (either script). Two columns, same run, same sources:
//   longest  plain longest match at the cursor (what Zhongwen shows first)
//   ours     the engine with the segmentation hint (text before the cursor + up to 16 after)
// Gold words no source has at all (names, numbers …) can never be first; they are counted separately.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadDictionaryFromDisk } from '../lib/dictionary/node';
import { newsGlossary } from '../lib/glossary/glossary';
import {
  CONTEXT_AFTER,
  CONTEXT_BEFORE,
  createLookupEngine,
  type LookupEngine,
} from '../lib/lookup/lookup-engine';
import type { LookupResult } from '../lib/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, '../shared/corpus/segmentation/ud-gsd');
const SETS = [
  { name: 'GSD (Traditional)', file: 'zh_gsd-ud-test.seg.txt' },
  { name: 'GSDSimp (Simplified)', file: 'zh_gsdsimp-ud-test.seg.txt' },
];
const HAN = /^\p{Script=Han}/u;

export interface HoverScore {
  words: number;
  longest: number;
  ours: number;
  /** Gold words that no source has as a headword. */
  unknown: number;
}

const firstIs = (result: LookupResult, word: string): boolean => {
  const e = result.entries[0];
  return e !== undefined && (e.simplified === word || e.traditional === word);
};

/** Scores one segmented text (one sentence a line, gold words separated by spaces). */
export function scoreSegmented(lines: readonly string[], engine: LookupEngine): HoverScore {
  const score: HoverScore = { words: 0, longest: 0, ours: 0, unknown: 0 };
  for (const line of lines) {
    const words = line.split(' ').filter((w) => w.length > 0);
    const raw = words.join('');
    let at = 0;
    for (const word of words) {
      const start = at;
      at += word.length;
      if (!HAN.test(word)) continue;
      score.words++;
      const after = raw.slice(start, start + CONTEXT_AFTER);
      const plain = engine.longestMatch(after);
      if (!plain.entries.some((e) => e.simplified === word || e.traditional === word)) score.unknown++;
      if (firstIs(plain, word)) score.longest++;
      if (firstIs(engine.lookup(after, raw.slice(Math.max(0, start - CONTEXT_BEFORE), start)), word))
        score.ours++;
    }
  }
  return score;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(d, 1)).toFixed(1)}%`;

export async function evalLookup(): Promise<void> {
  if (!existsSync(corpusDir)) {
    console.log(`skipped: ${corpusDir} is absent`);
    return;
  }
  const engine = createLookupEngine({ dictionary: loadDictionaryFromDisk(), glossary: newsGlossary() });
  const rows: string[][] = [['set', 'words', 'longest match', 'ours', 'gain', 'not in any source']];
  for (const set of SETS) {
    const file = join(corpusDir, set.file);
    if (!existsSync(file)) {
      console.log(`skipped ${set.name}: ${file} is absent`);
      continue;
    }
    const started = performance.now();
    const s = scoreSegmented(readFileSync(file, 'utf8').split('\n'), engine);
    const ms = performance.now() - started;
    rows.push([
      set.name,
      String(s.words),
      `${s.longest} (${pct(s.longest, s.words)})`,
      `${s.ours} (${pct(s.ours, s.words)})`,
      `${s.ours >= s.longest ? '+' : ''}${pct(s.ours - s.longest, s.words)}`,
      `${s.unknown} (${pct(s.unknown, s.words)})`,
    ]);
    console.log(`${set.name}: ${s.words * 2} lookups in ${ms.toFixed(0)} ms`);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  for (const r of rows) console.log(r.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  console.log(
    'first entry = the gold word, hovering the first character of each gold word starting with Han',
  );
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) await evalLookup();
