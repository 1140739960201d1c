// The page converter's frame budget (dom-schedule.ts): how much converted text goes to the page per
// frame, learnt from what the frames after the writes took. A fake page answers each write with a
// frame time of `floor + perChar × written` (the shape measured in Chromium on a 1M-character page).
import { describe, expect, it } from 'vitest';
import { FrameBudget } from '../../lib/convert/page/dom-schedule';
import { nonEmpty } from './non-empty';

/** Runs `frames` writes against a fake page; returns the frame times it answered with. */
function drive(budget: FrameBudget, frames: number, floor: (i: number) => number, perChar = 0.001) {
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    const ms = floor(i) + perChar * budget.chars;
    times.push(ms);
    budget.observe(ms, budget.chars);
  }
  return times;
}

describe('FrameBudget', () => {
  it('gives a page with no layout floor ever more text per frame, up to its maximum', () => {
    const budget = new FrameBudget(40, 1000, 64_000);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      budget.observe(2 + budget.chars * 0.0001, budget.chars);
      seen.push(budget.chars);
    }
    expect(seen[1]!).toBeGreaterThan(seen[0]!);
    expect(Math.max(...seen)).toBe(64_000);
    expect(Math.min(...seen.slice(-4))).toBeGreaterThanOrEqual(48_000); // every other frame ¾
  });

  it('keeps the frames after its writes under the target when the floor is below it', () => {
    const budget = new FrameBudget(40);
    const times = drive(budget, 30, () => 30);
    // Settled: every frame from the fifth on under the target, and not needlessly short.
    for (const ms of nonEmpty(times.slice(5))) expect(ms).toBeLessThanOrEqual(41);
    expect(times.at(-1)!).toBeGreaterThan(36);
    expect(budget.floor).toBeCloseTo(30, 0);
  });

  it('starts small: the first write after the visible part is a few thousand characters', () => {
    const budget = new FrameBudget();
    expect(budget.chars).toBeLessThanOrEqual(4000);
    expect(budget.chars).toBeGreaterThan(0);
  });

  it('shrinks at once when the frames after big writes are long, never below its minimum', () => {
    const budget = new FrameBudget(40, 1000, 256_000, 200_000);
    budget.observe(20, 100); // a frame after a tiny write: about the floor
    budget.observe(220, 200_000); // 1 ms per thousand characters on top of it
    expect(budget.chars).toBeLessThan(30_000);
    // Text that costs a millisecond a character: the least a frame may carry, and no less.
    for (let i = 0; i < 20; i++) budget.observe(5 + budget.chars, budget.chars);
    expect(budget.chars).toBeGreaterThanOrEqual(1000);
    expect(budget.chars).toBeLessThan(1500);
  });

  it('learns nothing from a frame that did not come (a hidden tab draws none) or no write', () => {
    const budget = new FrameBudget();
    const before = budget.chars;
    budget.observe(null, before);
    budget.observe(500, 0);
    expect(budget.chars).toBe(before);
    expect(Number.isNaN(budget.floor)).toBe(true);
  });

  it('adds a fifth of the floor on top when the floor alone passes the target', () => {
    const budget = new FrameBudget(40, 100, 1_000_000);
    const times = drive(budget, 20, () => 80);
    // 1 µs a character, room 16 ms: about 16 000 characters (every other frame three quarters of
    // it), frames about 96 ms.
    expect(budget.chars).toBeGreaterThan(11_000);
    expect(budget.chars).toBeLessThan(20_000);
    for (const ms of nonEmpty(times.slice(5))) expect(ms).toBeLessThan(100);
  });

  it('follows the machine: a floor that rises and falls again is re-learnt within its window', () => {
    const budget = new FrameBudget(40);
    drive(budget, 20, () => 25);
    const quiet = budget.chars;
    drive(budget, 20, () => 70); // the machine got busy
    const busy = budget.chars;
    expect(busy).toBeLessThan(quiet);
    const times = drive(budget, 20, () => 25); // and quiet again
    expect(budget.chars).toBeGreaterThan(busy);
    expect(Math.abs(budget.chars - quiet)).toBeLessThan(quiet * 0.1);
    for (const ms of nonEmpty(times.slice(5))) expect(ms).toBeLessThanOrEqual(41);
  });
});

describe('FrameBudget on a machine that gets busy', () => {
  it('stays near the new floor instead of falling to its minimum for long', () => {
    const budget = new FrameBudget(40);
    drive(budget, 20, () => 25);
    const times = drive(budget, 30, () => 70);
    const settled = times.slice(15);
    for (const ms of nonEmpty(settled)) expect(ms).toBeLessThan(70 * 1.3);
    expect(budget.chars).toBeGreaterThan(5000);
  });
});
