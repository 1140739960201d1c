import { describe, expect, it } from 'vitest';
import {
  distanceToScreen,
  FAR_SCREENS,
  offScreenByDistance,
  releaseCount,
} from '../../lib/reader/switch-hold';

describe('switch hold: which sections keep their readings for a frame', () => {
  const height = 900;

  it('measures the distance of a box to the screen (0 when any of it shows)', () => {
    expect(distanceToScreen({ top: 100, bottom: 800 }, height)).toBe(0);
    expect(distanceToScreen({ top: -500, bottom: 10 }, height)).toBe(0);
    expect(distanceToScreen({ top: 850, bottom: 2000 }, height)).toBe(0);
    expect(distanceToScreen({ top: 1200, bottom: 2000 }, height)).toBe(300);
    expect(distanceToScreen({ top: -800, bottom: -50 }, height)).toBe(50);
    // Touching an edge counts as on screen (switched at once).
    expect(distanceToScreen({ top: 900, bottom: 1000 }, height)).toBe(0);
    expect(distanceToScreen({ top: -100, bottom: 0 }, height)).toBe(0);
  });

  it('holds only the sections off screen, nearest first', () => {
    const boxes = [
      { top: -2000, bottom: -1500 }, // 1500 above
      { top: -1500, bottom: -20 }, // 20 above
      { top: -20, bottom: 700 }, // on screen
      { top: 700, bottom: 1400 }, // on screen (partly)
      { top: 1400, bottom: 2100 }, // 500 below
      { top: 2100, bottom: 2800 }, // 1200 below
    ];
    expect(offScreenByDistance(boxes, height)).toEqual([1, 4, 5, 0]);
    expect(offScreenByDistance([{ top: 0, bottom: 900 }], height)).toEqual([]);
  });

  it('lets the nearest go one a frame, and all once the nearest is far (skipped by the browser)', () => {
    expect(releaseCount([], height)).toBe(0);
    expect(releaseCount([100, 900, 5000], height)).toBe(1);
    expect(releaseCount([FAR_SCREENS * height, 9000], height)).toBe(1);
    expect(releaseCount([FAR_SCREENS * height + 1, 9000, 12000], height)).toBe(3);
  });
});
