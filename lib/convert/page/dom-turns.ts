// Handing the thread back to the page between the converter's slices of work, so that it still
// draws its frames (and answers the wheel) while a big page converts.

type PostTask = (task: () => void, options: { priority: string }) => Promise<void>;

/** Gives the page a turn (FrameTurns.turn, one shared by everything the converter does in a page:
 *  set-up, passes, restoring): scheduler.yield where the browser has it, else a 0 ms timer, and the
 *  page's next frame once we have worked FRAME_WORK_MS since the last one. */
export function yieldToPage(onFrameWait?: (ms: number) => void): Promise<void> {
  pageTurns ??= new FrameTurns();
  return pageTurns.turn(onFrameWait);
}

/** The shared turns (made on first use: a page without a window never needs one). */
let pageTurns: FrameTurns | undefined;

function plainYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Tells the shared turns a frame was drawn now (one the converter awaited itself). */
export function noteFrame(): void {
  pageTurns?.framed();
}

/** Runs `fn` in the first task after the current one (after the frame's rendering when called from
 *  an animation-frame callback): a user-blocking postTask, ahead of our own continuations. */
export function inNextTask(fn: () => void): void {
  const scheduler = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    void scheduler.postTask(fn, { priority: 'user-blocking' }).catch(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

/** Our work between two of the page's frames at most: with a frame's rendering after it, the page
 *  still draws (and answers the wheel) about every 50 ms. */
export const FRAME_WORK_MS = 40;

/** What frame scheduling needs of the page (a fake in tests): FrameTurns and inNextFrame. */
export interface FrameHooks {
  now(): number;
  /** requestAnimationFrame, or null where there are no frames (no window: the CLI, tests); its
   *  callback gets the frame's start (the callback's timestamp). */
  requestFrame: ((callback: (frameStart: number) => void) => unknown) | null;
  /** Runs a callback in the task after the current one. */
  nextTask(callback: () => void): void;
  setTimer(callback: () => void, ms: number): unknown;
}

export interface TurnHooks extends FrameHooks {
  /** A plain turn (scheduler.yield). */
  yieldNow(): Promise<void>;
}

/** The frames of `win` (a frame's own window for a document in a frame). */
export const windowFrameHooks = (win: Pick<Window, 'requestAnimationFrame'> | null): FrameHooks => ({
  now: () => performance.now(),
  requestFrame:
    typeof win?.requestAnimationFrame === 'function'
      ? (callback) => win.requestAnimationFrame(callback)
      : null,
  nextTask: inNextTask,
  setTimer: (callback, ms) => setTimeout(callback, ms),
});

const browserHooks = (): TurnHooks => ({
  ...windowFrameHooks(typeof globalThis.requestAnimationFrame === 'function' ? globalThis : null),
  yieldNow: plainYield,
});

/** Turns that leave the page its frames. scheduler.yield's continuations go ahead of everything,
 *  rendering included: a chain of 8 ms slices kept Chromium from drawing until its starvation guard
 *  stepped in after about 100 ms (wheel input unanswered all that time). So the time of the page's
 *  last frame is watched (an animation-frame callback while turns are being taken), and once
 *  `workMs` have passed since, the next turn waits for the next frame and the task after its
 *  rendering. A page that draws no frames (a hidden tab) gets plain turns after one wait of
 *  `timeoutMs`, until it draws again. */
export class FrameTurns {
  private lastFrameAt: number;
  private watching = false;
  private waiters: (() => void)[] = [];
  /** Waits begun: tells a wait's own timer from an earlier one's. */
  private waits = 0;
  /** No frame came within `timeoutMs` of asking: turns are plain until one does. */
  private frameless = false;

  constructor(
    private readonly workMs = FRAME_WORK_MS,
    private readonly hooks: TurnHooks = browserHooks(),
    private readonly timeoutMs = 100,
  ) {
    this.lastFrameAt = hooks.now();
  }

  /** Whether the next turn waits for a frame. */
  get due(): boolean {
    return (
      this.hooks.requestFrame !== null &&
      !this.frameless &&
      this.hooks.now() - this.lastFrameAt >= this.workMs
    );
  }

  /** Notes a frame drawn now (one awaited elsewhere: afterNextFrame). */
  framed(): void {
    this.lastFrameAt = this.hooks.now();
    this.frameless = false;
  }

  /** A turn; `onFrameWait` hears how long it waited for a frame (not called for a plain turn):
   *  that time is the page's (its rendering), not the converter's work. */
  turn(onFrameWait?: (ms: number) => void): Promise<void> {
    const due = this.due;
    this.watch();
    if (!due) return this.hooks.yieldNow();
    const start = this.hooks.now();
    return new Promise<void>((resolve) => {
      this.waiters.push(() => {
        onFrameWait?.(this.hooks.now() - start);
        resolve();
      });
      if (this.waiters.length > 1) return;
      // One timer per wait: a timer left from an earlier wait (released by its frame) must not
      // cut this one short.
      const wait = ++this.waits;
      this.hooks.setTimer(() => {
        if (wait !== this.waits || !this.waiters.length) return;
        this.frameless = true;
        this.release();
      }, this.timeoutMs);
    });
  }

  private watch(): void {
    if (this.watching || !this.hooks.requestFrame) return;
    this.watching = true;
    this.hooks.requestFrame(() => {
      this.watching = false;
      this.framed();
      // Released after the frame's rendering, not in its animation-frame callback (before it).
      if (this.waiters.length) this.hooks.nextTask(() => this.release());
    });
  }

  private release(): void {
    this.waits++;
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve();
  }
}

export interface FrameWork<T> {
  value: T;
  /** The frame's time from its start to the task after its rendering (null: no frame came). */
  frameMs: number | null;
}

/** Runs `work` in the page's next animation-frame callback, so the frame lays out exactly what it
 *  wrote and leaves nothing dirty for an input's hit test between frames (a write made in a task
 *  was laid out by the next frame or, sooner, by the hit test of a wheel turned meanwhile: two
 *  layouts of a big page where one would do). Resolves in the task after that frame's rendering
 *  with `work`'s result and the frame's time from its start (the callback's timestamp: Chromium may
 *  lay the page out before the callbacks, which a measure from the callback would miss). With no
 *  frame in `timeoutMs` (a hidden tab draws none), `work` runs in a task and `frameMs` is null. */
export function inNextFrame<T>(work: () => T, hooks: FrameHooks, timeoutMs = 100): Promise<FrameWork<T>> {
  return new Promise((resolve) => {
    let ran = false;
    hooks.setTimer(() => {
      if (ran) return;
      ran = true;
      resolve({ value: work(), frameMs: null });
    }, timeoutMs);
    if (!hooks.requestFrame) return;
    hooks.requestFrame((frameStart) => {
      if (ran) return;
      ran = true;
      const calledAt = hooks.now();
      // A timestamp on another clock (or none) would make the measure nonsense: then from now.
      const start =
        Number.isFinite(frameStart) && frameStart <= calledAt && calledAt - frameStart < 1000
          ? frameStart
          : calledAt;
      pageTurns?.framed();
      const value = work();
      hooks.nextTask(() => resolve({ value, frameMs: hooks.now() - start }));
    });
  });
}
