// The converter writes in animation-frame callbacks (dom-turns.ts inNextFrame, dom-pass.ts): each
// frame lays out exactly what was written in it, and nothing is written between frames (where a
// wheel's hit test would lay the page out once more). Fake frames, tasks and timers: nothing here
// waits for real time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageConverter } from '../../lib/convert/page/dom';
import { type FrameHooks, inNextFrame } from '../../lib/convert/page/dom-turns';
import { createTextConverter } from '../../lib/convert/text/text';
import { fakeFrameClock } from './fake-frame-clock';

const toTw = createTextConverter('cn', 'tw');

/** The fake clock (fake-frame-clock.ts) as inNextFrame's hooks. */
function fakeFrames() {
  const clock = fakeFrameClock(1000);
  const hooks: FrameHooks = {
    now: clock.now,
    requestFrame: clock.requestFrame,
    nextTask: clock.nextTask,
    setTimer: clock.setTimer,
  };
  return { ...clock, hooks };
}

describe('inNextFrame', () => {
  it('runs the work in the frame callback and resolves after the frame, timed from its start', async () => {
    const page = fakeFrames();
    let ran = 0;
    let result: { value: number; frameMs: number | null } | null = null;
    void inNextFrame(() => ++ran, page.hooks).then((r) => {
      result = r;
    });
    await Promise.resolve();
    expect(ran).toBe(0);
    page.advance(30);
    const frameStart = 1030;
    page.advance(12); // the browser laid the page out before calling back
    page.callFrame(frameStart);
    expect(ran).toBe(1);
    page.advance(50); // the frame's rendering
    await Promise.resolve();
    expect(result).toBeNull();
    page.runTasks();
    await Promise.resolve();
    expect(result).toEqual({ value: 1, frameMs: 62 });
  });

  it('runs the work once in a task when no frame comes, and not again in a late frame', async () => {
    const page = fakeFrames();
    let ran = 0;
    let result: { value: number; frameMs: number | null } | null = null;
    void inNextFrame(() => ++ran, page.hooks, 100).then((r) => {
      result = r;
    });
    page.advance(100);
    await Promise.resolve();
    expect(result).toEqual({ value: 1, frameMs: null });
    page.callFrame();
    page.runTasks();
    expect(ran).toBe(1);
  });

  it('times the frame from the callback when the timestamp is on another clock', async () => {
    const page = fakeFrames();
    let frameMs: number | null = null;
    void inNextFrame(() => 0, page.hooks).then((r) => {
      frameMs = r.frameMs;
    });
    page.callFrame(5_000_000);
    page.advance(20);
    page.runTasks();
    await Promise.resolve();
    expect(frameMs).toBe(20);
  });
});

describe('page converter on a page with frames', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  /** The window's animation frames, called only when the test says so. */
  function holdFrames() {
    const callbacks: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => callbacks.push(callback));
    return {
      call(): number {
        const due = callbacks.splice(0);
        for (const callback of due) callback(performance.now());
        return due.length;
      },
    };
  }

  const PAGE = Array.from({ length: 300 }, (_, i) => `<p>第${i}段：国务院发布新规，经济发展迅速。</p>`).join(
    '',
  );

  it('changes the page only inside frame callbacks, and converts all of it', async () => {
    // performance.now is faked too: on the real clock a loaded machine made the walk's slices "due" for
    // a frame at other points, and the pass did not finish within the loop (the test was flaky).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = PAGE;
    const frames = holdFrames();
    let done = false;
    const converting = createPageConverter(document)
      .convert(toTw, 'zh-TW')
      .then((n) => {
        done = true;
        return n;
      });
    let framesWithWrites = 0;
    for (let i = 0; i < 500 && !done; i++) {
      const before = document.body.innerHTML;
      // Tasks only (the walk, the turns): no frame, so no write.
      await vi.advanceTimersByTimeAsync(0);
      expect(document.body.innerHTML).toBe(before);
      frames.call();
      if (document.body.innerHTML !== before) framesWithWrites++;
      await vi.advanceTimersByTimeAsync(0);
    }
    expect(done).toBe(true);
    expect(await converting).toBe(300);
    expect(document.body.lastElementChild!.textContent).toBe('第299段：國務院發佈新規，經濟發展迅速。');
    // A few thousand characters a frame to start with: the page took several frames.
    expect(framesWithWrites).toBeGreaterThan(1);
  });

  it('writes nothing in a frame that comes after restore(), leaving the original page', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    document.body.innerHTML = PAGE;
    const original = document.body.innerHTML;
    const frames = holdFrames();
    const pc = createPageConverter(document);
    void pc.convert(toTw, 'zh-TW');
    // Walked and waiting for a frame to write in.
    for (let i = 0; i < 50; i++) await vi.advanceTimersByTimeAsync(0);
    expect(document.body.innerHTML).toBe(original);
    await pc.restore();
    expect(frames.call()).toBeGreaterThan(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(document.body.innerHTML).toBe(original);
  });
});
