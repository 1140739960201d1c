// A fake page clock for the converter's frame scheduling (lib/convert/page/dom-turns.ts): time, frames,
// tasks and timers that move only when a test says so, so nothing waits for real time.

export interface FakeFrameClock {
  now(): number;
  requestFrame(callback: (frameStart: number) => void): void;
  nextTask(callback: () => void): void;
  setTimer(callback: () => void, ms: number): void;
  /** Moves time on, firing the timers due by then. */
  advance(ms: number): void;
  /** The browser draws a frame: its animation-frame callbacks, given `frameStart` as its start. */
  callFrame(frameStart?: number): void;
  /** The tasks queued so far (those after a frame's rendering). */
  runTasks(): void;
  pendingFrames(): number;
}

export function fakeFrameClock(start = 0): FakeFrameClock {
  let now = start;
  const frames: ((frameStart: number) => void)[] = [];
  const tasks: (() => void)[] = [];
  const timers: { at: number; fn: () => void }[] = [];
  return {
    now: () => now,
    requestFrame: (callback) => frames.push(callback),
    nextTask: (callback) => tasks.push(callback),
    setTimer: (fn, ms) => timers.push({ at: now + ms, fn }),
    advance(ms) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.fn();
      }
    },
    callFrame(frameStart = now) {
      for (const callback of frames.splice(0)) callback(frameStart);
    },
    runTasks() {
      for (const task of tasks.splice(0)) task();
    },
    pendingFrames: () => frames.length,
  };
}
