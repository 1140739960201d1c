// The hover's view of frames from the content script (issue 15 §2). The frame reach itself
// (lib/hover/frames.ts: listening on frame windows, hit-testing down through frames, coordinates) ships in
// the clipper bundle and is loaded when the page has a frame, so a page without frames pays nothing for it
// (the content script stays within its size budget). Until it is loaded, TOP_ONLY serves the top document.
import { createMarks, type Marks } from '../page-text/highlights';
import { extensionShadowRoot } from '../page-text/shadow-root';

export interface FrameHandlers {
  mousemove: (event: MouseEvent) => void;
  keydown: (event: KeyboardEvent) => void;
  scroll: (event: Event) => void;
  /** A tap in `win` at (x, y) of that window's viewport. */
  tap: (win: Window, point: { x: number; y: number }) => void;
}

export interface FrameReach {
  /** Listens on the window of `frame` (and so on frames nested in it) when its document may be read.
   *  Given a closed root's host (see frameHint), the frame under `at`'s pointer inside that root. */
  reach(frame: Element, at?: Event): void;
  stop(): void;
}

export interface FrameTools {
  reachFrames(top: Document, handlers: FrameHandlers): FrameReach;
  /** The innermost readable document under a point of the top viewport, with the point in it. */
  documentAt(top: Document, x: number, y: number): { doc: Document; x: number; y: number };
  focusedDocument(top: Document): Document;
  /** The document of the window an event reached: the top's, or a frame's. */
  eventDocument(top: Document, target: EventTarget | null): Document;
  /** A point of the viewport of the window an event reached, in the top's; null when not shown. */
  pointInTop(
    top: Document,
    target: EventTarget | null,
    x: number,
    y: number,
  ): { x: number; y: number } | null;
  /** The word's box in the top viewport while it is in view (in every viewport up to the top), else null. */
  wordInView(top: Document, range: Range): DOMRect | null;
}

/** What a trusted pointer entering (or a load) is about: a frame element; or, while the reach is not
 *  loaded, the host of a shadow root (a closed one too) holding a frame, where the event's path stops
 *  for a closed root. The reach, once loaded, finds such frames itself (lib/hover/frames.ts). */
export function frameHint(event: Event, reachLoaded: boolean): Element | null {
  const target = event.isTrusted ? event.composedPath()[0] : null;
  if (!(target instanceof Element)) return null;
  if (target.tagName === 'IFRAME' || target.tagName === 'FRAME') return target;
  const host = !reachLoaded && event instanceof MouseEvent ? target : null;
  return host && extensionShadowRoot(host)?.querySelector('iframe, frame') ? host : null;
}

/** The top document only: no frame is reached yet. */
export const TOP_ONLY: Omit<FrameTools, 'reachFrames'> = {
  documentAt: (top, x, y) => ({ doc: top, x, y }),
  focusedDocument: (top) => top,
  eventDocument: (top) => top,
  pointInTop: (_top, _target, x, y) => ({ x, y }),
  wordInView(top, range) {
    const rect = range.getBoundingClientRect();
    const gone = rect.width === 0 && rect.height === 0;
    return gone || rect.bottom < 0 || rect.top > (top.defaultView?.innerHeight ?? 0) ? null : rect;
  },
};

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
