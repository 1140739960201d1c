// The article underliner: collects the article's text (one string, with where each piece came from),
// so the background can find the glossary terms in it with one message, and turns the matches back
// into DOM Ranges for the CSS Custom Highlight API (the page's DOM is never changed).

import { detectArticleSliced } from '../article/detect';
import { MAX_MATCH_TEXT } from '../dispatch/validate';
import type { Result } from '../messages';
import { blockOf, isPageText, OWN_UI_ATTRIBUTE } from '../page-text/model';

export interface CollectedText {
  text: string;
  pieces: { node: Text; at: number }[];
}

/** All visible-text nodes under `root`, concatenated, up to `max` characters. Nodes are joined with no
 *  separator (terms may cross inline tags) except that a node ending a block is followed by "\n" so no
 *  match spans two paragraphs. */
export function collectText(root: Element, max: number, skip?: (el: Element) => boolean): CollectedText {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !isPageText(node, root) || skip?.(parent)) return 2; // reject
      return 1;
    },
  });
  let text = '';
  const pieces: CollectedText['pieces'] = [];
  let lastBlock: Element | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node);
    const gap = lastBlock && block !== lastBlock ? '\n' : '';
    if (text.length + gap.length + node.data.length > max) break;
    text += gap;
    lastBlock = block;
    pieces.push({ node, at: text.length });
    text += node.data;
  }
  return { text, pieces };
}

/** DOM Ranges for spans [start, end) of the collected text. */
export function rangesFor(
  doc: Document,
  collected: CollectedText,
  spans: readonly { start: number; end: number }[],
): Range[] {
  const { pieces } = collected;
  const ranges: Range[] = [];
  let p = 0;
  const locate = (offset: number, preferEnd: boolean): { node: Text; offset: number } | null => {
    while (p < pieces.length) {
      const piece = pieces[p]!;
      const end = piece.at + piece.node.data.length;
      if (offset < end || (preferEnd && offset === end)) {
        if (offset < piece.at) return null;
        return { node: piece.node, offset: offset - piece.at };
      }
      p++;
    }
    return null;
  };
  for (const span of spans) {
    const startPiece = p;
    const start = locate(span.start, false);
    const end = start ? locate(span.end, true) : null;
    if (!start || !end) {
      p = startPiece;
      continue;
    }
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    ranges.push(range);
  }
  return ranges;
}

/** The element holding the detected article: the nearest common ancestor of the elements holding its
 *  first and last paragraphs. Falls back to the body. */
export function articleRoot(doc: Document, paragraphs: readonly string[]): Element | null {
  const body = doc.body;
  if (!body) return null;
  // The deepest element whose text holds the paragraph's opening (paragraphs may span inline tags).
  const find = (paragraph: string | undefined): Element | null => {
    const probe = paragraph?.replace(/\s+/g, '').slice(0, 12);
    if (!probe) return null;
    let best: Element | null = null;
    // Paragraph-level elements only: their text is short, so this stays linear in the page's text.
    for (const el of Array.from(
      body.querySelectorAll('p,li,h1,h2,h3,h4,h5,h6,blockquote,td,dd,figcaption,pre'),
    )) {
      if (el.closest('script, style, noscript')) continue;
      if (!(el.textContent ?? '').replace(/\s+/g, '').includes(probe)) continue;
      if (!best || best.contains(el)) best = el;
    }
    return best;
  };
  const first = find(paragraphs[0]);
  const last = find(paragraphs[paragraphs.length - 1]);
  if (!first || !last) return body;
  const range = doc.createRange();
  range.setStartBefore(first);
  range.setEndAfter(last);
  const common = range.commonAncestorContainer;
  return (common.nodeType === 1 ? (common as Element) : common.parentElement) ?? body;
}

/** The ranges of the glossary terms in the detected article (or the body), asked of the background
 *  with one message; null when there is nothing to underline or the answer failed. */
export async function underlineArticle(
  doc: Document,
  glossaryMatches: (text: string) => Promise<Result<{ start: number; end: number }[]>>,
): Promise<Range[] | null> {
  // In slices, as the content script detects: one blocking pass is a long task on a big page.
  const article = await detectArticleSliced(doc, doc.location?.href ?? '');
  const root = articleRoot(doc, article.isArticle ? article.paragraphs : []);
  if (!root) return null;
  const collected = collectText(root, MAX_MATCH_TEXT, (el) => el.closest(`[${OWN_UI_ATTRIBUTE}]`) !== null);
  const answer = await glossaryMatches(collected.text);
  return answer.ok ? rangesFor(doc, collected, answer.value) : null;
}
