import { describe, expect, it } from 'vitest';
import { listKeyTarget } from '../../components/list-keys';

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
});
