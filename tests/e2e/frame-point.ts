// Where a word inside a frame is on screen, for moving a real pointer onto it: the frame's content box
// (border and padding in) in the top document's viewport, plus the word's box in the frame's own
// viewport. Written once for the Chromium (playwright-core) and Firefox (the journeys' driver) tests.
// A same-origin or about:blank frame is measured in one evaluation from the top document; a frame of
// another origin (its document unreachable from the top) in two, the second in the frame itself.

/** Anything that evaluates a function in a document: a playwright Page or Frame, a journeys Tab. */
export interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
}

/** The iframe element: `id` in the document, or in the open shadow root of element `host`, or in the
 *  (closed) shadow root the page keeps at window property path `root` ('closedRoot', 'roots.late'). */
export interface FrameRef {
  id: string;
  host?: string;
  root?: string;
}

export interface WordRef {
  /** The first occurrence of `needle` in element #`textId`'s first text node (any text node, if no id). */
  needle: string;
  textId?: string;
  /** Characters [offset, offset + length) of the occurrence (default the first one). */
  offset?: number;
  length?: number;
}

export interface WordBox {
  left: number;
  top: number;
  width: number;
  height: number;
  /** The centre. */
  x: number;
  y: number;
}

interface Locate {
  frame: FrameRef | null;
  word: WordRef | null;
}

/** Page-side (self-contained: serialised into the page): the offset of the frame's content box in
 *  this viewport, and the word's box in the frame's document (this document without a frame). */
function locate({ frame, word }: Locate) {
  let doc: Document = document;
  let dx = 0;
  let dy = 0;
  if (frame) {
    let scope: Document | ShadowRoot | null = document;
    if (frame.host) scope = document.getElementById(frame.host)?.shadowRoot ?? null;
    if (frame.root) {
      let value: unknown = window;
      for (const key of frame.root.split('.')) value = (value as Record<string, unknown> | null)?.[key];
      scope = value as ShadowRoot | null;
    }
    const element = scope?.getElementById(frame.id) as HTMLIFrameElement | null | undefined;
    if (!element) throw new Error(`no frame #${frame.id}`);
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    dx = box.left + element.clientLeft + Number.parseFloat(style.paddingLeft);
    dy = box.top + element.clientTop + Number.parseFloat(style.paddingTop);
    if (word) doc = element.contentDocument as Document;
  }
  if (!word) return { left: dx, top: dy, width: 0, height: 0 };
  let node: Text | null = null;
  if (word.textId) node = doc.getElementById(word.textId)?.firstChild as Text | null;
  else {
    const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && !node; n = walker.nextNode())
      if ((n as Text).data.includes(word.needle)) node = n as Text;
  }
  const at = node ? node.data.indexOf(word.needle) : -1;
  if (!node || at < 0) throw new Error(`text not found: ${word.needle}`);
  const range = doc.createRange();
  range.setStart(node, at + (word.offset ?? 0));
  range.setEnd(node, at + (word.offset ?? 0) + (word.length ?? 1));
  const r = range.getBoundingClientRect();
  return { left: r.left + dx, top: r.top + dy, width: r.width, height: r.height };
}

const withCentre = (b: Omit<WordBox, 'x' | 'y'>): WordBox => ({
  ...b,
  x: b.left + b.width / 2,
  y: b.top + b.height / 2,
});

/** The box (top viewport) of a word in a same-origin or about:blank frame of `page`. */
export async function wordInFrame(page: Evaluates, frame: FrameRef, word: WordRef): Promise<WordBox> {
  return withCentre(await page.evaluate(locate, { frame, word }));
}

/** The box (top viewport) of a word in a frame of another origin: `inner` evaluates in the frame's
 *  own document (a playwright Frame, or the driver's frame of a tab). */
export async function wordInCrossOriginFrame(
  page: Evaluates,
  frame: FrameRef,
  inner: Evaluates,
  word: WordRef,
): Promise<WordBox> {
  const offset = await page.evaluate(locate, { frame, word: null });
  const box = await inner.evaluate(locate, { frame: null, word });
  return withCentre({ ...box, left: box.left + offset.left, top: box.top + offset.top });
}
