// Text-quote anchors: where a selection sits in a page's text, saved with it, found again later, also
// when the page shows the other script (both sides are folded one character for one, so offsets in
// the folded text are offsets in the page). Pure DOM code: runs on happy-dom in tests.
import type { TextQuoteAnchor } from '../types';
import { blockOf, pageTextFilter } from './model';

export const CONTEXT_CHARS = 32;

/** The page's visible-ish text as one string, with the text node at each offset. A block boundary
 *  counts as one "\n" so sentences do not run across paragraphs. */
export interface TextIndex {
  text: string;
  nodes: Text[];
  starts: number[];
}

export function buildTextIndex(doc: Document): TextIndex {
  const root = doc.body;
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let length = 0;
  if (!root) return { text: '', nodes, starts };
  // Page text as hover reads it (ruby annotations left out), so a saved passage re-anchors where hover sees it.
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */, pageTextFilter(root));
  let lastBlock: Node | null = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    if (node.data.length === 0) continue;
    const block = blockOf(node);
    if (nodes.length > 0 && block !== lastBlock) {
      parts.push('\n');
      length += 1;
    }
    lastBlock = block;
    nodes.push(node);
    starts.push(length);
    parts.push(node.data);
    length += node.data.length;
  }
  return { text: parts.join(''), nodes, starts };
}

/** The offset in `index.text` of a DOM boundary point. */
export function offsetOf(index: TextIndex, container: Node, offset: number): number {
  if (container.nodeType === 3) {
    const i = index.nodes.indexOf(container as Text);
    if (i >= 0) return index.starts[i]! + offset;
  }
  const owner = container.nodeType === 9 ? (container as Document) : container.ownerDocument;
  if (!owner) return 0;
  const probe = owner.createRange();
  probe.setStart(container, offset);
  // The first indexed text node at or after the point (nodes are in document order).
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(index.nodes[mid]!, 0) >= 0) hi = mid;
    else lo = mid + 1;
  }
  return lo < index.nodes.length ? index.starts[lo]! : index.text.length;
}

/** The node and offset holding text offset `at`; `end` prefers the end of a node over the next start. */
function pointAt(index: TextIndex, at: number, end: boolean): { node: Text; offset: number } | null {
  let lo = 0;
  let hi = index.nodes.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const s = index.starts[mid]!;
    if (s < at || (!end && s === at)) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[lo];
  if (!node) return null;
  const offset = Math.min(Math.max(at - index.starts[lo]!, 0), node.data.length);
  return { node, offset };
}

export function rangeOfOffsets(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  const a = pointAt(index, start, false);
  const b = pointAt(index, end, true);
  if (!a || !b) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  return range;
}

const TERMINATOR = /[。！？!?；;\n]/;

/** The sentence(s) around [start, end): back to the previous terminator, on to the next one. */
export function sentenceAround(text: string, start: number, end: number, max = 300): string {
  let s = start;
  while (s > 0 && start - s < max && !TERMINATOR.test(text[s - 1]!)) s--;
  let e = end;
  while (e < text.length && e - end < max && !TERMINATOR.test(text[e - 1] ?? '')) e++;
  if (e > end && e <= text.length && text[e - 1] === '\n') e--;
  return text.slice(s, e).trim();
}

export interface Capture {
  anchor: TextQuoteAnchor;
  sentence: string;
}

/** The anchor and sentence of a range (the user's selection), or null when it holds no text. */
export function captureRange(doc: Document, range: Range, index = buildTextIndex(doc)): Capture | null {
  const start = offsetOf(index, range.startContainer, range.startOffset);
  const end = offsetOf(index, range.endContainer, range.endOffset);
  const exact = index.text.slice(start, end);
  if (!exact.trim()) return null;
  return {
    anchor: {
      exact,
      prefix: index.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
      suffix: index.text.slice(end, end + CONTEXT_CHARS),
      position: start,
    },
    sentence: sentenceAround(index.text, start, end),
  };
}

/** The canonical URL the page declares, when it is an http(s) URL. */
export function canonicalUrlOf(doc: Document): string | null {
  const href = doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href');
  if (!href) return null;
  try {
    const url = new URL(href, doc.baseURI);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
