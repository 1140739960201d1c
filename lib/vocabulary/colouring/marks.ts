// The marks a tab holds (typed arrays: a 1M-character page's half a million words in a few MB) and
// their measuring: a mark's Range is made only when it is measured, found by binary search over the
// collected text's nodes, and only the marks near the viewport are measured.
import type { CollectedText } from '../../hover/underline';
import { type Band, type Box, boxesOf, firstNotAbove } from './layout';

export interface Marks {
  starts: Int32Array;
  ends: Int32Array;
  states: Uint8Array;
  count: number;
}

export function emptyMarks(capacity: number): Marks {
  return {
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    states: new Uint8Array(capacity),
    count: 0,
  };
}

/** The marks of every piece answered so far, in text order (pieces arrive viewport first). */
export function marksFrom(answered: readonly { from: number; flat: readonly number[] }[]): Marks {
  const ordered = [...answered].sort((x, y) => x.from - y.from);
  const total = ordered.reduce((n, a) => n + Math.floor(a.flat.length / 3), 0);
  const out = emptyMarks(total);
  for (const { from, flat } of ordered) {
    for (let i = 0; i + 2 < flat.length; i += 3) {
      out.starts[out.count] = (flat[i] ?? 0) + from;
      out.ends[out.count] = (flat[i + 1] ?? 0) + from;
      out.states[out.count] = flat[i + 2] ?? 0;
      out.count++;
    }
  }
  return out;
}

/** The text node and offset holding character `offset` of the collected text (binary search). */
function locate(
  collected: CollectedText,
  offset: number,
  isEnd: boolean,
): { node: Text; offset: number } | null {
  const pieces = collected.pieces;
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    const at = pieces[mid]?.at ?? 0;
    if (at < offset || (!isEnd && at === offset)) lo = mid;
    else hi = mid - 1;
  }
  const piece = pieces[lo];
  if (!piece) return null;
  const local = offset - piece.at;
  return local >= 0 && local <= piece.node.data.length ? { node: piece.node, offset: local } : null;
}

export interface MarkMeasure {
  /** The text and marks measured from now on. */
  set(collected: CollectedText | null, marks: Marks): void;
  /** Character offset of the first text on screen (a binary search over the collected nodes). */
  visibleOffset(): number;
  /** The boxes of the marks within `band` (document coordinates), measured in slices of `sliceMs`;
   *  null when `pause` says the work is no longer wanted. */
  boxesIn(band: Band, sliceMs: number, pause: () => Promise<boolean>): Promise<Box[] | null>;
}

export function createMarkMeasure(doc: Document): MarkMeasure {
  const win = doc.defaultView as Window;
  const range = doc.createRange();
  let collected: CollectedText | null = null;
  let marks = emptyMarks(0);
  const select = (i: number): boolean => {
    if (!collected) return false;
    const start = locate(collected, marks.starts[i] ?? 0, false);
    const end = locate(collected, marks.ends[i] ?? 0, true);
    if (!start || !end) return false;
    try {
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      return true;
    } catch {
      return false; // the text changed under us; the mutation observer reloads
    }
  };
  return {
    set(text, next) {
      collected = text;
      marks = next;
    },
    visibleOffset() {
      const pieces = collected?.pieces ?? [];
      const i = firstNotAbove(pieces.length, (k) => {
        const node = pieces[k]?.node;
        if (!node?.isConnected) return false;
        range.selectNodeContents(node);
        return range.getBoundingClientRect().bottom < 0;
      });
      return pieces[Math.min(i, pieces.length - 1)]?.at ?? 0;
    },
    async boxesIn(band, sliceMs, pause) {
      const scroll = { x: win.scrollX, y: win.scrollY };
      const first = firstNotAbove(
        marks.count,
        (i) => select(i) && range.getBoundingClientRect().bottom + scroll.y < band.top,
      );
      const boxes: Box[] = [];
      let deadline = performance.now() + sliceMs;
      for (let i = first; i < marks.count; i++) {
        if (!select(i)) continue;
        const rects = range.getClientRects();
        if (rects[0] && rects[0].top + scroll.y > band.bottom) break;
        boxes.push(...boxesOf(rects, scroll, marks.states[i] ?? 0));
        if (performance.now() > deadline) {
          if (!(await pause())) return null;
          deadline = performance.now() + sliceMs;
        }
      }
      return boxes;
    },
  };
}
