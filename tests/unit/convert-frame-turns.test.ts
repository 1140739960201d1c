// The converter's turns leave the page its frames (dom-turns.ts FrameTurns): plain yields while we
// have worked less than a frame's share since the last frame, then a wait for the next frame and the
// task after its rendering. A fake clock, frames, tasks and timers: nothing here waits for real time.
import { describe, expect, it } from 'vitest';
import { FrameTurns, type TurnHooks } from '../../lib/convert/page/dom-turns';
import { fakeFrameClock } from './fake-frame-clock';

/** The fake clock (fake-frame-clock.ts) as FrameTurns' hooks, counting plain yields. */
function fakePage(withFrames = true) {
  const clock = fakeFrameClock();
  let plainYields = 0;
  const hooks: TurnHooks = {
    now: clock.now,
    requestFrame: withFrames ? clock.requestFrame : null,
    yieldNow: () => {
      plainYields++;
      return Promise.resolve();
    },
    nextTask: clock.nextTask,
    setTimer: clock.setTimer,
  };
  return { ...clock, hooks, drawFrame: () => clock.callFrame(), plainYields: () => plainYields };
}

/** Whether `promise` has settled once the microtasks queued so far ran. */
async function settled(promise: Promise<void>): Promise<boolean> {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  for (let i = 0; i < 5; i++) await Promise.resolve();
  return done;
}

describe('FrameTurns', () => {
  it('yields plainly until the work since the last frame reaches its share', async () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks);
    page.advance(10);
    expect(await settled(turns.turn())).toBe(true);
    page.advance(20);
    expect(await settled(turns.turn())).toBe(true);
    expect(page.plainYields()).toBe(2);
    // It watches for frames meanwhile: one animation-frame request at a time.
    expect(page.pendingFrames()).toBe(1);
  });

  it('reports how long a turn waited for a frame, and nothing for a plain turn', async () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks);
    const waits: number[] = [];
    page.advance(10);
    await turns.turn((ms) => waits.push(ms));
    expect(waits).toEqual([]);
    page.advance(35);
    const turn = turns.turn((ms) => waits.push(ms));
    page.advance(16);
    page.drawFrame();
    page.advance(30);
    page.runTasks();
    expect(await settled(turn)).toBe(true);
    // From the turn to the task after the frame's rendering: the page's time, not ours.
    expect(waits).toEqual([46]);
  });

  it('then waits for the next frame and the task after its rendering', async () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks);
    page.advance(45);
    expect(turns.due).toBe(true);
    const turn = turns.turn();
    expect(await settled(turn)).toBe(false);
    page.drawFrame();
    // The animation-frame callback runs before the rendering: not released there.
    expect(await settled(turn)).toBe(false);
    page.runTasks();
    expect(await settled(turn)).toBe(true);
    expect(page.plainYields()).toBe(0);
    // The frame starts a new share of work.
    expect(turns.due).toBe(false);
    page.advance(39);
    expect(turns.due).toBe(false);
    page.advance(1);
    expect(turns.due).toBe(true);
  });

  it('counts frames it did not wait for (drawn between plain turns)', async () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks);
    page.advance(30);
    await turns.turn();
    page.drawFrame();
    page.advance(30);
    expect(turns.due).toBe(false);
    await turns.turn();
    expect(page.plainYields()).toBe(2);
  });

  it('a frame noted elsewhere (framed) starts a new share too', () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks);
    page.advance(50);
    expect(turns.due).toBe(true);
    turns.framed();
    expect(turns.due).toBe(false);
  });

  it('gives plain turns after one timed-out wait on a page that draws no frames, until it draws', async () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks, 100);
    page.advance(50);
    const turn = turns.turn();
    page.advance(99);
    expect(await settled(turn)).toBe(false);
    page.advance(1);
    expect(await settled(turn)).toBe(true);
    expect(turns.due).toBe(false);
    expect(await settled(turns.turn())).toBe(true);
    expect(page.plainYields()).toBe(1);
    // It draws again: turns wait for frames again once their share is used.
    page.drawFrame();
    page.advance(40);
    expect(turns.due).toBe(true);
  });

  it('never waits where there are no frames at all', async () => {
    const page = fakePage(false);
    const turns = new FrameTurns(40, page.hooks);
    page.advance(1000);
    expect(turns.due).toBe(false);
    expect(await settled(turns.turn())).toBe(true);
    expect(page.plainYields()).toBe(1);
  });
});

describe('FrameTurns timers', () => {
  it("a wait's timer does not cut a later wait short", async () => {
    const page = fakePage();
    const turns = new FrameTurns(40, page.hooks, 100);
    page.advance(50);
    const first = turns.turn();
    page.advance(10);
    page.drawFrame();
    page.runTasks();
    expect(await settled(first)).toBe(true);
    // 40 ms of work, then a second wait; the first wait's timer comes due during it.
    page.advance(40);
    const second = turns.turn();
    page.advance(50);
    expect(await settled(second)).toBe(false);
    expect(turns.due).toBe(true);
    page.drawFrame();
    page.runTasks();
    expect(await settled(second)).toBe(true);
  });
});
