// What the review page shows: text in the script the reader chose, snippets around search matches,
// and sanitised HTML with its text converted. Pure functions; the page passes the converter and the
// document (for parsing HTML).
import type { Clipping } from '../types';
import { matchRanges } from './search';

export interface Segment {
  text: string;
  hit: boolean;
}

/** `text` cut into plain and matching segments, for <mark>ing the search terms. */
export function highlightSegments(text: string, terms: string[]): Segment[] {
  const ranges = terms.length ? matchRanges(text, terms) : [];
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** A one-line excerpt of `text`, starting a little before the first match when there is one. */
export function snippet(text: string, terms: string[], length = 140): string {
  const flat = text.replace(/\s+/g, ' ');
  const first = terms.length ? matchRanges(flat, terms)[0] : undefined;
  const start = first ? Math.max(0, first[0] - 30) : 0;
  return (start > 0 ? '…' : '') + flat.slice(start, start + length);
}

/** Sanitised HTML (the caller sanitised it) with every text node converted. */
export function convertHtml(doc: Document, html: string, convert: (text: string) => string): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  const walker = doc.createTreeWalker(template.content, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const node = n as Text;
    const next = convert(node.data);
    if (next !== node.data) node.data = next;
  }
  return template.innerHTML;
}

/** Comma- (or 、/，-) separated tags from what the user typed. */
export function parseTags(input: string): string[] {
  return input
    .split(/[,，、;；]/)
    .map((t) => t.trim())
    .filter(Boolean);
}

/** The script a clipping opens in: the one the user was reading when it was saved (an article is
 *  stored in the page's original script), or its own when that is not known. */
export function openingScript(
  clipping: Pick<Clipping, 'script' | 'shownScript'>,
): 'original' | 'hans' | 'hant' {
  const shown = clipping.shownScript;
  if (!shown || shown === clipping.script) return 'original';
  if (shown === 'zh-Hans') return 'hans';
  if (shown === 'zh-Hant') return 'hant';
  return 'original';
}
