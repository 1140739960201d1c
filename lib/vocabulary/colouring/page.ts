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
import { followPage } from './follow';
import { type Band, bandAround, chunksFrom, outside } from './layout';
import { createMarkMeasure, emptyMarks, type MarkMeasure, type Marks, marksFrom } from './marks';
import { createMarkPainter, type MarkPainter } from './paint';

/** Longest article text coloured (a 1M-character page and then some). */
export const MAX_COLOURED_TEXT = 2_000_000;
/** The first piece sent: a few screens of text around the viewport, back in a few milliseconds. */
const FIRST_CHUNK = 4000;
/** The other pieces: small enough that the tab reads each answer (its marks) in a few milliseconds. */
const CHUNK = Math.min(MAX_MATCH_TEXT, 25_000);
/** Screens drawn beyond the viewport, above and below. */
const BAND_MARGIN = 0.5;
/** Work per slice before yielding to the page (well under the 50 ms of a long task). */
const SLICE_MS = 8;

export interface ColouringDeps {
  /** The element holding the detected article (or the body). */
  root(doc: Document): Element | null | Promise<Element | null>;
  /** The background's answer for a piece of the text. */
  colour(text: string): Promise<Result<Colouring>>;
  /** Names the moments the bench times (start, viewport drawn, done); absent in release builds. */
  timing?: (moment: 'start' | 'collected' | 'answered' | 'visible' | 'done') => void;
}

export interface WordColouring {
  setEnabled(on: boolean): Promise<void>;
  /** The words' states changed somewhere: ask again (same text) and draw again. */
  refresh(): Promise<void>;
  dispose(): void;
}

/** Sends the text piece by piece, the piece at `at` first; `firstBack` draws that piece's marks (and
 *  says whether the work is still wanted). The marks of every piece, in text order; null when
 *  cancelled. A failed answer keeps what came back before it. */
async function askForMarks(
  text: string,
  at: number,
  deps: ColouringDeps,
  firstBack: (marks: Marks) => Promise<boolean>,
): Promise<Marks | null> {
  const answered: { from: number; flat: number[] }[] = [];
  const chunks = chunksFrom(text, at, FIRST_CHUNK, CHUNK);
  for (const [index, [from, to]] of chunks.entries()) {
    const answer = await deps.colour(text.slice(from, to));
    if (!answer.ok) break;
    answered.push({ from, flat: answer.value.marks });
    if (index === 0) deps.timing?.('answered');
    if (index === 0 && chunks.length > 1 && !(await firstBack(marksFrom(answered)))) return null;
  }
  return marksFrom(answered);
}

/** Measures and draws the marks within `margin` screens of the viewport; the band drawn, or null
 *  when cancelled. */
async function drawAround(
  win: Window,
  measure: MarkMeasure,
  painter: MarkPainter,
  margin: number,
  pause: () => Promise<boolean>,
): Promise<Band | null> {
  const around = bandAround(win.scrollY, win.innerHeight, margin);
  const boxes = await measure.boxesIn(around, SLICE_MS, pause);
  if (!boxes) return null;
  painter.scrollTo(win.scrollX, win.scrollY);
  painter.draw(boxes);
  return around;
}

export function createWordColouring(doc: Document, deps: ColouringDeps): WordColouring {
  const win = doc.defaultView as Window & typeof globalThis;
  const painter = createMarkPainter(doc);
  const measure = createMarkMeasure(doc);
  let enabled = false;
  // A newer load (or switching off) cancels a load; a newer draw cancels a draw, not the load.
  let loads = 0;
  let draws = 0;
  let collected: CollectedText | null = null;
  let band: Band | null = null;
  let work: Promise<void> = Promise.resolve();
  let root: Element | null = null;

  const pause = (current: () => boolean) => async (): Promise<boolean> => {
    await new Promise((resolve) => win.setTimeout(resolve, 0));
    return enabled && current();
  };

  const drawBand = async (margin: number, current: () => boolean): Promise<boolean> => {
    const drawn = await drawAround(win, measure, painter, margin, pause(current));
    band = drawn ?? band;
    return drawn !== null;
  };

  /** The viewport first, then half a screen either side (each box drawn is paint work for the
   *  tab; the band is re-drawn when scrolling leaves it). */
  const draw = async (): Promise<void> => {
    const mine = ++draws;
    const current = (): boolean => mine === draws;
    if (!enabled || !(await drawBand(0, current))) return;
    deps.timing?.('visible');
    if (await pause(current)()) await drawBand(BAND_MARGIN, current);
  };

  /** Collects the text (in slices), asks for its marks piece by piece, the viewport's piece first
   *  (drawn as soon as it is back), then draws again with everything. */
  const load = async (recollect: boolean): Promise<void> => {
    const mine = ++loads;
    const current = (): boolean => mine === loads && enabled;
    deps.timing?.('start');
    if (recollect || !collected) {
      root = await deps.root(doc);
      collected = root ? await collectTextSliced(root, MAX_COLOURED_TEXT, SLICE_MS, pause(current)) : null;
      if (!current()) return;
      follower.observe(root);
    }
    deps.timing?.('collected');
    const all = await askForMarks(collected?.text ?? '', measure.visibleOffset(), deps, async (first) => {
      if (!current()) return false;
      measure.set(collected, first);
      await draw();
      return current();
    });
    if (!all || !current()) return;
    measure.set(collected, all);
    await draw();
    if (current()) deps.timing?.('done');
  };
  const start = (recollect: boolean): Promise<void> => (work = load(recollect).catch(() => undefined));
  const redraw = (): Promise<void> => (work = draw().catch(() => undefined));

  const follower = followPage(win, {
    scrolled: (inner) => {
      if (!enabled) return;
      painter.scrollTo(win.scrollX, win.scrollY);
      if (inner || outside(band, win.scrollY, win.innerHeight)) redraw();
    },
    resized: () => enabled && redraw(),
    mutated: () => enabled && void start(true),
  });
  const stop = (): void => {
    enabled = false;
    loads++;
    draws++;
    follower.stop();
    collected = null;
    measure.set(null, emptyMarks(0));
    band = null;
  };

  return {
    async setEnabled(on) {
      if (on === enabled) return work;
      if (!on) {
        stop();
        return painter.clear();
      }
      enabled = true;
      follower.start();
      return start(true);
    },
    refresh: () => (enabled ? start(false) : Promise.resolve()),
    dispose() {
      stop();
      painter.dispose();
    },
  };
}
