// `npm run eval -- pinyin`: polyphone accuracy on the CPP benchmark's development split
// (../shared/corpus/pinyin/cpp, read at run time; one marked polyphone per sentence, numbered pinyin gold).
// Three columns, same sentences:
//   ours       lib/reader/readings.ts: the word the segmentation puts the character in, else the
//              stand-alone score (statistics from CC-CEDICT and word frequencies only — no CPP data)
//   per-char   the stand-alone reading of the character with no context (most frequent reading)
//   pinyin-pro the npm package pinyin-pro (outside baseline; its own dictionary and rules)
// and, as an experiment kept apart, ours plus a context model learned on one half of the split and scored
// on the other (two-fold), to show what annotated context data would add. It is not shipped.
// Skips cleanly when the corpus is absent.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReadingModelFromDisk } from '../lib/reader/node';
import { annotate, type ReadingModel, standaloneReading } from '../lib/reader/readings';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// WENZHAI_SHARED points elsewhere when the checkout is not next to ../shared (a git worktree).
const corpusDir = resolve(process.env.WENZHAI_SHARED ?? resolve(repoRoot, '../shared'), 'corpus/pinyin/cpp');
const MARK = '\u2581';

export interface PolyphoneCase {
  text: string;
  /** Code-unit offset of the marked character. */
  at: number;
  gold: string;
}

/** "lu:4", "lü4", "lv4" all the same syllable. */
export const normalise = (s: string): string => s.trim().toLowerCase().replace(/u:|ü/g, 'v');

export function parseCases(sent: string, labels: string): PolyphoneCase[] {
  const golds = labels.split('\n');
  const cases: PolyphoneCase[] = [];
  sent.split('\n').forEach((line, i) => {
    const parts = line.split(MARK);
    if (parts.length !== 3 || !golds[i]) return;
    cases.push({ text: parts.join(''), at: (parts[0] ?? '').length, gold: normalise(golds[i] ?? '') });
  });
  return cases;
}

/** Our reading of the marked character, with the word it fell in and the words either side. */
export interface Observed {
  char: string;
  gold: string;
  ours: string;
  word: string;
  prev: string;
  next: string;
}

export function observe(model: ReadingModel, c: PolyphoneCase): Observed {
  const tokens = annotate(c.text, model);
  const k = tokens.findIndex((t) => c.at >= t.start && c.at < t.start + t.text.length);
  const token = tokens[k];
  const ours = token ? (token.readings[Array.from(c.text.slice(token.start, c.at)).length] ?? '') : '';
  return {
    char: c.text.charAt(c.at),
    gold: c.gold,
    ours: normalise(ours),
    word: token?.text ?? '',
    prev: tokens[k - 1]?.text ?? '^',
    next: tokens[k + 1]?.text ?? '$',
  };
}

type Counts = Map<string, Map<string, number>>;
const bump = (counts: Counts, key: string, value: string) => {
  const inner = counts.get(key) ?? new Map<string, number>();
  inner.set(value, (inner.get(value) ?? 0) + 1);
  counts.set(key, inner);
};
const top = (counts: Counts, key: string): string | undefined => {
  let best: string | undefined;
  let n = 0;
  for (const [value, c] of counts.get(key) ?? []) if (c > n) [best, n] = [value, c];
  return best;
};

/** A context model learned from annotated cases (the experiment below, never shipped): the gold reading
 *  most seen for the same character in the same word; for a lone character, with the same word before or
 *  after it, else the character's commonest gold reading; a multi-character word unseen keeps ours. */
export function learnContext(train: readonly Observed[]): (o: Observed) => string {
  const inWord: Counts = new Map();
  const before: Counts = new Map();
  const after: Counts = new Map();
  const byChar: Counts = new Map();
  for (const o of train) {
    bump(inWord, `${o.char}|${o.word}`, o.gold);
    bump(before, `${o.char}|${o.word}|${o.prev}`, o.gold);
    bump(after, `${o.char}|${o.word}|${o.next}`, o.gold);
    bump(byChar, o.char, o.gold);
  }
  return (o) => {
    if (o.word.length === 1) {
      return (
        top(before, `${o.char}|${o.word}|${o.prev}`) ??
        top(after, `${o.char}|${o.word}|${o.next}`) ??
        top(byChar, o.char) ??
        o.ours
      );
    }
    return top(inWord, `${o.char}|${o.word}`) ?? o.ours;
  };
}

/** Two-fold: learn on the even lines and score the odd ones, then the other way round. */
function splitExperiment(observed: readonly Observed[]): void {
  const even = observed.filter((_, i) => i % 2 === 0);
  const odd = observed.filter((_, i) => i % 2 === 1);
  const score = (set: readonly Observed[], read: (o: Observed) => string) =>
    (100 * set.filter((o) => read(o) === o.gold).length) / set.length;
  const a = score(odd, learnContext(even));
  const b = score(even, learnContext(odd));
  console.log(
    `${'ours + context learned on the other half'.padEnd(40)} ${((a + b) / 2).toFixed(2).padStart(6)} %` +
      `  (2-fold on dev: learn even lines → odd ${a.toFixed(2)} %, learn odd → even ${b.toFixed(2)} %;` +
      ' an experiment, not shipped)',
  );
}

type Reader = (c: PolyphoneCase) => string;

async function pinyinProReader(): Promise<Reader | null> {
  try {
    const { pinyin } = await import('pinyin-pro');
    return (c) => {
      const all = pinyin(c.text, { toneType: 'num', type: 'array', v: true });
      // pinyin-pro gives one item per character (surrogate pairs included) and tone 0 for neutral.
      const index = Array.from(c.text.slice(0, c.at)).length;
      return (all[index] ?? '').replace(/0$/, '5');
    };
  } catch {
    return null;
  }
}

export async function evalPinyin(): Promise<void> {
  const sentPath = resolve(corpusDir, 'dev.sent');
  const lbPath = resolve(corpusDir, 'dev.lb');
  if (!existsSync(sentPath) || !existsSync(lbPath)) {
    console.log(`skipped: ${corpusDir} (CPP dev split) not found`);
    return;
  }
  const cases = parseCases(readFileSync(sentPath, 'utf8'), readFileSync(lbPath, 'utf8'));
  const model = loadReadingModelFromDisk();
  const started = performance.now();
  const observed = cases.map((c) => observe(model, c));
  const annotateMs = performance.now() - started;
  const ours = new Map(cases.map((c, i) => [c, observed[i]?.ours ?? '']));
  const readers: [string, Reader | null][] = [
    ['ours (word + CEDICT statistics)', (c) => ours.get(c) ?? ''],
    ['per-character (most frequent reading)', (c) => standaloneReading(model, c.text.charAt(c.at))],
    ['pinyin-pro', await pinyinProReader()],
  ];
  console.log(`CPP dev split: ${cases.length} sentences, one polyphone each (not used to build any data)`);
  console.log(
    `our annotation of all sentences: ${annotateMs.toFixed(0)} ms (the "ours" row then only reads it)`,
  );
  for (const [name, read] of readers) {
    if (!read) {
      console.log(`${name.padEnd(40)} not installed`);
      continue;
    }
    const started = performance.now();
    let right = 0;
    for (const c of cases) if (normalise(read(c)) === c.gold) right++;
    const ms = performance.now() - started;
    console.log(
      `${name.padEnd(40)} ${((100 * right) / cases.length).toFixed(2).padStart(6)} %  (${right}/${cases.length}, ${ms.toFixed(0)} ms)`,
    );
  }
  splitExperiment(observed);
}
