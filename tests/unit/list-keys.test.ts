import { describe, expect, it } from 'vitest';
import { listKeyTarget, scrollTopShowing } from '../../components/list-keys';

describe('list keyboard movement', () => {
  it('moves by row, by page and to the ends; other keys do not move', () => {
    expect(listKeyTarget('ArrowDown', 4, 10, 50)).toBe(5);
    expect(listKeyTarget('ArrowUp', 4, 10, 50)).toBe(3);
    expect(listKeyTarget('PageDown', 4, 10, 50)).toBe(14);
    expect(listKeyTarget('PageUp', 14, 10, 50)).toBe(4);
    expect(listKeyTarget('Home', 14, 10, 50)).toBe(0);
    expect(listKeyTarget('End', 4, 10, 50)).toBe(49);
    expect(listKeyTarget('a', 4, 10, 50)).toBeUndefined();
    expect(listKeyTarget('toString', 4, 10, 50)).toBeUndefined();
  });

  it('scrolls the least that shows the focused row, and not at all when it is in view', () => {
    // rows 40 px tall, a 400 px viewport scrolled to 400: rows 10–19 are in view
    expect(scrollTopShowing(12, 40, 400, 400)).toBe(400);
    expect(scrollTopShowing(9, 40, 400, 400)).toBe(360);
    expect(scrollTopShowing(20, 40, 400, 400)).toBe(440);
    expect(scrollTopShowing(0, 40, 400, 400)).toBe(0);
  });
});
