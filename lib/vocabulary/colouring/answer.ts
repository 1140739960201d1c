// The background's side of known-word colouring: the words the dictionary's holder cut, looked up in
// the vocabulary by their folded key (one index read for the distinct words), turned into the marks
// a tab paints and the estimate the popup shows.
import type { VocabularyDb } from '../db';
import { estimateFromWords, wordKeysOf } from '../estimate';
import type { HskIndex } from '../hsk';
import type { Colouring, WordState } from '../types';
import type { WordRange } from '../words';

/** State codes in the flat marks: only the states that are drawn. */
export const MARK_NEW = 0;
export const MARK_LEARNING = 1;

/** Flat offsets (start, end …) as ranges; an odd or out-of-order tail is dropped. */
export function rangesOfFlat(flat: readonly number[], length: number): WordRange[] {
  const words: WordRange[] = [];
  let last = 0;
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const start = flat[i] ?? 0;
    const end = flat[i + 1] ?? 0;
    if (start < last || end <= start || end > length) continue;
    words.push({ start, end });
    last = end;
  }
  return words;
}

/** Merges the two drawn states' ranges back into text order as flat triples. */
export function marksOf(ranges: Record<WordState, WordRange[]>): number[] {
  const marks: number[] = [];
  const fresh = ranges.new;
  const learning = ranges.learning;
  let i = 0;
  let j = 0;
  while (i < fresh.length || j < learning.length) {
    const a = fresh[i];
    const b = learning[j];
    if (a && (!b || a.start < b.start)) {
      marks.push(a.start, a.end, MARK_NEW);
      i++;
    } else if (b) {
      marks.push(b.start, b.end, MARK_LEARNING);
      j++;
    }
  }
  return marks;
}

export async function colouringOf(
  text: string,
  flat: readonly number[],
  db: VocabularyDb,
  hsk: HskIndex | null,
): Promise<Colouring> {
  const words = rangesOfFlat(flat, text.length);
  const keys = wordKeysOf(text, words);
  const states = new Map<string, WordState>();
  const found = await db.words.where('key').anyOf(keys).toArray();
  for (const w of found) states.set(w.key, w.state);
  const { ranges, ...estimate } = estimateFromWords(text, words, states, hsk);
  return { marks: marksOf(ranges), estimate };
}
