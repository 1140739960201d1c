// Pure helpers of the on-page colouring: where to cut the article's text into messages, which marks
// are on screen (a binary search over marks in document order, so finding the visible ones on a
// 1M-character page measures a few dozen words, not all of them), and rectangles in document
// coordinates. No DOM here; the painter passes measuring functions in.

/** Pieces of `text` no longer than `max`, cut after a line break (a block boundary of collectText)
 *  when there is one, so no word is cut in two. */
export function chunksOf(text: string, max: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + max);
    if (end < text.length) {
      const cut = text.lastIndexOf('\n', end - 1);
      if (cut > start) end = cut + 1;
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** The first index in [0, count) whose `above(i)` is false, for a predicate that is true for a prefix
 *  (marks in document order: "ends above the band" holds for the marks before it). */
export function firstNotAbove(count: number, above: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (above(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export interface Band {
  top: number;
  bottom: number;
}

/** The band of the page to draw: the viewport and `margin` screens either side (scrolling within it
 *  needs no new measuring). */
export function bandAround(scrollY: number, height: number, margin = 1): Band {
  return { top: scrollY - height * margin, bottom: scrollY + height * (1 + margin) };
}

/** Whether the viewport has left the part of the band that was drawn for it. */
export function outside(band: Band | null, scrollY: number, height: number): boolean {
  return !band || scrollY < band.top || scrollY + height > band.bottom;
}

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  state: number;
}

/** A word's client rectangles as boxes in document coordinates (empty rectangles dropped). */
export function boxesOf(
  rects: ArrayLike<{ left: number; top: number; width: number; height: number }>,
  scroll: { x: number; y: number },
  state: number,
): Box[] {
  const boxes: Box[] = [];
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i];
    if (!r || r.width <= 0 || r.height <= 0) continue;
    boxes.push({ x: r.left + scroll.x, y: r.top + scroll.y, w: r.width, h: r.height, state });
  }
  return boxes;
}

/** The order the text is sent in: first a short piece from the block at `at` (where the viewport
 *  is), so the words on screen come back quickly, then the rest in pieces of at most `max`, after it
 *  and then before it. Together the pieces cover the text once, each cut at a block boundary. */
export function chunksFrom(text: string, at: number, first: number, max: number): [number, number][] {
  if (text.length === 0) return [];
  const lineStart = at > 0 ? text.lastIndexOf('\n', at - 1) + 1 : 0;
  const start = Math.max(0, Math.min(lineStart, text.length - 1));
  const [head] = chunksOf(text.slice(start), first);
  const end = start + (head?.[1] ?? text.length - start);
  const shift = (from: number, pieces: [number, number][]): [number, number][] =>
    pieces.map(([a, b]) => [a + from, b + from]);
  return [
    [start, end],
    ...shift(end, chunksOf(text.slice(end), max)),
    ...shift(0, chunksOf(text.slice(0, start), max)),
  ];
}
