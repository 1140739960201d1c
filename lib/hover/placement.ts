// Where the hover popup goes: below the word if it fits, else above; always inside the viewport.
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

const GAP = 6;
const MARGIN = 4;

export function placePopup(
  anchor: Box,
  popup: { width: number; height: number },
  viewport: { width: number; height: number },
): { left: number; top: number } {
  const below = anchor.top + anchor.height + GAP;
  const above = anchor.top - GAP - popup.height;
  let top = below + popup.height <= viewport.height - MARGIN || above < MARGIN ? below : above;
  top = Math.max(MARGIN, Math.min(top, viewport.height - popup.height - MARGIN));
  const left = Math.max(MARGIN, Math.min(anchor.left, viewport.width - popup.width - MARGIN));
  return { left, top };
}
