// Hover inside frames (issue 15 §2). Design: the top frame's content script reaches the documents of
// same-origin and about:blank frames itself (as the converter does, lib/convert/page/dom-scopes.ts) and
// listens on their windows; the card stays ONE card in the top document's guarded host (closed shadow
// root, top layer, re-mounted, lib/hover/host.ts), placed at the frame's offset, so a small frame never
// clips it and the page's frame gets no UI of ours. Why not a content script per frame: activeTab
// reaches only the top origin, a second script in a same-origin frame would show a second card and
// keep its own hover state, and about:blank frames written by their parent get no script at all.
// Frames we cannot read (cross-origin, without a grant) are never touched. This module ships in the
// clipper bundle (lib/hover/frame-tools.ts says why); the content script loads it on first need.
//
// Frames are reached when the pointer enters one (the browser's mouseover on the frame element, in its
// parent; its composed path finds a frame inside a component's shadow root) or one loads: no scans of
// the page. Only trusted events count; moves and keys are checked for isTrusted by the transition
// (state.ts) as in the top frame.
import {
  deepElementFromPoint,
  documentAt,
  focusedDocument,
  frameDocument,
  frameViewportOffset,
  isFrameElement,
  offsetInTop,
  type RootOf,
} from '../page-text/frames';
import { extensionShadowRoot } from '../page-text/shadow-root';
import type { FrameHandlers, FrameReach, FrameTools } from './frame-tools';
import { listenForTaps } from './touch';

const PASSIVE = { capture: true, passive: true } as const;
const CAPTURE = { capture: true } as const;

/** Shadow roots as the extension sees them: open ones, and closed ones through the browser's API
 *  (as the converter reaches them), so a frame inside a component's closed root is reached like any
 *  other. */
const extensionRootOf: RootOf = extensionShadowRoot;

export function reachFrames(
  top: Document,
  handlers: FrameHandlers,
  rootOf: RootOf = extensionRootOf,
): FrameReach {
  /** Frame documents listened on, with the function that stops listening there. */
  const reached = new Map<Document, () => void>();

  const onFrameEvent = (event: Event): void => {
    const frame = hintedFrame(event, rootOf);
    if (frame) reach(frame);
  };

  const listen = (win: Window): (() => void) => {
    const pairs = [
      ['mousemove', handlers.mousemove, PASSIVE],
      ['keydown', handlers.keydown, CAPTURE],
      ['scroll', handlers.scroll, PASSIVE],
      ['load', onFrameEvent, PASSIVE],
      ['mouseover', onFrameEvent, PASSIVE],
    ] as const;
    for (const [type, fn, options] of pairs) win.addEventListener(type, fn as EventListener, options);
    const stopTaps = listenForTaps(win, (point) => handlers.tap(win, point));
    return () => {
      stopTaps();
      for (const [type, fn] of pairs) win.removeEventListener(type, fn as EventListener, CAPTURE);
    };
  };

  function reach(frame: Element): void {
    for (const [doc, stop] of reached) {
      if (doc.defaultView) continue;
      stop(); // the frame navigated or went away: its old window is gone
      reached.delete(doc);
    }
    const doc = frameDocument(frame);
    const win = doc?.defaultView;
    if (!doc || !win) return;
    // Again each time: adding the same listeners is a no-op, and it answers a parent's
    // document.open() in an about:blank frame, which erased them.
    reached.get(doc)?.();
    reached.set(doc, listen(win));
  }

  const stopTop = listenOnTop(top, onFrameEvent);
  return {
    reach(el, at) {
      // A closed root's host the pointer entered (the event's dispatch is over: its point is kept).
      const point = !isFrameElement(el) && at && 'clientX' in at ? (at as MouseEvent) : null;
      const deep = point
        ? deepElementFromPoint(el.ownerDocument, point.clientX, point.clientY, rootOf, el)
        : el;
      if (deep && isFrameElement(deep)) reach(deep);
    },
    stop() {
      stopTop();
      for (const stop of reached.values()) stop();
      reached.clear();
    },
  };
}

/** The top window's frame triggers: a frame's load (captured) and the pointer entering a frame. */
function listenOnTop(top: Document, onFrameEvent: (event: Event) => void): () => void {
  const win = top.defaultView;
  win?.addEventListener('load', onFrameEvent, PASSIVE);
  win?.addEventListener('mouseover', onFrameEvent, PASSIVE);
  return () => {
    win?.removeEventListener('load', onFrameEvent, CAPTURE);
    win?.removeEventListener('mouseover', onFrameEvent, CAPTURE);
  };
}

/** A point in the viewport of the window an event reached, in the top document's viewport; null when
 *  that window's document is no longer shown in the top one. */
export function pointInTop(
  top: Document,
  target: EventTarget | null,
  x: number,
  y: number,
): { x: number; y: number } | null {
  const doc = eventDocument(top, target);
  const offset = doc === top ? { x: 0, y: 0 } : offsetInTop(doc, top);
  return offset ? { x: x + offset.x, y: y + offset.y } : null;
}

/** The word's box in the top document's viewport while it is in view: in its own document's viewport
 *  and, for a word in a frame, in every viewport above (a frame scrolled, or scrolled out of the page);
 *  null once it has left. */
export function wordInView(top: Document, range: Range): DOMRect | null {
  const local = range.getBoundingClientRect();
  if (local.width === 0 && local.height === 0) return null;
  let doc = range.startContainer.ownerDocument ?? top;
  let rect = local;
  for (let depth = 0; depth < 8; depth++) {
    const height = doc.defaultView?.innerHeight ?? 0;
    if (rect.bottom < 0 || rect.top > height) return null;
    if (doc === top) return rect;
    const frame = doc.defaultView?.frameElement;
    if (!frame) return null;
    const offset = frameViewportOffset(frame);
    rect = new DOMRect(rect.left + offset.x, rect.top + offset.y, rect.width, rect.height);
    doc = frame.ownerDocument;
  }
  return null;
}

/** What the clipper bundle registers for the hover (lib/tab/clipper-registry.ts): the frame reach is
 *  loaded on first need, so the content script stays small for pages without frames. */
export const frameTools: FrameTools = {
  reachFrames,
  documentAt: (top, x, y) => documentAt(top, x, y, extensionRootOf),
  focusedDocument: (top) => focusedDocument(top, extensionRootOf),
  eventDocument,
  pointInTop,
  wordInView,
};

/** The frame element a trusted event (the pointer entering it, its load) is about: its composed
 *  path's first node, so a frame inside an open shadow root counts. Inside a closed root the path
 *  stops at the root's host: the pointer's place, looked up through the roots `rootOf` reaches,
 *  finds the frame there. A page's forged events do not count. */
export function hintedFrame(event: Event, rootOf: RootOf = (el) => el.shadowRoot): Element | null {
  const target = event.isTrusted ? event.composedPath()[0] : null;
  if (!target || (target as Node).nodeType !== 1) return null;
  const el = target as Element;
  if (isFrameElement(el)) return el;
  if (!('clientX' in event) || !rootOf(el)) return null;
  const { clientX: x, clientY: y } = event as MouseEvent;
  const deep = deepElementFromPoint(el.ownerDocument, x, y, rootOf, el);
  return deep && isFrameElement(deep) ? deep : null;
}

/** The document of the window an event reached: the top's, or a frame's. */
export function eventDocument(top: Document, target: EventTarget | null): Document {
  return target && target !== top.defaultView ? ((target as Window).document ?? top) : top;
}
