// Tap to look up (Firefox for Android, touch screens): there is no hover on a touch screen, so a tap on
// a word asks for its card. A tap is a touch (or pen) that lifts where it went down, soon: anything that
// moved is a scroll, a pinch or a text selection, and is left to the browser. Events are only the user's
// (isTrusted): the page can synthesise pointer events.

/** How far (CSS px) a finger may drift between down and up and still be a tap. */
export const TAP_SLOP_PX = 10;
/** How long (ms) a touch may last and still be a tap (longer is a long press: the browser's menu). */
export const TAP_MAX_MS = 500;

export interface PointerSample {
  pointerType: string;
  isTrusted: boolean;
  isPrimary: boolean;
  x: number;
  y: number;
  time: number;
}

/** Whether `up`, after `down`, is a tap that should look up the word under it. Mouse pointers are the
 *  hover code's (mousemove); only touch and pen taps count here. */
export function isLookupTap(down: PointerSample | undefined, up: PointerSample): boolean {
  if (!down || !up.isTrusted || !down.isTrusted || !up.isPrimary) return false;
  if (up.pointerType !== 'touch' && up.pointerType !== 'pen') return false;
  if (down.pointerType !== up.pointerType) return false;
  if (Math.hypot(up.x - down.x, up.y - down.y) > TAP_SLOP_PX) return false;
  const held = up.time - down.time;
  return held >= 0 && held <= TAP_MAX_MS;
}

const sample = (event: PointerEvent): PointerSample => ({
  pointerType: event.pointerType,
  isTrusted: event.isTrusted,
  isPrimary: event.isPrimary,
  x: event.clientX,
  y: event.clientY,
  time: event.timeStamp,
});

/** Calls `lookup` with the point of every tap on `win` (capture, passive: the page still gets its
 *  events and the tap still clicks). Returns the function that stops listening. */
export function listenForTaps(win: Window, lookup: (point: { x: number; y: number }) => void): () => void {
  let down: PointerSample | undefined;
  const onDown = (event: PointerEvent): void => {
    down = event.isPrimary ? sample(event) : undefined;
  };
  const onUp = (event: PointerEvent): void => {
    const up = sample(event);
    if (isLookupTap(down, up)) lookup({ x: up.x, y: up.y });
    down = undefined;
  };
  const onCancel = (): void => {
    down = undefined; // the browser took the touch over (a scroll, a zoom)
  };
  const options = { capture: true, passive: true } as const;
  win.addEventListener('pointerdown', onDown, options);
  win.addEventListener('pointerup', onUp, options);
  win.addEventListener('pointercancel', onCancel, options);
  return () => {
    win.removeEventListener('pointerdown', onDown, options);
    win.removeEventListener('pointerup', onUp, options);
    win.removeEventListener('pointercancel', onCancel, options);
  };
}
