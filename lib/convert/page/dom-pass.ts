// One conversion pass over a subtree (the page, a shadow root or frame, or a block the page changed):
// walks it in time slices, converts runs in batches, and writes the converted text to the page a
// frame's worth at a time (visible part first), handing the thread back between slices. It stops as
// soon as a newer pass or "Show original" starts.

import type { TextConverter } from '../text/text';
import { convertRunInto, RunBatch } from './dom-batch';
import type { ElementRules } from './dom-rules';
import {
  afterNextFrame,
  type FrameBudget,
  visibleBlocks,
  type WriteBuffer,
  yieldToPage,
} from './dom-schedule';
import type { PageScopes, Scope } from './dom-scopes';
import { type FrameHooks, inNextFrame, windowFrameHooks } from './dom-turns';
import { type TextRun, textRuns, type WalkHooks } from './dom-walk';

/** Work per task before yielding: with a run of at most MAX_RUN characters after it (a few ms), a
 *  task stays far under the 50 ms long-task line. */
const SLICE_MS = 8;
/** Longest a write may take in one task (a frame's budget of text is usually far less). */
const WRITE_SLICE_MS = 8;
/** Longest a write may take in an animation-frame callback: input waits for the callback. */
const FRAME_WRITE_MS = 8;

/** What a pass needs of its converter. */
export interface PassHost {
  readonly doc: Document;
  readonly root: Element;
  readonly buffer: WriteBuffer;
  readonly scopes: PageScopes;
  readonly rules: ElementRules;
  readonly budget: FrameBudget;
  /** Whether writes wait for frames (a live page); a document without layout takes them at once. */
  readonly paced: boolean;
  /** True while the user scrolls and the next write should wait (ScrollWatch.holdWrite). */
  holdWrite?(): boolean;
  /** The pass number now current: a pass whose number differs is stale. */
  generation(): number;
  /** Takes in the page's changes not yet delivered (after every turn the page had). */
  takePageChanges(): void;
  /** Brings the originals' lookup up to date until `deadline`; true when it is. */
  catchUpOriginals(deadline: number): boolean;
  /** The original text of a node (after catching up). */
  sourceOf(node: Text): string;
  /** Told how long each wait for a frame (with nothing else to do) took: for measuring our work. */
  onFrameWait?(ms: number): void;
  /** Writes buffered text until `deadline` or `maxChars` characters; returns nodes changed. */
  writeSome(deadline: number, lookup: boolean, maxChars: number): number;
}

/** A pass that starts with none of our text on the page reads each node's own text. */
const ownText = (node: Text): string => node.data;

export class ConvertPass {
  changed = 0;
  private readonly lookup: boolean;
  private sliceStart = performance.now();
  private readonly batch: RunBatch;
  private readonly done = new Set<Element>();
  private readonly hooks: WalkHooks;
  /** The frame after the last write, or the frame that writes next, while it is awaited; null
   *  when the page may take more. */
  private frame: Promise<void> | null = null;
  /** Time spent writing in the frame awaited (ours, not the page's: not told as a frame wait). */
  private frameWriteMs = 0;
  private readonly frames: FrameHooks;

  /** `fresh`: none of our text is on the page and no other pass can write any meanwhile (a
   *  convert() on the original page), so every node's text is its original and no lookup is
   *  needed. (Should the page move a node we wrote ahead of the walk, it is converted again from our
   *  text, which nearly always leaves it as it was; "Show original" still gives back its oldest.) */
  constructor(
    private readonly host: PassHost,
    private readonly fn: TextConverter,
    private readonly gen: number,
    fresh: boolean,
  ) {
    this.lookup = !fresh;
    this.batch = new RunBatch(fn);
    this.hooks = host.rules.hooks(fn, this.lookup ? host.sourceOf : ownText, this.done);
    this.frames = windowFrameHooks(host.doc.defaultView);
  }

  private get stale(): boolean {
    return this.gen !== this.host.generation();
  }

  /** Converts `scope`'s subtree; with `visibleFirst`, the blocks on screen first, then the rest of
   *  the page from there to the end, then from the start up to there. Resolves to the number of
   *  text nodes changed (so far, when the pass went stale). */
  async run(scope: Scope, visibleFirst: boolean): Promise<number> {
    const { host } = this;
    // The lookup of originals is brought up to date before walking, in slices (after a first
    // conversion of a big page it has the whole journal to take in).
    while (this.lookup && !host.catchUpOriginals(performance.now() + SLICE_MS)) {
      await this.turn();
      host.takePageChanges();
      if (this.stale) return this.changed;
    }
    this.sliceStart = performance.now();
    let walks: [Element | undefined, Element | undefined][] = [[undefined, undefined]];
    if (visibleFirst && scope === host.root) {
      const first = await this.visiblePart();
      if (first === null) return this.changed;
      if (first)
        walks = [
          [first, undefined],
          [undefined, first],
        ];
    }
    for (const [from, until] of walks) if (!(await this.walk(scope, from, until))) return this.changed;
    // Then the shadow roots and frames met on the way (and those met inside them).
    for (let tree = host.scopes.found.shift(); tree; tree = host.scopes.found.shift()) {
      this.flush();
      if (!(await this.walk(tree))) return this.changed;
    }
    this.flush();
    await this.drain();
    return this.changed;
  }

  /** Converts and writes the blocks on screen at once; returns the first of them (undefined when
   *  none was found), or null when the pass went stale. */
  private async visiblePart(): Promise<Element | undefined | null> {
    const { host } = this;
    const blocks = visibleBlocks(host.doc, host.root, host.rules.isBlock, host.rules.isExcluded);
    for (const block of blocks) {
      this.hooks.enter(block);
      for (const run of textRuns(block, this.hooks)) this.batch.add(run);
    }
    this.flush();
    // Shown as soon as converted: a few blocks, in this task.
    while (host.buffer.pending > 0) {
      this.changed += host.writeSome(
        performance.now() + WRITE_SLICE_MS,
        this.lookup,
        Number.POSITIVE_INFINITY,
      );
      if (host.buffer.pending > 0) {
        await this.turn();
        if (this.stale) return null;
      }
    }
    this.awaitFrame();
    // Written: the walks below pass over them (a fresh pass would read our text as original).
    for (const block of blocks) this.done.add(block);
    return blocks[0];
  }

  private flush(): void {
    const { buffer } = this.host;
    this.batch.flush(
      (node, data, value) => buffer.add(node, data, value),
      (run: TextRun) => convertRunInto(run, this.fn, buffer),
    );
  }

  /** Waits for the frame after the visible part's write (not measured: made in a task, its size
   *  is not the budget's). */
  private awaitFrame(): void {
    if (!this.host.paced) return;
    this.frame = afterNextFrame(this.host.doc.defaultView).then(() => {
      this.frame = null;
    });
  }

  /** Writes a frame's worth of buffered text in the next frame's animation-frame callback (then
   *  measures that frame for the budget); at once where nothing is paced. */
  private writeFrame(): void {
    const { host } = this;
    if (this.frame || host.buffer.pending === 0) return;
    if (!host.paced) {
      this.changed += host.writeSome(
        performance.now() + WRITE_SLICE_MS,
        this.lookup,
        Number.POSITIVE_INFINITY,
      );
      return;
    }
    this.frameWriteMs = 0;
    this.frame = inNextFrame(() => this.writeInFrame(), this.frames).then(({ value, frameMs }) => {
      if (value > 0) host.budget.observe(frameMs, value);
      this.frame = null;
    });
  }

  /** In the frame's callback: a frame's worth of text, unless the pass went stale (the buffer may
   *  be a newer pass's by now) or the user is scrolling (then the frame only scrolls). Returns the
   *  characters written. */
  private writeInFrame(): number {
    const { host } = this;
    if (this.stale || host.buffer.pending === 0 || host.holdWrite?.()) return 0;
    const start = performance.now();
    const before = host.buffer.at;
    this.changed += host.writeSome(start + FRAME_WRITE_MS, this.lookup, host.budget.chars);
    this.frameWriteMs = performance.now() - start;
    return host.buffer.charsBetween(before, host.buffer.at);
  }

  /** Writes everything left, a frame's worth at a time; false when the pass went stale. */
  private async drain(): Promise<boolean> {
    while (this.host.buffer.pending > 0) {
      if (this.frame) {
        const waitStart = performance.now();
        await this.frame;
        this.host.onFrameWait?.(Math.max(0, performance.now() - waitStart - this.frameWriteMs));
      } else await this.turn();
      if (this.stale) return false;
      this.host.takePageChanges();
      this.writeFrame();
    }
    return true;
  }

  /** A turn for the page; a wait for its frame in it is reported as the page's time, like the
   *  waits for the frames after our writes. */
  private turn(): Promise<void> {
    return yieldToPage((ms) => this.host.onFrameWait?.(ms));
  }

  /** Gives the page a turn when the slice is used up; false when this pass is stale. */
  private async pause(now = performance.now()): Promise<boolean> {
    if (now - this.sliceStart <= SLICE_MS) return true;
    await this.turn();
    this.host.takePageChanges();
    this.sliceStart = performance.now();
    return !this.stale;
  }

  /** Walks one tree (from `from`, up to `until`, blocks in it); false when the pass went stale. */
  private async walk(tree: Scope, from?: Element, until?: Element): Promise<boolean> {
    for (const run of textRuns(tree, this.hooks, from, until)) {
      this.batch.add(run);
      if (!this.batch.full) continue;
      this.flush();
      // On a live page the write waits for the next frame's callback: nothing in this task.
      this.writeFrame();
      if (!(await this.pause())) return false;
    }
    return true;
  }
}
