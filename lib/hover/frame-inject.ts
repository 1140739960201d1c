// Which frames get a content script of their own (issue 15 §2). The top frame's script serves every
// frame it can read (lib/hover/frames.ts), so only a frame under a parent of another origin needs its
// own: a frame of a site the user granted, inside a page of another origin. The background asks every
// frame it may reach (scripting.executeScript with allFrames: the browser skips frames it has no access
// to) with `frameScriptStatus`, injects into the frames that need a script and have none, and relays
// the tab's state to those that have one (lib/background/frame-relay.ts); the other frames of the page
// never parse the content script.

/** What a frame answers: served by the top frame's script, or in need of its own (without it yet, or
 *  with it running). */
export type FrameScriptStatus = 'served' | 'needs-script' | 'has-script';

/** Runs in each frame through scripting.executeScript({ func }), in the isolated world our content
 *  script runs in: self-contained (serialised, no imports, no module constants). */
export function frameScriptStatus(): FrameScriptStatus {
  let current: Window = window;
  let own = false;
  for (let depth = 0; depth < 16 && current !== current.parent; depth++) {
    try {
      current = current.parent;
      if (!current.document) own = true;
    } catch {
      own = true; // a parent of another origin
    }
    if (own) break;
  }
  if (!own) return 'served';
  // The content script's live instance (lib/tab/instance.ts) in this world, if any.
  const instance = (globalThis as Record<symbol, { isAlive?: () => boolean } | undefined>)[
    Symbol.for('wenzhai.content-instance')
  ];
  return instance?.isAlive?.() ? 'has-script' : 'needs-script';
}

/** The frames (never the top, 0) that answered `status` to `frameScriptStatus`. */
export function framesAnswering(
  answers: readonly { frameId: number; result?: unknown }[],
  status: FrameScriptStatus,
): number[] {
  return answers.filter((a) => a.frameId !== 0 && a.result === status).map((a) => a.frameId);
}
