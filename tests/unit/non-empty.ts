// Loops of assertions over computed lists (issue 16 §7): a list that comes out empty makes the loop
// check nothing, and the test passes. `nonEmpty` asserts first; test-loops.test.ts makes sure every
// such loop goes through it.
import { expect } from 'vitest';

/** The items of `list`, after asserting there is at least one. */
export function nonEmpty<T>(list: Iterable<T>, what = 'the list this loop checks'): T[] {
  const items = Array.from(list);
  expect(items.length, `${what} is empty: the loop would check nothing`).toBeGreaterThan(0);
  return items;
}
