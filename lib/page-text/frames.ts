// The documents of frames the extension may read (same-origin and about:blank frames; a cross-origin
// frame's document is null or throws, and is left alone), and where each one's viewport sits in the
// top document's: the hover works in the top document's coordinates and reaches down into frames.
// Pure functions over the documents they are given; the isolated world sees the DOM's own getters,
// not a page's overrides of `contentDocument` or `frameElement`.

/** How an element's shadow root is reached: the open one by default; the hover passes the browser's
 *  extension API (closed roots too: chrome.dom.openOrClosedShadowRoot, Firefox's
 *  element.openOrClosedShadowRoot), so a frame inside a component's closed root is found as well. */
export type RootOf = (el: Element) => ShadowRoot | null;
const openRoot: RootOf = (el) => el.shadowRoot;

/** A point in a document's viewport (CSS px). */
export interface Point {
  x: number;
  y: number;
}

const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);
/** How deep frames nest before we stop looking (a page can nest same-origin frames without end). */
const MAX_DEPTH = 8;

export function isFrameElement(el: Element): boolean {
  return FRAME_TAGS.has(el.tagName.toUpperCase());
}

/** The document inside a frame element when it is ours to read, else null (cross-origin, not loaded). */
export function frameDocument(el: Element): Document | null {
  if (!isFrameElement(el)) return null;
  try {
    const doc = (el as HTMLIFrameElement).contentDocument;
    return doc?.documentElement ? doc : null;
  } catch {
    return null; // cross-origin: not ours to read
  }
}

/** Where the frame's viewport (its content box) starts in the viewport of the frame's own document. */
export function frameViewportOffset(frame: Element): Point {
  const box = frame.getBoundingClientRect();
  const view = frame.ownerDocument.defaultView;
  const style = view?.getComputedStyle(frame);
  const px = (value: string | undefined): number => Number.parseFloat(value ?? '') || 0;
  return {
    x: box.left + frame.clientLeft + px(style?.paddingLeft),
    y: box.top + frame.clientTop + px(style?.paddingTop),
  };
}

/** The frame element `doc` is shown in, when the parent may be read; null for the top or a
 *  cross-origin parent. */
function hostFrameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** Where `doc`'s viewport starts in `top`'s viewport: (0, 0) for `top` itself; null when `doc` is not
 *  shown inside `top` through frames we can read. */
export function offsetInTop(doc: Document, top: Document): Point | null {
  let x = 0;
  let y = 0;
  let current = doc;
  for (let depth = 0; current !== top; depth++) {
    const frame = hostFrameOf(current);
    if (!frame || depth >= MAX_DEPTH) return null;
    const offset = frameViewportOffset(frame);
    x += offset.x;
    y += offset.y;
    current = frame.ownerDocument;
  }
  return { x, y };
}

/** The innermost document we may read under the point (given in `top`'s viewport), with the point in
 *  that document's viewport: descends through same-origin and about:blank frames. */
export function documentAt(
  top: Document,
  x: number,
  y: number,
  rootOf: RootOf = openRoot,
): { doc: Document } & Point {
  let doc = top;
  let point = { x, y };
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    const el = deepElementFromPoint(doc, point.x, point.y, rootOf);
    const inner = el ? frameDocument(el) : null;
    if (!el || !inner) break;
    const offset = frameViewportOffset(el);
    point = { x: point.x - offset.x, y: point.y - offset.y };
    doc = inner;
  }
  return { doc, ...point };
}

/** The element at the point (of `doc`'s viewport), looking into the shadow roots `rootOf` reaches (a
 *  frame inside a component); `from` starts the descent at an element already known to be there. */
export function deepElementFromPoint(
  doc: Document,
  x: number,
  y: number,
  rootOf: RootOf = openRoot,
  from: Element | null = doc.elementFromPoint(x, y),
): Element | null {
  let el = from;
  for (let depth = 0; el && depth < MAX_DEPTH; depth++) {
    const root = rootOf(el);
    const inner = root?.elementFromPoint(x, y);
    if (!inner || inner === el) break;
    el = inner;
  }
  return el;
}

/** The document holding the focus: descends from `top` through focused frames we may read. */
export function focusedDocument(top: Document, rootOf: RootOf = openRoot): Document {
  let doc = top;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    let active = doc.activeElement;
    // A focused frame inside a shadow root: the document's active element is the root's host.
    for (let d = 0; active && d < MAX_DEPTH; d++) {
      const inner: Element | null | undefined = rootOf(active)?.activeElement;
      if (!inner) break;
      active = inner;
    }
    const inner = active ? frameDocument(active) : null;
    if (!inner) break;
    doc = inner;
  }
  return doc;
}
