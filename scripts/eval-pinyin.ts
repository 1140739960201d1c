// `npm run eval -- pinyin`: polyphone accuracy on the CPP benchmark's development split
// (../shared/corpus/pinyin/cpp, read at run time; one marked polyphone per sentence, numbered pinyin gold).
// Three columns, same sentences:
//   ours       lib/reader/readings.ts: the word the segmentation puts the character in, else the
//              stand-alone score (statistics from CC-CEDICT and word frequencies only — no CPP data)
//   per-char   the stand-alone reading of the character with no context (most frequent reading)
//   pinyin-pro the npm package pinyin-pro (outside baseline; its own dictionary and rules)
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

export function oursAt(model: ReadingModel, text: string, at: number): string {
  for (const token of annotate(text, model)) {
    if (at >= token.start && at < token.start + token.text.length) {
      return token.readings[Array.from(text.slice(token.start, at)).length] ?? '';
    }
  }
  return '';
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
  const readers: [string, Reader | null][] = [
    ['ours (word + CEDICT statistics)', (c) => oursAt(model, c.text, c.at)],
    ['per-character (most frequent reading)', (c) => standaloneReading(model, c.text.charAt(c.at))],
    ['pinyin-pro', await pinyinProReader()],
  ];
  console.log(`CPP dev split: ${cases.length} sentences, one polyphone each (not used to build any data)`);
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
}
