// The sentence a word was met in, read from the page at save time: the text of the word's block
// (paragraph, list item, cell …) across inline elements, cut at sentence punctuation around the word.
// Pure: takes the text node and offset the hover card already has, and touches nothing on the page.
import type { ContextInput } from './types';

/** Elements whose text is a block of its own: a sentence never runs across them. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/** Text that is not part of the sentence: code, and ruby annotations (pinyin over characters). */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'RT', 'RP', 'TEXTAREA']);
/** Where a sentence ends. */
const END = /[。！？!?；;…\n]/;
/** Closing marks that belong to the sentence before them (。」 ？” ）). */
const CLOSERS = /[」』”’）)】〕》〉"'\s]/;

/** Longest sentence kept (characters); longer ones are cut to a window around the word. */
export const MAX_CONTEXT = 300;

export interface SentenceContext {
  sentence: string;
  start: number;
  length: number;
}

function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  while (el && !BLOCKS.has(el.tagName.toUpperCase())) el = el.parentElement;
  return el ?? node.parentElement;
}

function skipped(node: Node, block: Element): boolean {
  for (let el = node.parentElement; el && el !== block; el = el.parentElement) {
    if (SKIP.has(el.tagName.toUpperCase()) || BLOCKS.has(el.tagName.toUpperCase())) return true;
  }
  return false;
}

/** The block's text (nested blocks and skipped elements left out) and where `target` starts in it. */
function blockText(block: Element, target: Text): { text: string; at: number } {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  let at = -1;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n !== target && skipped(n, block)) continue;
    if (n === target) at = length;
    const value = (n as Text).data;
    parts.push(value);
    length += value.length;
  }
  return at < 0 ? { text: target.data, at: 0 } : { text: parts.join(''), at };
}

/** The sentence around `text[from, from + length)`, with the word's place in it. */
export function sentenceAround(
  text: string,
  from: number,
  length: number,
  max = MAX_CONTEXT,
): SentenceContext {
  let start = from;
  while (start > 0 && !END.test(text.charAt(start - 1))) start--;
  while (start < from && CLOSERS.test(text.charAt(start))) start++; // the previous sentence's 」 and spaces
  let end = from + length;
  while (end < text.length && !END.test(text.charAt(end))) end++;
  if (end < text.length && text.charAt(end) !== '\n') end++; // keep the full stop
  while (end < text.length && CLOSERS.test(text.charAt(end)) && text.charAt(end) !== '\n') end++;
  while (end > from + length && /\s/.test(text.charAt(end - 1))) end--;
  if (end - start > max) {
    const half = Math.max(0, Math.floor((max - length) / 2));
    start = Math.max(start, from - half);
    end = Math.min(end, start + max);
  }
  const sentence = text.slice(start, end).replace(/[\t\r\n]/g, ' ');
  return { sentence, start: from - start, length };
}

/** The sentence around the word at `offset` in text node `node` (the word `length` code units long,
 *  possibly running on into the next inline element). */
export function sentenceAt(node: Text, offset: number, length: number, max = MAX_CONTEXT): SentenceContext {
  const block = blockOf(node);
  const { text, at } = block ? blockText(block, node) : { text: node.data, at: 0 };
  const from = Math.min(at + Math.max(0, offset), text.length);
  return sentenceAround(text, from, Math.max(0, Math.min(length, text.length - from)), max);
}

/** Where the page is: what a saved context records besides the sentence. */
export interface PageInfo {
  url: string;
  title: string;
  site: string | null;
  published: string | null;
  clippingId: number | null;
}

/** The `context` of a `saveWord` message for the word at `offset` in `node`. */
export function wordContext(node: Text, offset: number, length: number, page: PageInfo): ContextInput {
  return { ...sentenceAt(node, offset, length), ...page };
}
