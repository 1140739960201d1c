// Keyboard movement in the virtualised lists (clippings, vocabulary): the row a key moves focus to.

/** The index `key` moves to from `index` in a list of `count` rows with `pageRows` rows on screen, or
 *  undefined for a key that does not move. */
export function listKeyTarget(
  key: string,
  index: number,
  pageRows: number,
  count: number,
): number | undefined {
  const targets: Record<string, number> = {
    ArrowDown: index + 1,
    ArrowUp: index - 1,
    PageDown: index + pageRows,
    PageUp: index - pageRows,
    Home: 0,
    End: count - 1,
  };
  return Object.hasOwn(targets, key) ? targets[key] : undefined;
}

/** The scroll offset that brings row `index` (rows `rowHeight` tall) into a viewport `height` tall
 *  scrolled to `scrollTop`: the least scrolling that shows it, the same offset when it is in view. */
export function scrollTopShowing(
  index: number,
  rowHeight: number,
  scrollTop: number,
  height: number,
): number {
  if (index * rowHeight < scrollTop) return index * rowHeight;
  if ((index + 1) * rowHeight > scrollTop + height) return (index + 1) * rowHeight - height;
  return scrollTop;
}
