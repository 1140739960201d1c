// The Chinese words of an article as the hover card cuts them (lib/lookup/segment.ts over the same
// scorers), in slices so no single pass over a huge page builds one enormous lattice. Kept apart from
// the estimate so the dictionary's holder (a worker with no UI strings) can cut words for a tab.
import { segment, type WordScorer } from '../lookup/segment';

export interface WordRange {
  start: number;
  end: number;
}

/** A Han character among [from, to) of `text` (CJK unified, extension A, compatibility): a plain
 *  code-unit test, no substring or regular expression per word. */
function hasHan(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff))
      return true;
  }
  return false;
}

/** Segment in slices this long (cut after sentence punctuation), so no single pass over a huge page
 *  builds one enormous lattice; the caller may yield between slices. */
export const SLICE = 2000;

/** Slices of `text` ending after sentence punctuation (or at SLICE when a sentence runs on). */
export function slices(text: string, size = SLICE): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const cut = Math.max(...['。', '！', '？', '\n'].map((p) => text.lastIndexOf(p, end - 1)));
      if (cut > start) end = cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The Chinese words of `text` as the hover segmentation cuts it. */
export function articleWords(text: string, scorers: readonly WordScorer[]): WordRange[] {
  const words: WordRange[] = [];
  for (const [from, to] of slices(text)) {
    const part = text.slice(from, to);
    const cuts = segment(part, scorers);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const start = cuts[i] ?? 0;
      const end = cuts[i + 1] ?? start;
      if (hasHan(part, start, end)) words.push({ start: from + start, end: from + end });
    }
  }
  return words;
}

/** The words as one flat list of offsets (start, end, start, end …): what crosses a message. */
export function articleWordOffsets(text: string, scorers: readonly WordScorer[]): number[] {
  const flat: number[] = [];
  for (const { start, end } of articleWords(text, scorers)) flat.push(start, end);
  return flat;
}
