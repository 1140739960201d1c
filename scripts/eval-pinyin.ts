// `npm run eval -- pinyin`: polyphone accuracy on the CPP benchmark's development split
// (../shared/corpus/pinyin/cpp, read at run time; one marked polyphone per sentence, numbered pinyin gold).
// The shipped polyphone model (lib/reader/polyphones.ts) is learned from this very split, so its score
// here is in-sample and is printed only as such. The headline is k-fold cross-validation: the same
// learner trained on k−1 parts and scored on the part left out, summed over the k parts. Beside it:
//   dictionary path  readings.ts without the learned model (CC-CEDICT words and statistics; no CPP data)
//   per-char         the stand-alone reading of the character with no context (most frequent reading)
//   pinyin-pro       the npm package pinyin-pro (outside baseline; its own dictionary and rules)
// and where the cross-validated model still misses. Skips cleanly when the corpus is absent.
import { statSync } from 'node:fs';
import { loadReadingModelFromDisk } from '../lib/reader/node';
import { type LabelledSite, learnPolyphones, random } from '../lib/reader/polyphones-learn';
import { predictReading } from '../lib/reader/polyphones-score';
import { annotate, polyphonesOf, type ReadingModel } from '../lib/reader/readings';
import { baseModel, CPP_DIR, labelledSites, POLYPHONES_PATH, readCppCases } from './build-polyphones';

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

const percent = (right: number, total: number) => `${((100 * right) / total).toFixed(2).padStart(6)} %`;
const row = (name: string, right: number, total: number, note = '') =>
  console.log(`${name.padEnd(44)} ${percent(right, total)}  (${right}/${total}${note ? `, ${note}` : ''})`);

/** Where the cross-validated model still misses: lone characters or in words, and which characters. */
function breakdown(sites: readonly LabelledSite[], predicted: readonly string[]): void {
  const misses = sites.flatMap((s, i) =>
    predicted[i] === s.gold ? [] : [{ ...s, got: predicted[i] ?? '' }],
  );
  const lone = misses.filter((m) => m.site.word.length === 1).length;
  const unseen = misses.filter(
    (m) => !predicted.some((p, i) => sites[i]?.gold === m.gold && p === m.gold),
  ).length;
  const fromBase = misses.filter((m) => m.got === m.site.ours).length;
  console.log(
    `cross-validated misses: ${misses.length}; ${lone} lone characters, ${misses.length - lone} inside words; ` +
      `${fromBase} kept the dictionary path's reading, ${misses.length - fromBase} changed it wrongly; ` +
      `${unseen} with a gold reading never read right anywhere in the split`,
  );
  const top = (keys: readonly string[], n: number) => {
    const counts = new Map<string, number>();
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, n)
      .map(([key, k]) => `${key} ${k}`)
      .join(', ');
  };
  const charOf = (s: LabelledSite) => s.site.text.charAt(s.site.at);
  console.log(`  most missed: ${top(misses.map(charOf), 20)}`);
  console.log(
    `  gold→got: ${top(
      misses.map((m) => `${charOf(m)} ${m.gold}→${m.got}`),
      12,
    )}`,
  );
  console.log(`  ${evidence(sites, misses)}`);
  for (const m of misses.slice(0, 12)) {
    const { text, at } = m.site;
    console.log(
      `  ${text.slice(Math.max(0, at - 10), at)}[${text.charAt(at)}]${text.slice(at + 1, at + 11)}  gold ${m.gold}, got ${m.got}`,
    );
  }
}

/** Fold of each site: by sentence number (the headline), or a seeded random balanced split (the same
 *  learner on another partition, so the headline's luck with the sentence order shows). */
export const sentenceFolds = (count: number, folds = FOLDS): number[] =>
  Array.from({ length: count }, (_, i) => i % folds);

export function randomFolds(count: number, folds = FOLDS, seed = 1): number[] {
  const order = Array.from({ length: count }, (_, i) => i);
  const next = random(seed);
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  const out = new Array<number>(count).fill(0);
  order.forEach((site, rank) => {
    out[site] = rank % folds;
  });
  return out;
}

/** How much the split itself could teach about each miss: the other sentences with the same character
 *  and the same gold reading (none: no learner trained on this split can know that reading there). */
function evidence(sites: readonly LabelledSite[], misses: readonly LabelledSite[]): string {
  const key = (s: LabelledSite) => `${s.site.text.charAt(s.site.at)}\u0001${s.gold}`;
  const counts = new Map<string, number>();
  for (const s of sites) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
  const buckets = [0, 0, 0, 0];
  for (const m of misses) {
    const others = (counts.get(key(m)) ?? 1) - 1;
    const bucket = others === 0 ? 0 : others <= 2 ? 1 : others <= 5 ? 2 : 3;
    buckets[bucket] = (buckets[bucket] ?? 0) + 1;
  }
  const [none, few, some, many] = buckets;
  return (
    `other sentences in the split with the miss's character and gold reading: ` +
    `none ${none}, 1–2 ${few}, 3–5 ${some}, 6+ ${many}`
  );
}

/** k-fold cross-validation of the learner on the split: every site is scored by a model not trained on it. */
export function crossValidate(
  sites: readonly LabelledSite[],
  folds = FOLDS,
  foldOf: readonly number[] = sentenceFolds(sites.length, folds),
): string[] {
  const predicted: string[] = sites.map((s) => s.site.ours);
  for (let fold = 0; fold < folds; fold++) {
    const learned = learnPolyphones(sites.filter((_, i) => foldOf[i] !== fold));
    sites.forEach((s, i) => {
      if (foldOf[i] === fold) predicted[i] = predictReading(learned, s.site) ?? s.site.ours;
    });
  }
  return predicted;
}

const FOLDS = 5;

/** Annotation speed with and without the learned model, per 10,000 characters of the split's text. */
function speed(model: ReadingModel, cases: readonly PolyphoneCase[]): void {
  const text = cases.map((c) => c.text).join('\n');
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 2000) chunks.push(text.slice(i, i + 2000));
  // CPU time of this process, not wall time: the machine may be shared.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const time = (m: ReadingModel) => {
    for (const chunk of chunks.slice(0, 20)) annotate(chunk, m); // warm up
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < 3; round++) {
      const started = cpuMs();
      for (const chunk of chunks) annotate(chunk, m);
      best = Math.min(best, cpuMs() - started);
    }
    return (best * 10_000) / text.length;
  };
  const base = time(baseModel(model));
  const full = time(model);
  console.log(
    `annotation: ${full.toFixed(1)} ms per 10,000 characters with the model, ${base.toFixed(1)} ms without ` +
      `(CPU time, best of 3 over ${text.length} characters, word cache warm; npm run bench -- reader for the browser)`,
  );
}

export async function evalPinyin(): Promise<void> {
  const cases = readCppCases();
  if (!cases) {
    console.log(`skipped: ${CPP_DIR} (CPP dev split) not found`);
    return;
  }
  const model = loadReadingModelFromDisk();
  const total = cases.length;
  console.log(`CPP dev split: ${total} sentences, one polyphone each`);
  speed(model, cases);
  const sites = labelledSites(cases, model);
  const started = performance.now();
  const cv = crossValidate(sites);
  const cvMs = performance.now() - started;
  const count = (read: (c: PolyphoneCase, i: number) => string) =>
    cases.reduce((n, c, i) => n + (normalise(read(c, i)) === c.gold ? 1 : 0), 0);
  row(
    `ours, ${FOLDS}-fold cross-validated (headline)`,
    count((_, i) => cv[i] ?? ''),
    total,
    `${cvMs.toFixed(0)} ms`,
  );
  const shuffled = crossValidate(sites, FOLDS, randomFolds(sites.length));
  row(
    `ours, ${FOLDS}-fold on a random split (seed 1)`,
    count((_, i) => shuffled[i] ?? ''),
    total,
  );
  row(
    'ours as shipped (IN-SAMPLE: trained on this)',
    count((c) => observe(model, c).ours),
    total,
  );
  row(
    'dictionary path alone (no CPP data)',
    count((_, i) => sites[i]?.site.ours ?? ''),
    total,
  );
  row(
    'per-character (stand-alone reading)',
    count((_, i) => sites[i]?.site.solo ?? ''),
    total,
  );
  const pro = await pinyinProReader();
  if (pro) row('pinyin-pro', count(pro), total);
  else console.log(`${'pinyin-pro'.padEnd(44)} not installed`);
  const size = statSync(POLYPHONES_PATH).size;
  console.log(
    `shipped model: ${Object.keys(polyphonesOf(model)?.chars ?? {}).length} characters, ${size} bytes`,
  );
  breakdown(sites, cv);
}
