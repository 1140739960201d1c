// Scheduling for the page converter: which blocks to convert first (the ones on screen), how much to
// write per frame, and a buffer that holds converted text until it is written (handing the thread
// back between slices: dom-turns.ts). Writing is batched because every frame in which page text
// changed costs the browser a relayout whose price grows with the page, not with the change
// (measured in Chromium on a 1M-character page: one changed paragraph ≈ a relayout of all of them),
// so a converter that writes after every slice pays that price hundreds of times.

import { inNextTask, noteFrame } from './dom-turns';

export { yieldToPage } from './dom-turns';

/** Resolves in a task of its own after the page's next frame (so what was written before is laid out
 *  and drawn by then), with the time that frame's rendering took, from its animation-frame callback to
 *  that task; or with null after `timeoutMs` when no frame comes (a hidden tab draws none, a document
 *  without layout has no frames at all). */
export function afterNextFrame(win: Window | null, timeoutMs = 100): Promise<number | null> {
  return new Promise((resolve) => {
    let settled = false;
    const settle = (value: number | null): void => {
      if (settled) return;
      settled = true;
      resolve(value);
    };
    const timer = setTimeout(() => settle(null), timeoutMs);
    if (typeof win?.requestAnimationFrame !== 'function') return;
    win.requestAnimationFrame(() => {
      const frameAt = performance.now();
      noteFrame();
      const measured = (): void => {
        clearTimeout(timer);
        settle(performance.now() - frameAt);
      };
      // The first task after the frame's rendering: ahead of the converter's own continuations
      // (scheduler.yield's), which would otherwise count as the frame's time.
      inNextTask(measured);
    });
  });
}

/** How much converted text goes to the page per frame, sized by what the frames after our writes
 *  took, not by a fixed count. A frame in which text changed costs the browser a layout with a
 *  floor that grows with the page, not with the change (on a 1M-character page in Chromium about
 *  35 ms idle, twice that on a loaded machine: one changed paragraph pays it), plus a share that
 *  grows with what changed (about 1 µs a character there). Modelled as `floor + perChar × written`,
 *  fitted to the last frames (recent ones weigh most: the machine's load comes and goes), each frame
 *  gets what fits under `targetMs`. Where the floor alone is near or over the target (a loaded
 *  machine) no pacing gets under it, and a frame gets text costing `floorShare` of the floor on top
 *  of it, so the page is not written a few hundred characters a frame for minutes. A small page has
 *  no floor to speak of and soon gets everything in a frame or two. */
export class FrameBudget {
  /** Characters for the next frame: a few thousand to start with, then learnt (at most doubling
   *  from one frame to the next). */
  chars: number;
  private readonly recent: { ms: number; written: number }[] = [];
  private floorMs = Number.NaN;
  private msPerChar = PRIOR_MS_PER_CHAR;
  private frames = 0;

  constructor(
    private readonly targetMs = 40,
    private readonly min = 500,
    private readonly max = 256_000,
    start = 4000,
    private readonly floorShare = 0.2,
    private readonly window = 12,
  ) {
    this.chars = Math.max(min, Math.min(max, start));
  }

  /** What a frame costs the page apart from our text, as last estimated (NaN before any frame). */
  get floor(): number {
    return this.floorMs;
  }

  /** Takes in what the frame after writing `written` characters took (null: no frame came in time,
   *  or nothing was written; nothing learnt). */
  observe(renderMs: number | null, written: number): void {
    if (renderMs === null || !(written > 0)) return;
    this.recent.push({ ms: renderMs, written });
    if (this.recent.length > this.window) this.recent.shift();
    this.fit();
    const room = Math.max(this.targetMs - this.floorMs, this.floorMs * this.floorShare, 1);
    // Never more than was just written when that frame was already over what a frame may take
    // (the target, or a little over the shortest recent frame), whatever the fit says: it may
    // still be wrong.
    let least = renderMs;
    for (const { ms } of this.recent) least = Math.min(least, ms);
    const allowed = Math.max(this.targetMs, least * (1 + this.floorShare));
    const grow = renderMs > allowed ? written : this.chars * 2;
    // Every other frame gets three quarters: writes of two sizes tell the cost per character apart
    // from the floor (writes of one size say nothing of it).
    const fits = room / this.msPerChar;
    const dither = ++this.frames % 2 ? 1 : 0.75;
    this.chars = Math.round(Math.max(this.min, Math.min(this.max, fits, grow) * dither));
  }

  /** Least squares over the recent frames, weighted toward the latest, with the cost per character
   *  pulled toward a prior where the writes were all of about one size (they then say nothing of
   *  it). Through the weighted mean, so the frame size in use is always predicted right: the budget
   *  converges on the target even while the cost per character is still a guess. */
  private fit(): void {
    let sum = 0;
    let sw = 0;
    let sr = 0;
    let sww = 0;
    let swr = 0;
    let weight = 1;
    for (let i = this.recent.length - 1; i >= 0; i--, weight *= RECENCY) {
      const { ms, written } = this.recent[i]!;
      sum += weight;
      sw += weight * written;
      sr += weight * ms;
      sww += weight * written * written;
      swr += weight * written * ms;
    }
    const meanW = sw / sum;
    const meanR = sr / sum;
    const varW = sww / sum - meanW * meanW;
    const cov = swr / sum - meanW * meanR;
    const perChar = (cov + RIDGE * PRIOR_MS_PER_CHAR) / (Math.max(0, varW) + RIDGE);
    this.msPerChar = Math.min(MAX_MS_PER_CHAR, Math.max(MIN_MS_PER_CHAR, perChar));
    this.floorMs = Math.max(0, meanR - this.msPerChar * meanW);
  }
}

/** 1 µs a character: Chromium's layout of new text on an idle machine. */
const PRIOR_MS_PER_CHAR = 0.001;
const MIN_MS_PER_CHAR = 0.00005;
const MAX_MS_PER_CHAR = 10;
/** How much a spread of write sizes must say before it moves the cost per character off the prior:
 *  a spread of about 2000 characters weighs as much as the prior. */
const RIDGE = 2000 * 2000;
/** Weight of each older frame relative to the next (the last ~5 frames count most). */
const RECENCY = 0.7;

/** Whether the user is scrolling: then the page's frames must only scroll, not also lay out text we
 *  wrote (a frame after a write costs a big page's layout floor, and the scroll waits for it), so
 *  writes wait until the user has been still for `quietMs`, but never more than `maxHoldMs` at a
 *  time (one who scrolls on and on still sees the page converted, a frame's worth at a time). Only
 *  the browser's own events count (`isTrusted`): a page dispatching scroll events cannot hold the
 *  conversion back. */
export class ScrollWatch {
  private lastAt = Number.NEGATIVE_INFINITY;
  private heldSince: number | null = null;
  private win: Pick<Window, 'addEventListener' | 'removeEventListener'> | null = null;

  constructor(
    private readonly quietMs = 150,
    private readonly maxHoldMs = 300,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private readonly onScroll = (event: Event): void => {
    if (event.isTrusted) this.lastAt = this.now();
  };

  /** Starts listening on `win` (once; passive, so scrolling never waits for us). */
  start(win: Pick<Window, 'addEventListener' | 'removeEventListener'> | null): void {
    if (this.win || typeof win?.addEventListener !== 'function') return;
    this.win = win;
    for (const type of SCROLL_EVENTS) win.addEventListener(type, this.onScroll, LISTEN);
  }

  stop(): void {
    for (const type of SCROLL_EVENTS) this.win?.removeEventListener(type, this.onScroll, LISTEN);
    this.win = null;
    this.lastAt = Number.NEGATIVE_INFINITY;
    this.heldSince = null;
  }

  get scrolling(): boolean {
    return this.now() - this.lastAt < this.quietMs;
  }

  /** Whether a write should wait now: the user is scrolling, and writes have not been waiting for
   *  `maxHoldMs` already (then this one goes, and the next waits again). */
  holdWrite(): boolean {
    if (!this.scrolling) {
      this.heldSince = null;
      return false;
    }
    const now = this.now();
    this.heldSince ??= now;
    if (now - this.heldSince < this.maxHoldMs) return true;
    this.heldSince = null;
    return false;
  }
}

const SCROLL_EVENTS = ['wheel', 'scroll'] as const;
const LISTEN: AddEventListenerOptions = { capture: true, passive: true };

/** Block elements on screen around the viewport's centre, in document order: the element at the
 *  centre's nearest block, widened while its parent is still about a screen high, plus its block
 *  siblings that reach into the viewport. Empty when the document has no layout (happy-dom) or the
 *  centre is outside `root` or in `isExcluded` territory. A handful of layout reads, all on a layout
 *  that is clean before we write anything. */
export function visibleBlocks(
  doc: Document,
  root: Element,
  isBlock: (el: Element) => boolean,
  isExcluded: (node: Node) => boolean,
  maxBlocks = 48,
): Element[] {
  const win = doc.defaultView;
  if (!win || typeof doc.elementFromPoint !== 'function') return [];
  const width = win.innerWidth;
  const height = win.innerHeight;
  if (!(width > 0 && height > 0)) return [];
  const y = height / 2;
  let el = doc.elementFromPoint(width / 2, y);
  if (!el) return [];
  // The centre often falls between blocks (margins), on the root or a big container: look inside
  // it for the child at the centre line.
  if (el === root || el.contains(root)) el = root;
  else if (!root.contains(el) || isExcluded(el)) return [];
  // Down as deep as the page nests (a page may wrap its article in hundreds of <div>s: stopping
  // early picked the wrapper of the whole article as the "visible block").
  for (
    let depth = 0;
    depth < MAX_DEPTH && (el === root || el.getBoundingClientRect().height > height * 1.5);
    depth++
  ) {
    const child = childAt(el, y);
    if (!child) break;
    el = child;
  }
  if (el === root || isExcluded(el)) return [];
  while (el.parentElement && el.parentElement !== root && !isBlock(el)) el = el.parentElement;
  if (!isBlock(el)) return [];
  for (let parent = el.parentElement; parent && parent !== root && isBlock(parent); ) {
    const rect = parent.getBoundingClientRect();
    if (rect.height === 0 || rect.height > height * 1.5) break;
    el = parent;
    parent = parent.parentElement;
  }
  const after: Element[] = [];
  // A tall block below (the next level of a deeply nested page) gives its leading blocks instead.
  blocksFrom(el.nextElementSibling, after, maxBlocks / 2, height, isBlock);
  const before: Element[] = [];
  for (let s = el.previousElementSibling; s && before.length < maxBlocks / 2; s = s.previousElementSibling) {
    if (!isBlock(s)) break;
    const rect = s.getBoundingClientRect();
    if (rect.bottom <= 0 || rect.height > height * 1.5) break;
    before.push(s);
  }
  return [...before.reverse(), el, ...after].filter((b) => !isExcluded(b));
}

const MAX_DEPTH = 4096;

/** Adds `first` and its following sibling blocks that reach into the viewport to `out`; a block
 *  taller than a screen and a half is entered instead (its own leading blocks). True when the
 *  viewport's bottom or the limit was reached. */
function blocksFrom(
  first: Element | null,
  out: Element[],
  limit: number,
  height: number,
  isBlock: (el: Element) => boolean,
): boolean {
  for (let s = first; s && out.length < limit; s = s.nextElementSibling) {
    if (!isBlock(s)) return true;
    const rect = s.getBoundingClientRect();
    if (rect.top >= height) return true;
    if (rect.height > height * 1.5)
      return blocksFrom(s.firstElementChild, out, limit, height, isBlock) || true;
    out.push(s);
  }
  return out.length >= limit;
}

/** The element child of `container` whose box spans the line `y` (or the nearest one), by binary
 *  search over the children's boxes, which follow document order in normal flow. */
function childAt(container: Element, y: number): Element | null {
  const kids = container.children;
  let lo = 0;
  let hi = kids.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const rect = kids[mid]!.getBoundingClientRect();
    if (rect.bottom < y) lo = mid + 1;
    else if (rect.top > y) hi = mid - 1;
    else return kids[mid]!;
  }
  return kids[Math.min(lo, kids.length - 1)] ?? null;
}

/** Converted text waiting to be written: node, the text it was converted from (a node the page has
 *  changed since is left for the observer), and the new value. */
export class WriteBuffer {
  nodes: Text[] = [];
  sources: string[] = [];
  values: string[] = [];
  /** Where the next write starts (writing can be spread over slices). */
  at = 0;

  add(node: Text, source: string, value: string): void {
    this.nodes.push(node);
    this.sources.push(source);
    this.values.push(value);
  }

  get pending(): number {
    return this.nodes.length - this.at;
  }

  /** Characters of the new values from entry `from` up to `to`. */
  charsBetween(from: number, to: number): number {
    let n = 0;
    for (let i = from; i < to; i++) n += this.values[i]!.length;
    return n;
  }

  clear(): void {
    this.nodes = [];
    this.sources = [];
    this.values = [];
    this.at = 0;
  }
}
