// Finding saved anchors again in a page's text, both sides folded to one script (lib/clippings/fold).
// Kept apart from anchor.ts because the fold table (~20 KB) is not needed at first paint: the content
// script captures anchors without it, and this file travels in clipper.js, injected on first need.
import { fold } from '../clippings/fold';
import type { TextQuoteAnchor } from '../types';
import { buildTextIndex, rangeOfOffsets } from './anchor';

function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

/** Where `anchor` is in `foldedText` (the page text, folded): [start, end), or null. Among several
 *  occurrences the one whose surroundings match best wins, then the one nearest the saved position. */
export function findAnchor(foldedText: string, anchor: TextQuoteAnchor): [number, number] | null {
  const exact = fold(anchor.exact);
  const prefix = fold(anchor.prefix);
  const suffix = fold(anchor.suffix);
  let best: [number, number] | null = null;
  let bestScore = -Infinity;
  for (let at = foldedText.indexOf(exact); at >= 0; at = foldedText.indexOf(exact, at + 1)) {
    const end = at + exact.length;
    const score =
      commonSuffixLength(foldedText.slice(Math.max(0, at - prefix.length), at), prefix) +
      commonPrefixLength(foldedText.slice(end, end + suffix.length), suffix) -
      Math.abs(at - anchor.position) / 100_000;
    if (score > bestScore) {
      bestScore = score;
      best = [at, end];
    }
  }
  return best;
}

/** Ranges for each anchor found in the document's current text. */
export function anchorRanges(doc: Document, anchors: TextQuoteAnchor[]): Range[] {
  if (anchors.length === 0) return [];
  const index = buildTextIndex(doc);
  const folded = fold(index.text);
  const ranges: Range[] = [];
  for (const anchor of anchors) {
    const at = findAnchor(folded, anchor);
    const range = at && rangeOfOffsets(doc, index, at[0], at[1]);
    if (range) ranges.push(range);
  }
  return ranges;
}
