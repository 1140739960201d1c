// Known-word colouring of the detected article in a tab (issue 17 §5). The article's text is
// collected as the glossary underliner collects it (lib/hover/underline.ts), sent to the background
// in pieces of at most MAX_MATCH_TEXT (the dictionary's holder cuts the words as hover does; the
// background adds their states), and the new and learning words are drawn as boxes by paint.ts.
// Only the words in and near the viewport are measured and drawn (a binary search finds the first),
// the viewport's first, in slices of a few milliseconds; scrolling out of the drawn band, a resize or
// a change to the article's text draws again, and a change of the words' states asks again.
import { MAX_MATCH_TEXT } from '../../dispatch/validate';
import type { CollectedText } from '../../hover/underline';
import type { Result } from '../../protocol/result';
import type { Colouring } from '../types';
import { collectTextSliced } from './collect';
import { type Band, type Box, bandAround, boxesOf, chunksFrom, firstNotAbove, outside } from './layout';
import { createMarkPainter } from './paint';

/** Longest article text coloured (a 1M-character page and then some). */
export const MAX_COLOURED_TEXT = 2_000_000;
/** The first piece sent: a few screens of text around the viewport, back in a few milliseconds. */
const FIRST_CHUNK = 4000;
/** The other pieces: small enough that the tab reads each answer (its marks) in a few milliseconds. */
const CHUNK = Math.min(MAX_MATCH_TEXT, 25_000);
/** Work per slice before yielding to the page (well under the 50 ms of a long task). */
const SLICE_MS = 8;

export interface ColouringDeps {
  /** The element holding the detected article (or the body). */
  root(doc: Document): Element | null;
  /** The background's answer for a piece of the text. */
  colour(text: string): Promise<Result<Colouring>>;
  /** Names the moments the bench times (start, viewport drawn, done); absent in release builds. */
  timing?: (moment: 'start' | 'collected' | 'answered' | 'visible' | 'done') => void;
}

export interface WordColouring {
  setEnabled(on: boolean): Promise<void>;
  isEnabled(): boolean;
  /** The words' states changed somewhere: ask again (same text) and draw again. */
  refresh(): Promise<void>;
  /** Boxes drawn now (tests and the bench). */
  drawn(): number;
  /** Resolves when the current load and drawing are done (tests and the bench). */
  settled(): Promise<void>;
  dispose(): void;
}

interface Marks {
  starts: Int32Array;
  ends: Int32Array;
  states: Uint8Array;
  count: number;
}

function emptyMarks(capacity: number): Marks {
  return {
    starts: new Int32Array(capacity),
    ends: new Int32Array(capacity),
    states: new Uint8Array(capacity),
    count: 0,
  };
}

/** The marks of every piece answered so far, in text order (pieces arrive viewport first). */
function marksFrom(answered: readonly { from: number; flat: readonly number[] }[]): Marks {
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

export function createWordColouring(doc: Document, deps: ColouringDeps): WordColouring {
  const win = doc.defaultView as Window & typeof globalThis;
  const painter = createMarkPainter(doc);
  let enabled = false;
  let generation = 0;
  let collected: CollectedText | null = null;
  let marks = emptyMarks(0);
  let band: Band | null = null;
  let work: Promise<void> = Promise.resolve();
  let root: Element | null = null;
  const range = doc.createRange();

  const yieldToPage = (): Promise<void> => new Promise((resolve) => win.setTimeout(resolve, 0));
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

  /** Measures and draws the marks within `margin` screens of the viewport, in slices. */
  const drawBand = async (gen: number, margin: number, boxes: Box[]): Promise<boolean> => {
    const scroll = { x: win.scrollX, y: win.scrollY };
    const wanted = bandAround(scroll.y, win.innerHeight, margin);
    const first = firstNotAbove(
      marks.count,
      (i) => select(i) && range.getBoundingClientRect().bottom + scroll.y < wanted.top,
    );
    let deadline = performance.now() + SLICE_MS;
    for (let i = first; i < marks.count; i++) {
      if (!select(i)) continue;
      const rects = range.getClientRects();
      const top = rects[0] ? rects[0].top + scroll.y : 0;
      if (rects.length > 0 && top > wanted.bottom) break;
      boxes.push(...boxesOf(rects, scroll, marks.states[i] ?? 0));
      if (performance.now() > deadline) {
        await yieldToPage();
        if (gen !== generation) return false;
        deadline = performance.now() + SLICE_MS;
      }
    }
    band = wanted;
    painter.scrollTo(scroll.x, scroll.y);
    painter.draw(boxes);
    return true;
  };

  /** The viewport first, then a screen either side. */
  const draw = async (gen: number): Promise<void> => {
    if (!enabled || gen !== generation) return;
    if (!(await drawBand(gen, 0, []))) return;
    deps.timing?.('visible');
    await yieldToPage();
    if (gen === generation && enabled) await drawBand(gen, 1, []);
  };

  /** Character offset of the first text on screen (a binary search over the collected nodes). */
  const visibleOffset = (): number => {
    const pieces = collected?.pieces ?? [];
    const i = firstNotAbove(pieces.length, (k) => {
      const node = pieces[k]?.node;
      if (!node?.isConnected) return false;
      range.selectNodeContents(node);
      return range.getBoundingClientRect().bottom < 0;
    });
    return pieces[Math.min(i, pieces.length - 1)]?.at ?? 0;
  };

  /** Collects the text (in slices), asks for its marks piece by piece, the viewport's piece first
   *  (drawn as soon as it is back), then draws again with everything. */
  const load = async (gen: number, recollect: boolean): Promise<void> => {
    deps.timing?.('start');
    if (recollect || !collected) {
      root = deps.root(doc);
      const stillWanted = async (): Promise<boolean> => {
        await yieldToPage();
        return gen === generation;
      };
      collected = root ? await collectTextSliced(root, MAX_COLOURED_TEXT, SLICE_MS, stillWanted) : null;
      if (gen !== generation) return;
      observe();
    }
    deps.timing?.('collected');
    const text = collected?.text ?? '';
    const answered: { from: number; flat: number[] }[] = [];
    const chunks = chunksFrom(text, visibleOffset(), FIRST_CHUNK, CHUNK);
    for (const [index, [from, to]] of chunks.entries()) {
      const answer = await deps.colour(text.slice(from, to));
      if (gen !== generation) return;
      if (!answer.ok) break;
      answered.push({ from, flat: answer.value.marks });
      if (index === 0) {
        deps.timing?.('answered');
        marks = marksFrom(answered);
        if (chunks.length > 1) await draw(gen);
        if (gen !== generation) return;
      }
    }
    marks = marksFrom(answered);
    await draw(gen);
    if (gen === generation) deps.timing?.('done');
  };

  const start = (recollect: boolean): Promise<void> => {
    const gen = ++generation;
    work = load(gen, recollect).catch(() => undefined);
    return work;
  };

  // Redraw on scroll out of the drawn band, on resize, and reload when the article's text changes.
  let frame = 0;
  let settleTimer = 0;
  const onScroll = (event: Event): void => {
    if (!event.isTrusted || !enabled) return;
    painter.scrollTo(win.scrollX, win.scrollY);
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const inner = event.target !== doc && event.target !== win;
      if (inner || outside(band, win.scrollY, win.innerHeight)) {
        const gen = ++generation;
        work = draw(gen);
      }
    });
  };
  const onResize = (event: Event): void => {
    if (!event.isTrusted || !enabled) return;
    win.clearTimeout(settleTimer);
    settleTimer = win.setTimeout(() => {
      const gen = ++generation;
      work = draw(gen);
    }, 100);
  };
  let mutationTimer = 0;
  const observer = new win.MutationObserver(() => {
    if (!enabled) return;
    win.clearTimeout(mutationTimer);
    mutationTimer = win.setTimeout(() => void start(true), 300);
  });
  const observe = (): void => {
    observer.disconnect();
    if (root) observer.observe(root, { childList: true, characterData: true, subtree: true });
  };

  return {
    async setEnabled(on) {
      if (on === enabled) return work;
      enabled = on;
      if (on) {
        win.addEventListener('scroll', onScroll, { capture: true, passive: true });
        win.addEventListener('resize', onResize, { passive: true });
        return start(true);
      }
      generation++;
      observer.disconnect();
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onResize);
      collected = null;
      marks = emptyMarks(0);
      band = null;
      painter.clear();
    },
    isEnabled: () => enabled,
    refresh: () => (enabled ? start(false) : Promise.resolve()),
    drawn: () => painter.count(),
    settled: () => work,
    dispose() {
      enabled = false;
      generation++;
      observer.disconnect();
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onResize);
      painter.dispose();
    },
  };
}
