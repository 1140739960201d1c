// The offscreen document holds the whole dictionary in its worker's memory for as long as it is open.
// While a tab keeps a dictionary port to it (hover is on there: lib/lookup/client.ts) it stays, so
// hovering never waits for a reload; once the last port is gone and nothing has been asked for
// OFFSCREEN_IDLE_MS, it closes itself, and the background opens it again for the next lookup
// (lib/lookup/offscreen.ts). Pure over injected timers, tested with fakes.

/** Long enough that reading on in a tab opened a little later finds the dictionary still loaded. */
export const OFFSCREEN_IDLE_MS = 10 * 60_000;

export interface IdleCloseDeps {
  idleMs: number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(timer: unknown): void;
  /** Closes the document (window.close() in an offscreen document). */
  close(): void;
}

export interface IdleClose {
  /** A tab's dictionary port opened: the document is in use until it closes. */
  portOpened(): void;
  portClosed(): void;
  /** A request arrived (a runtime message): the idle time starts again. */
  used(): void;
}

export function createIdleClose(deps: IdleCloseDeps): IdleClose {
  let ports = 0;
  let timer: unknown = null;
  const rearm = (): void => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
    if (ports > 0) return;
    timer = deps.setTimer(() => {
      timer = null;
      if (ports === 0) deps.close();
    }, deps.idleMs);
  };
  rearm(); // opened for a lookup that may never connect a port (an extension page's, a prepare)
  return {
    portOpened() {
      ports++;
      rearm();
    },
    portClosed() {
      ports = Math.max(0, ports - 1);
      rearm();
    },
    used: rearm,
  };
}
