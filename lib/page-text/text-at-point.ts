// Finds the character under the pointer and the text that follows it, for the hover dictionary.
// Takes the document as a parameter; no state. What counts as text: ./model.ts.
import {
  blockOf as blockElementOf,
  isBoundaryElement,
  isSkippedElement,
  OPEN_ROOTS_ONLY,
  type PageTextHooks,
} from './model';

export interface TextPosition {
  node: Text;
  offset: number;
}

/** A run of text gathered forward from a position, with where each piece came from. */
export interface TextRun {
  text: string;
  pieces: { node: Text; start: number; end: number }[];
}

export const HAN = /\p{Script=Han}/u;

/** Shadow roots under the point, outermost first: the open ones by default; `hooks` may reach more. */
function shadowRootsAt(doc: Document, x: number, y: number, hooks: PageTextHooks): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  let element = doc.elementFromPoint(x, y);
  let root = element && hooks.shadowRootOf(element);
  while (root && roots.length < 8) {
    roots.push(root);
    const inner: Element | null = root.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
    root = hooks.shadowRootOf(inner);
  }
  return roots;
}

type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => CaretPosition | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position nearest the point, also inside open shadow roots. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  hooks: PageTextHooks = OPEN_ROOTS_ONLY,
): TextPosition | null {
  const d = doc as CaretDoc;
  let node: Node | null = null;
  let offset = 0;
  if (typeof d.caretPositionFromPoint === 'function') {
    const position = d.caretPositionFromPoint(x, y, { shadowRoots: shadowRootsAt(doc, x, y, hooks) });
    node = position?.offsetNode ?? null;
    offset = position?.offset ?? 0;
  } else if (typeof d.caretRangeFromPoint === 'function') {
    const range = d.caretRangeFromPoint(x, y);
    node = range?.startContainer ?? null;
    offset = range?.startOffset ?? 0;
  }
  if (node?.nodeType !== 3) return null;
  return { node: node as Text, offset };
}

function rectContains(rect: DOMRect, x: number, y: number): boolean {
  return rect.width > 0 && x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom;
}

/** Whether the character at `offset` (both halves of a surrogate pair) has a box containing the point. */
function charContains(doc: Document, node: Text, offset: number, x: number, y: number): boolean {
  if (offset < 0 || offset >= node.data.length) return false;
  if (isLowSurrogate(node.data.charCodeAt(offset)) && offset > 0) return false; // the pair's start is checked
  const range = doc.createRange();
  const end = isHighSurrogate(node.data.charCodeAt(offset)) ? offset + 2 : offset + 1;
  range.setStart(node, offset);
  range.setEnd(node, Math.min(end, node.data.length));
  return Array.from(range.getClientRects()).some((rect) => rectContains(rect, x, y));
}

/** How far from the caret we look for the character under the pointer when the caret's neighbours are
 *  not it (bidi text: in a right-to-left paragraph the caret of a left-to-right run's first and last
 *  characters lands at the run's other end). */
const BIDI_SCAN = 256;

/** The character really under the pointer (the caret snaps to the nearest boundary, so we check the
 *  characters on both sides and require the point to be inside one's box). Null over empty space. */
export function characterAt(
  doc: Document,
  x: number,
  y: number,
  hooks: PageTextHooks = OPEN_ROOTS_ONLY,
): TextPosition | null {
  const caret = caretAt(doc, x, y, hooks);
  if (!caret) return null;
  const { node } = caret;
  for (const offset of [caret.offset, caret.offset - 1]) {
    if (charContains(doc, node, offset, x, y)) return { node, offset };
  }
  // Not beside the caret: only when the point is on this text at all (one check over blank space), the
  // character whose box holds it, nearest the caret first.
  const whole = doc.createRange();
  whole.selectNodeContents(node);
  if (!Array.from(whole.getClientRects()).some((rect) => rectContains(rect, x, y))) return null;
  for (let d = 1; d <= BIDI_SCAN; d++) {
    if (caret.offset + d >= node.data.length && caret.offset - 1 - d < 0) break;
    if (charContains(doc, node, caret.offset + d, x, y)) return { node, offset: caret.offset + d };
    if (charContains(doc, node, caret.offset - 1 - d, x, y)) return { node, offset: caret.offset - 1 - d };
  }
  return null;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function blockOf(node: Node): Node {
  // Inside a shadow root without a block ancestor, the root itself bounds the text.
  return blockElementOf(node) ?? node.getRootNode();
}

/** Up to `max` characters from `start`, continuing into following text nodes of the same block (so
 *  `<b>头</b>发` reads as 头发), never into scripts, ruby annotations or the next block. */
export function textFrom(start: TextPosition, max = 16): TextRun {
  const doc = start.node.ownerDocument;
  const pieces: TextRun['pieces'] = [];
  let text = '';
  const take = (node: Text, from: number): void => {
    const end = Math.min(node.data.length, from + (max - text.length));
    if (end <= from) return;
    pieces.push({ node, start: from, end });
    text += node.data.slice(from, end);
  };
  take(start.node, start.offset);
  const block = blockOf(start.node);
  const walker = doc.createTreeWalker(block, 1 | 4); // elements and text
  walker.currentNode = start.node;
  while (text.length < max) {
    const next = walker.nextNode();
    if (!next) break;
    if (next.nodeType === 1) {
      if (isSkippedElement(next as Element)) {
        // Skip the element's subtree: jump past its last descendant.
        let last: Node = next;
        while (last.lastChild) last = last.lastChild;
        walker.currentNode = last;
        continue;
      }
      if (isBoundaryElement(next as Element)) break;
      continue;
    }
    take(next as Text, 0);
  }
  return { text, pieces };
}

/** A Range covering the first `length` characters of a run (for highlighting the matched word). */
export function rangeOf(doc: Document, run: TextRun, length: number): Range | null {
  if (length <= 0 || run.pieces.length === 0) return null;
  const range = doc.createRange();
  const first = run.pieces[0]!;
  range.setStart(first.node, first.start);
  let remaining = length;
  for (const piece of run.pieces) {
    const size = piece.end - piece.start;
    if (remaining <= size) {
      range.setEnd(piece.node, piece.start + remaining);
      return range;
    }
    remaining -= size;
  }
  const last = run.pieces[run.pieces.length - 1]!;
  range.setEnd(last.node, last.end);
  return range;
}

/** Up to `max` characters just before `start`, from the same block (the mirror of textFrom), for the
 *  lookup's segmentation hint. */
export function textBefore(start: TextPosition, max = 16): string {
  let text = start.node.data.slice(Math.max(0, start.offset - max), start.offset);
  const doc = start.node.ownerDocument;
  const block = blockOf(start.node);
  const walker = doc.createTreeWalker(block, 1 | 4);
  walker.currentNode = start.node;
  while (text.length < max) {
    const previous = walker.previousNode();
    if (!previous || previous === block) break;
    if (previous.nodeType === 1) {
      if (isBoundaryElement(previous as Element) && !isSkippedElement(previous as Element)) break;
      continue;
    }
    // Text inside scripts or ruby annotations is not part of the sentence.
    if (previous.parentElement && isSkippedElement(previous.parentElement)) continue;
    const data = (previous as Text).data;
    text = data.slice(Math.max(0, data.length - (max - text.length))) + text;
  }
  return text;
}

/** The position `count` code units after the start of a run (for "next word"), or null past its end. */
export function positionInRun(run: TextRun, count: number): TextPosition | null {
  let remaining = count;
  for (const piece of run.pieces) {
    const size = piece.end - piece.start;
    if (remaining < size) return { node: piece.node, offset: piece.start + remaining };
    remaining -= size;
  }
  return null;
}
