// Hover inside frames (issue 15 §2). Design: the top frame's content script reaches the documents of
// same-origin and about:blank frames itself (as the converter does, lib/convert/page/dom-scopes.ts) and
// listens on their windows; the card stays ONE card in the top document's guarded host (closed shadow
// root, top layer, re-mounted, lib/hover/host.ts), placed at the frame's offset, so a small frame never
// clips it and the page's frame gets no UI of ours. Why not a content script per frame: activeTab
// reaches only the top origin, a second script in a same-origin frame would show a second card and
// keep its own hover state, and about:blank frames written by their parent get no script at all.
// Frames we cannot read (cross-origin, without a grant) are never touched.
//
// Frames come and go: a frame's `load` (captured on the parent's window) and the pointer entering a
// frame element (mouseover in the parent) make us look again. Those events may be the page's own:
// they carry nothing we use, they only trigger a look; moves and keys are checked for isTrusted by
// the transition (state.ts) as in the top frame. Listening again is idempotent (same listener objects),
// which also answers a document.open() in an about:blank frame that erased our listeners.
import {
  frameDocument,
  frameViewportOffset,
  isFrameElement,
  offsetInTop,
  readableFrameDocuments,
  rectInTop,
} from '../page-text/frames';
import { createMarks, type Marks } from '../page-text/highlights';
import { listenForTaps } from './touch';

export interface FrameHandlers {
  mousemove: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  scroll: (event: Event) => void;
  /** A tap in `win` at (x, y) of that window's viewport. */
  tap: (win: Window, point: { x: number; y: number }) => void;
}

export interface FrameReach {
  /** Looks for frame documents again and listens on every one found. */
  rescan(): void;
  stop(): void;
}

const PASSIVE = { capture: true, passive: true } as const;
const CAPTURE = { capture: true } as const;
/** Frames inside shadow roots remembered at most (a page may hold many). */
const MAX_ENTERED = 64;

export function reachFrames(top: Document, handlers: FrameHandlers): FrameReach {
  /** Frame documents listened on, with the function that stops their tap listener. */
  const reached = new Map<Document, () => void>();
  const topWin = top.defaultView;

  /** Frame elements the pointer entered that a scan of the documents may not find (inside a shadow
   *  root): kept while connected. */
  const entered = new Set<Element>();

  const onFrameEvent = (event: Event): void => {
    // Only the browser's own events (a page could dispatch them in a loop to keep us scanning).
    if (!event.isTrusted) return;
    // The innermost target: a frame inside an open shadow root is retargeted to its host.
    const target = event.composedPath()[0] ?? event.target;
    if (!target || (target as Element).nodeType !== 1 || !isFrameElement(target as Element)) return;
    if (event.type === 'mouseover' && entered.size < MAX_ENTERED) entered.add(target as Element);
    rescan();
  };

  /** The frame documents to listen on: those a scan finds, and those of frames the pointer entered. */
  const frameDocuments = (): Document[] => {
    const docs = readableFrameDocuments(top);
    for (const frame of entered) {
      const doc = frame.isConnected ? frameDocument(frame) : null;
      if (!doc) entered.delete(frame);
      else if (!docs.includes(doc)) docs.push(doc);
    }
    return docs;
  };

  const listenOn = (win: Window): void => {
    win.addEventListener('mousemove', handlers.mousemove, PASSIVE);
    win.addEventListener('keydown', handlers.keydown, CAPTURE);
    win.addEventListener('scroll', handlers.scroll, PASSIVE);
    win.addEventListener('load', onFrameEvent, PASSIVE);
    win.addEventListener('mouseover', onFrameEvent, PASSIVE);
  };

  const unlisten = (win: Window): void => {
    win.removeEventListener('mousemove', handlers.mousemove, CAPTURE);
    win.removeEventListener('keydown', handlers.keydown, CAPTURE);
    win.removeEventListener('scroll', handlers.scroll, CAPTURE);
    win.removeEventListener('load', onFrameEvent, CAPTURE);
    win.removeEventListener('mouseover', onFrameEvent, CAPTURE);
  };

  function rescan(): void {
    let docs: Document[];
    try {
      docs = frameDocuments();
    } catch {
      return; // a frame went away mid-scan: the next trigger looks again
    }
    for (const [doc, stopTaps] of reached) {
      if (docs.includes(doc)) continue;
      stopTaps();
      const win = doc.defaultView;
      if (win) unlisten(win);
      reached.delete(doc);
    }
    for (const doc of docs) {
      const win = doc.defaultView;
      if (!win) continue;
      listenOn(win);
      reached.get(doc)?.();
      reached.set(
        doc,
        listenForTaps(win, (point) => handlers.tap(win, point)),
      );
    }
  }

  topWin?.addEventListener('load', onFrameEvent, PASSIVE);
  topWin?.addEventListener('mouseover', onFrameEvent, PASSIVE);
  rescan();
  return {
    rescan,
    stop() {
      topWin?.removeEventListener('load', onFrameEvent, CAPTURE);
      topWin?.removeEventListener('mouseover', onFrameEvent, CAPTURE);
      for (const [doc, stopTaps] of reached) {
        stopTaps();
        const win = doc.defaultView;
        if (win) unlisten(win);
      }
      reached.clear();
    },
  };
}

/** The document of the window an event reached: the top's, or a frame's. */
export function eventDocument(top: Document, target: EventTarget | null): Document {
  return target && target !== top.defaultView ? ((target as Window).document ?? top) : top;
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

/** A word's box in the top document's viewport (a word in a frame is moved by the frame's offset). */
export function wordRectInTop(top: Document, range: Range): DOMRect {
  return rectInTop(range.getBoundingClientRect(), range.startContainer.ownerDocument ?? top, top);
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
    if (doc === top) return wordRectInTop(top, range);
    const frame = doc.defaultView?.frameElement;
    if (!frame) return null;
    const offset = frameViewportOffset(frame);
    rect = new DOMRect(rect.left + offset.x, rect.top + offset.y, rect.width, rect.height);
    doc = frame.ownerDocument;
  }
  return null;
}

/** Marks of one kind kept per document: a highlight registry belongs to one document, so a word in a
 *  frame is marked in the frame's (each with its own unguessable name). Setting one clears the rest. */
export function marksPerDocument(kind: string, declarations: string) {
  const all = new Map<Document, Marks>();
  return {
    set(doc: Document, ranges: readonly Range[]): void {
      for (const [other, marks] of all) if (other !== doc) marks.clear();
      let marks = all.get(doc);
      if (!marks) {
        marks = createMarks(doc, kind, declarations);
        all.set(doc, marks);
      }
      marks.set(ranges);
    },
    clear(): void {
      for (const marks of all.values()) marks.clear();
    },
    dispose(): void {
      for (const marks of all.values()) marks.dispose();
      all.clear();
    },
  };
}
