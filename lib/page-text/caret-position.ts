// The word at the caret, for people who do not use a mouse: where the user's selection (a caret placed
// with caret browsing, F7, or a selection made with Shift+arrows) points, as a text position the hover
// card can look up. Reads the selection only; never changes it.
import { isPageText, isSkippedElement } from './model';
import { HAN, type TextPosition } from './text-at-point';

/** How far past an element boundary we look for the first text (a caret between two inline tags). */
const MAX_STEPS = 64;

/** The point a keyboard user means: the caret itself when the selection is collapsed, else the start of
 *  the selection (the word they started selecting from). */
export function selectionPoint(selection: Selection | null): { node: Node; offset: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  if (selection.isCollapsed) {
    return selection.focusNode ? { node: selection.focusNode, offset: selection.focusOffset } : null;
  }
  const range = selection.getRangeAt(0);
  return { node: range.startContainer, offset: range.startOffset };
}

function isHanAt(text: Text, offset: number): boolean {
  const code = text.data.codePointAt(offset);
  return code !== undefined && HAN.test(String.fromCodePoint(code));
}

function skipped(node: Node): boolean {
  const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!parent) return true;
  // Our own UI, and places where the caret is the user's typing position, not reading.
  if (parent.closest('[data-wenzhai-ui]')) return true;
  if ((parent as HTMLElement).isContentEditable) return true;
  return isSkippedElement(parent) || !isPageText(parent);
}

function lastDescendant(node: Node): Node {
  let last = node;
  while (last.lastChild) last = last.lastChild;
  return last;
}

/** The first text node at or after a boundary point (an element's child index, or the end of a text). */
function firstTextFrom(doc: Document, node: Node, offset: number): TextPosition | null {
  let start: Node | null;
  if (node.nodeType === 3) {
    if (offset < (node as Text).data.length) return { node: node as Text, offset };
    start = node;
  } else {
    const child = node.childNodes[offset];
    if (child?.nodeType === 3) return { node: child as Text, offset: 0 };
    // Past the last child: continue after the element's last descendant.
    start = child ?? lastDescendant(node);
    if (child) {
      // Start inside the child: its first text is the next text node in document order.
      const walker = doc.createTreeWalker(child, 4);
      const inner = walker.nextNode();
      if (inner) return { node: inner as Text, offset: 0 };
    }
  }
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4);
  walker.currentNode = start;
  for (let i = 0; i < MAX_STEPS; i++) {
    const next = walker.nextNode() as Text | null;
    if (!next) return null;
    if (next.data.length > 0) return { node: next, offset: 0 };
  }
  return null;
}

/** The Chinese character the caret is on: the one after it, or — when the caret sits just after a word
 *  (end of a word, before punctuation or the end of a paragraph) — the one before it. Null when neither
 *  is a Han character, or when the caret is in an editable field or in Wenzhai's own UI. */
export function caretCharacter(doc: Document, selection: Selection | null): TextPosition | null {
  const point = selectionPoint(selection);
  if (!point) return null;
  const { node, offset } = point;
  if (skipped(node)) return null;
  const after = firstTextFrom(doc, node, offset);
  if (after && !skipped(after.node) && isHanAt(after.node, after.offset)) return after;
  if (node.nodeType === 3 && offset > 0) {
    const text = node as Text;
    // A character outside the BMP is two code units: step back over both.
    const back = offset >= 2 && /[\uDC00-\uDFFF]/.test(text.data[offset - 1] ?? '') ? offset - 2 : offset - 1;
    if (isHanAt(text, back)) return { node: text, offset: back };
  }
  return null;
}
