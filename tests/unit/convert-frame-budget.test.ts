// The page converter's frame budget (dom-schedule.ts): how much converted text goes to the page per
// frame, learnt from what the frames after the writes took.
import { describe, expect, it } from 'vitest';
import { FrameBudget } from '../../lib/convert/page/dom-schedule';

describe('FrameBudget', () => {
  it('gives a page with no layout floor ever more text per frame, up to its maximum', () => {
    const budget = new FrameBudget(35, 1000, 64_000);
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) {
      budget.observe(2 + budget.chars * 0.0001, budget.chars);
      seen.push(budget.chars);
    }
    expect(seen[1]!).toBeGreaterThan(seen[0]!);
    expect(seen.at(-1)).toBe(64_000);
  });

  it('shrinks when the frames after big writes are long, and never below its minimum', () => {
    const budget = new FrameBudget(35, 1000, 256_000);
    budget.chars = 200_000;
    budget.observe(20, 100); // the floor: a frame after a tiny write
    budget.observe(220, 200_000); // 1 ms per thousand characters on top of it
    expect(budget.chars).toBeLessThan(200_000);
    // Room of max(35 − 20, 20 / 2) = 15 ms at ~0.5 µs a character (the estimate is smoothed).
    expect(budget.chars).toBeGreaterThan(10_000);
    expect(budget.chars).toBeLessThan(60_000);
    for (let i = 0; i < 20; i++) budget.observe(2000, budget.chars);
    expect(budget.chars).toBe(1000);
  });

  it('learns nothing from a frame that did not come (a hidden tab draws none)', () => {
    const budget = new FrameBudget();
    const before = budget.chars;
    budget.observe(null, before);
    expect(budget.chars).toBe(before);
  });

  it('keeps writes to about half the floor above it when the floor alone passes the target', () => {
    const budget = new FrameBudget(35, 100, 1_000_000);
    budget.observe(80, 10); // floor 80 ms
    for (let i = 0; i < 8; i++) budget.observe(80 + budget.chars * 0.001, budget.chars);
    // 1 µs a character, room 40 ms: about 40 000 characters.
    expect(budget.chars).toBeGreaterThan(30_000);
    expect(budget.chars).toBeLessThan(50_000);
  });
});
