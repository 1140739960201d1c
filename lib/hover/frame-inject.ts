// Which frames get a content script of their own (issue 15 §2). The top frame's script serves every
// frame it can read (lib/hover/frames.ts), so only a frame under a parent of another origin needs its
// own: a frame of a site the user granted, inside a page of another origin. The background asks every
// frame it may reach (scripting.executeScript with allFrames: the browser skips frames it has no access
// to) with `frameNeedsOwnScript`, then injects into those frames only, so the other frames of the page
// never parse the content script.

/** Runs in each frame through scripting.executeScript({ func }): self-contained (serialised, no
 *  imports). True in a frame whose parents up to the top cannot all be read from here. */
export function frameNeedsOwnScript(): boolean {
  let current: Window = window;
  for (let depth = 0; depth < 16 && current !== current.parent; depth++) {
    try {
      current = current.parent;
      if (!current.document) return true;
    } catch {
      return true; // a parent of another origin
    }
  }
  return false;
}

/** The ids of the frames that answered true to `frameNeedsOwnScript` (never the top frame, 0). */
export function framesNeedingOwnScript(answers: readonly { frameId: number; result?: unknown }[]): number[] {
  return answers.filter((a) => a.frameId !== 0 && a.result === true).map((a) => a.frameId);
}
