// The click bench's wheel measure (scripts/bench-convert-click-page.ts): from each wheel input to the
// first frame after a scroll event that came later than it.
import { describe, expect, it } from 'vitest';
import { wheelLatencies } from '../../scripts/bench-convert-click-page';

describe('wheelLatencies', () => {
  it('times each input to the first frame that shows a scroll after it', () => {
    // Frames every 20 ms; the scroll count changes at the frames at 60 and 200.
    const frames = [0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200];
    const scrolls = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2];
    expect(wheelLatencies([10, 70], { frames, scrolls })).toEqual([50, 130]);
  });

  it('counts an input no frame answered up to the last frame recorded', () => {
    expect(wheelLatencies([10], { frames: [0, 50, 300], scrolls: [0, 0, 0] })).toEqual([290]);
  });
});
