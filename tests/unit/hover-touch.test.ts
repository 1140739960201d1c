import { describe, expect, it } from 'vitest';
import { isLookupTap, type PointerSample, TAP_MAX_MS, TAP_SLOP_PX } from '../../lib/hover/touch';

const touch = (over: Partial<PointerSample> = {}): PointerSample => ({
  pointerType: 'touch',
  isTrusted: true,
  isPrimary: true,
  x: 100,
  y: 200,
  time: 1000,
  ...over,
});

describe('isLookupTap', () => {
  it('takes a touch that lifts where it went down, soon, as a tap', () => {
    expect(isLookupTap(touch(), touch({ time: 1120 }))).toBe(true);
    expect(isLookupTap(touch(), touch({ x: 100 + TAP_SLOP_PX, time: 1000 + TAP_MAX_MS }))).toBe(true);
    expect(isLookupTap(touch({ pointerType: 'pen' }), touch({ pointerType: 'pen', time: 1050 }))).toBe(true);
  });

  it('leaves moves (scroll, selection), long presses and lone ups to the browser', () => {
    expect(isLookupTap(touch(), touch({ x: 100 + TAP_SLOP_PX + 1, time: 1100 }))).toBe(false);
    expect(isLookupTap(touch(), touch({ y: 260, time: 1100 }))).toBe(false);
    expect(isLookupTap(touch(), touch({ time: 1000 + TAP_MAX_MS + 1 }))).toBe(false);
    expect(isLookupTap(undefined, touch())).toBe(false);
    expect(isLookupTap(touch({ time: 2000 }), touch({ time: 1000 }))).toBe(false);
  });

  it('ignores the mouse (the hover code has it), second fingers and synthetic events', () => {
    expect(isLookupTap(touch({ pointerType: 'mouse' }), touch({ pointerType: 'mouse', time: 1100 }))).toBe(
      false,
    );
    expect(isLookupTap(touch(), touch({ pointerType: 'pen', time: 1100 }))).toBe(false);
    expect(isLookupTap(touch(), touch({ isPrimary: false, time: 1100 }))).toBe(false);
    expect(isLookupTap(touch(), touch({ isTrusted: false, time: 1100 }))).toBe(false);
    expect(isLookupTap(touch({ isTrusted: false }), touch({ time: 1100 }))).toBe(false);
  });
});
