// Scheduling for the page converter: which blocks to convert first (the ones on screen), how to hand
// the thread back to the page between slices, and a buffer that holds converted text until it is
// written. Writing is batched because every frame in which page text changed costs the browser a
// relayout whose price grows with the page, not with the change (measured in Chromium on a
// 1M-character page: one changed paragraph ≈ a relayout of all of them), so a converter that writes
// after every slice pays that price hundreds of times.

/** Gives the page a turn: scheduler.yield where the browser has it (continues ahead of other tasks,
 *  no clamping), else a 0 ms timer. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

type PostTask = (task: () => void, options: { priority: string }) => Promise<void>;

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
      const measured = (): void => {
        clearTimeout(timer);
        settle(performance.now() - frameAt);
      };
      // The first task after the frame's rendering: ahead of the converter's own continuations
      // (scheduler.yield's), which would otherwise count as the frame's time.
      const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
      if (typeof scheduler?.postTask === 'function')
        void scheduler.postTask(measured, { priority: 'user-blocking' }).catch(() => settle(null));
      else setTimeout(measured, 0);
    });
  });
}

/** How much converted text goes to the page per frame. Every frame in which text changed costs the
 *  browser a layout of the page, with a floor that grows with the page's size, not with the change
 *  (on a 1M-character page in Chromium about 30 ms idle, several times that on a loaded machine)
 *  and a share that grows with what changed (about 1 ms per thousand characters there). No pacing
 *  gets a frame under the floor, so each frame is given text costing up to half the floor on top of
 *  it (at least up to `targetMs` in all): fewer frames pay the floor, none carries much more. A
 *  small page has no floor to speak of and gets everything in a frame or two. */
export class FrameBudget {
  /** Characters per frame: to start with, about what a frame of an idle machine lays out in the
   *  half of a big page's floor (1 µs a character). */
  chars = 16_000;
  private floorMs = Number.POSITIVE_INFINITY;
  private msPerChar = 0.001;

  constructor(
    private readonly targetMs = 35,
    /** Never less: on a loaded machine the floor and the cost per character both look several
     *  times higher, and a budget learnt from them made a 1M-character page take a thousand frames
     *  (three minutes); 16 000 keeps it to about sixty. */
    private readonly min = 16_000,
    private readonly max = 256_000,
  ) {}

  /** Takes in what the frame after writing `written` characters took (null: no frame came in time;
   *  nothing learnt). */
  observe(renderMs: number | null, written: number): void {
    if (renderMs === null) return;
    this.floorMs = Math.min(this.floorMs, renderMs);
    if (written > 0)
      this.msPerChar = 0.5 * this.msPerChar + (0.5 * Math.max(0, renderMs - this.floorMs)) / written;
    const room = Math.max(this.targetMs - this.floorMs, this.floorMs / 2, 4);
    const fits = room / Math.max(this.msPerChar, 1e-5);
    this.chars = Math.round(Math.max(this.min, Math.min(this.max, fits, this.chars * 2)));
  }
}

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
