// A switch of readings (pinyin / zhuyin / none) is one class on the article, but every section the
// browser renders is restyled and laid out again in the frame after the click, and content-visibility:
// auto renders well beyond the screen (about a screen and a half below it): at the top of a 10,000-
// character article 1,500 characters of ruby, about three times what the screen shows; the frame was
// 70–95 ms, most of it layout. So the sections off screen keep the readings they showed (a class that
// pins them, lib/reader switch CSS) for the first frame and are let go afterwards, nearest first, one per
// frame; those far away (skipped by the browser, cheap to restyle) all at once.

/** A section's box, relative to the viewport (getBoundingClientRect's top and bottom). */
export interface SectionBox {
  top: number;
  bottom: number;
}

/** How far a box is from the viewport `[0, height]`: 0 when any of it is on screen or it touches an
 *  edge (switched at once: the safe side). */
export function distanceToScreen(box: SectionBox, height: number): number {
  if (box.bottom < 0) return -box.bottom;
  if (box.top > height) return box.top - height;
  return 0;
}

/** Indexes of the boxes off screen (to hold), nearest first (ties: in document order). */
export function offScreenByDistance(boxes: readonly SectionBox[], height: number): number[] {
  return boxes
    .map((box, index) => ({ index, distance: distanceToScreen(box, height) }))
    .filter((b) => b.distance > 0)
    .sort((a, b) => a.distance - b.distance || a.index - b.index)
    .map((b) => b.index);
}

/** Beyond this many screens from the viewport the browser skips a section (content-visibility: auto
 *  renders about 1.5 screens around it): letting those go is only a class change, all in one frame. */
export const FAR_SCREENS = 2;

/** How many of the held sections (nearest first, with their distances) to let go in the next frame:
 *  the nearest one, or all of them once the nearest is far enough that the browser skips it. */
export function releaseCount(distances: readonly number[], height: number): number {
  if (distances.length === 0) return 0;
  return (distances[0] ?? 0) > FAR_SCREENS * height ? distances.length : 1;
}
