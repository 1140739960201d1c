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
import { type LabelledSite, learnPolyphones } from '../lib/reader/polyphones-learn';
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
  const byChar = new Map<string, number>();
  for (const m of misses) {
    const ch = m.site.text.charAt(m.site.at);
    byChar.set(ch, (byChar.get(ch) ?? 0) + 1);
  }
  const worst = [...byChar].sort((a, b) => b[1] - a[1]).slice(0, 20);
  console.log(`  most missed: ${worst.map(([ch, n]) => `${ch} ${n}`).join(', ')}`);
  for (const m of misses.slice(0, 12)) {
    const { text, at } = m.site;
    console.log(
      `  ${text.slice(Math.max(0, at - 10), at)}[${text.charAt(at)}]${text.slice(at + 1, at + 11)}  gold ${m.gold}, got ${m.got}`,
    );
  }
}

/** k-fold cross-validation of the learner on the split: every site is scored by a model not trained on it. */
export function crossValidate(sites: readonly LabelledSite[], folds = FOLDS): string[] {
  const predicted: string[] = sites.map((s) => s.site.ours);
  for (let fold = 0; fold < folds; fold++) {
    const learned = learnPolyphones(sites.filter((_, i) => i % folds !== fold));
    sites.forEach((s, i) => {
      if (i % folds === fold) predicted[i] = predictReading(learned, s.site) ?? s.site.ours;
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
