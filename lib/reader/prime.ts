// Priming a fresh reading model with the commonest words, while the holder is idle (bench-reader-notes.md,
// round 13). A fresh model's first article is slow not for want of JIT but for its caches: the words'
// readings (readings.ts readWord), the characters' statistics and the polyphone scorer's per-context
// sums, all filled on first meeting. Reading the commonest words once, a few dozen to a text joined by
// commas (so the scorer meets them between neighbours and before a clause end), fills them ahead; the
// caches only remember what the same calls would compute later, so no answer changes.
import { annotate, type ReadingModel } from './readings';

/** The shipped HSK extract (lib/vocabulary/hsk.ts): its frequency ranks order the words. */
export const COMMON_WORDS_PATH = '/hsk/hsk.tsv';

/** Words per primed text. */
const WORDS_PER_TEXT = 20;
/** How long one slice of priming may hold the holder's queue (milliseconds). */
export const PRIME_SLICE_MS = 4;
/** After a reader's batch, priming waits this long without one before it goes on. */
export const PRIME_QUIET_MS = 1_000;

/** The simplified words of an HSK extract (hsk.tsv: simplified, traditional, hsk2, hsk3, rank) that have
 *  a frequency rank, commonest first. */
export function commonWords(tsv: string): string[] {
  const ranked: [string, number][] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, , , , rank] = line.split('\t');
    const n = Number(rank);
    if (word && rank && Number.isInteger(n) && n > 0) ranked.push([word, n]);
  }
  ranked.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked.map(([word]) => word);
}

/** `words` as the texts priming reads: WORDS_PER_TEXT words joined by '，'. */
export function primeTexts(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_TEXT)
    out.push(words.slice(i, i + WORDS_PER_TEXT).join('，'));
  return out;
}

export interface PrimeDeps {
  /** Runs `work` after whatever is queued, or after `ms` milliseconds. */
  later(work: () => void, ms?: number): void;
  /** How many reader batches the holder has answered so far (priming yields to them). */
  batches(): number;
  now(): number;
}

/** Reads `texts` with `model` in slices of at most about PRIME_SLICE_MS, each after what is queued; once
 *  a reader's batch came, waits until PRIME_QUIET_MS pass without one. Resolves with the texts read. */
export function primeModel(model: ReadingModel, texts: readonly string[], deps: PrimeDeps): Promise<number> {
  return new Promise((resolve) => {
    let next = 0;
    let seen = deps.batches();
    const slice = (): void => {
      if (deps.batches() !== seen) {
        seen = deps.batches();
        deps.later(slice, PRIME_QUIET_MS);
        return;
      }
      const start = deps.now();
      while (next < texts.length && deps.now() - start < PRIME_SLICE_MS) annotate(texts[next++] ?? '', model);
      if (next < texts.length) deps.later(slice);
      else resolve(next);
    };
    deps.later(slice);
  });
}
