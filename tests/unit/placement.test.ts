import { describe, expect, it } from 'vitest';
import { placePopup } from '../../lib/hover/placement';

const viewport = { width: 800, height: 600 };

describe('placePopup', () => {
  it('goes below the word when there is room', () => {
    expect(
      placePopup({ left: 100, top: 100, width: 20, height: 20 }, { width: 300, height: 200 }, viewport),
    ).toEqual({ left: 100, top: 126 });
  });
  it('flips above the word near the bottom of the viewport', () => {
    expect(
      placePopup({ left: 100, top: 500, width: 20, height: 20 }, { width: 300, height: 200 }, viewport),
    ).toEqual({ left: 100, top: 294 });
  });
  it('stays inside the right edge', () => {
    expect(
      placePopup({ left: 780, top: 10, width: 20, height: 20 }, { width: 300, height: 100 }, viewport).left,
    ).toBe(496);
  });
});
