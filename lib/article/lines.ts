// The page flattened into lines of text in reading order, each with the counts the scorer needs.
// One read-only walk over the live DOM (no clone, no layout): the extension runs this on the user's
// page, so it must not mutate it and must not force style computation.

import { ARTICLE_EXTRA_SKIP, OWN_UI_ATTRIBUTE, PAGE_TEXT, RUBY_ANNOTATIONS } from '../page-text/model';
import { runSteps, type Steps } from './steps';

// What counts as text is the page-text model's (lib/page-text/model.ts), shared with hover, anchors
// and conversion. Elements that start a new line of text: the model's blocks; everything else is
// inline and joins the current line.
export const BLOCK_TAGS: ReadonlySet<string> = PAGE_TEXT.block;
// Never text: the model's skipped elements and ruby annotations (pinyin over the characters), plus the
// article's own exception, form controls and media (ARTICLE_EXTRA_SKIP).
export const SKIP_TAGS: ReadonlySet<string> = new Set([
  ...PAGE_TEXT.skip,
  ...RUBY_ANNOTATIONS,
  ...ARTICLE_EXTRA_SKIP,
]);
// A browser moves text out of a table's own structure (foster parenting): text found directly in one
// comes from a parser that left a <script> or <style> inside the table as text (happy-dom does).
export const TABLE_PARTS = new Set(['TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR']);
// Containers that are page furniture by their tag alone.
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'HEADER', 'MENU']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

// class/id words of boilerplate containers on Chinese portals and elsewhere (sina, 163, people, xinhua,
// thepaper, udn, ltn, hk01 use these: "side", "related", "hot_news", "comment", "share", "copyright"...).
const NEGATIVE_LABEL =
  /comment|reply|relat|recommend|sidebar|side[-_]?(?:bar|box|col|right|left)|\baside|footer|\bfoot|\bnav|menu|breadcrumb|crumb|share|social|copyright|disclaim|statement|shengming|hotnews|hot[-_]|rank|paihang|\bad[-_s]?\b|advert|\badv|banner|login|search|pager|pagination|popular|sponsor|promo|widget|subscribe|qrcode|erweima|toolbar|tags?\b|keyword|more[-_]|guess|youlike|feed|topbar|masthead|\bhead(?:er)?\b|bottom/i;
const POSITIVE_LABEL =
  /article|content|post|entry|story|detail|rich_media|js_content|main|body|text|zw|cont\b|TRS_Editor|news_?txt|artibody|endtext|post_body|ndarticle|read/i;
// Labels that contain a positive word but name furniture ("article-footer", "content-related").
const NEGATIVE_WINS = /comment|relat|recommend|share|footer|copyright|sidebar|hot[-_]|rank|pager/i;

export interface Line {
  /** Raw text, source line breaks between Han characters removed; not yet cleaned. */
  text: string;
  /** Non-whitespace characters. */
  chars: number;
  /** Non-whitespace characters inside <a href>. */
  linkChars: number;
  han: number;
  /** Sentence punctuation: 。，、；：？！ and the ASCII ones, and Chinese quotes. */
  punct: number;
  /** The nearest block element the line belongs to. */
  block: Element;
  /** Sum of class/id/tag hints of its ancestors: < 0 furniture, > 0 article-like. */
  hint: number;
  heading: boolean;
  /** Inside <table> (data tables and old table layouts). */
  inTable: boolean;
  /** A cell of a table with no table inside it: a data table rather than a page layout. */
  cell: boolean;
  /** The nearest enclosing <table>, if any. */
  table: Element | null;
}

const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

// 。，、；：？！「」『』“” and ASCII , . ; : ? ! plus full-width ，．；：？！
const PUNCT = new Set(
  Array.from('。，、；：？！「」『』“”,.;:?!．，；：？！…').map((ch) => ch.charCodeAt(0)),
);

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 0xa0 || c === 0x3000;

const HAN_OR_CJK_PUNCT = String.raw`[\p{Script=Han}，。、；：！？「」『』（）《》“”]`;
// A line break in the HTML source between two Chinese characters is not a space in the text.
export const SOURCE_BREAK = new RegExp(`(?<=${HAN_OR_CJK_PUNCT})\\s*\\n\\s*(?=${HAN_OR_CJK_PUNCT})`, 'gu');

export function labelHint(el: Element): number {
  let hint = FURNITURE_TAGS.has(el.tagName.toUpperCase()) ? -1 : 0;
  const label = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (label.length > 1) {
    const neg = NEGATIVE_LABEL.test(label);
    const pos = POSITIVE_LABEL.test(label);
    if (neg && (!pos || NEGATIVE_WINS.test(label))) hint -= 1;
    else if (pos) hint += 1;
  }
  const role = el.getAttribute('role');
  if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') hint -= 1;
  if (role === 'main' || el.getAttribute('itemprop') === 'articleBody') hint += 2;
  return hint;
}

/** Hidden by markup (hidden attribute, aria-hidden, inline display:none). WeChat's #js_content is only
 *  visibility:hidden until its scripts run, so visibility does not count. The article's text and its
 *  clipping HTML (html.ts) both skip what this says, so a saved clipping renders the detected text. */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

interface Ctx {
  block: Element;
  hint: number;
  inLink: boolean;
  heading: boolean;
  inTable: boolean;
  table: Element | null;
}

/** Whether a table holds no other table (its cells are data cells), remembered per table. */
function leafTableMemo(): (table: Element) => boolean {
  const leafTables = new Map<Element, boolean>();
  return (table) => {
    let leaf = leafTables.get(table);
    if (leaf === undefined) {
      leaf = table.querySelector('table') === null;
      leafTables.set(table, leaf);
    }
    return leaf;
  };
}

/** Lines of `root` in document order. */
export function collectLines(root: Element): Line[] {
  return runSteps(lineSteps(root));
}

/** Nodes visited between two pauses of the walk. */
const WALK_STEP = 200;

/** The line being read: its text and counts, pushed to `lines` at each block edge and <br>. */
function lineBuffer(lines: Line[]): {
  text: (data: string, inLink: boolean) => void;
  flush: (ctx: Ctx) => void;
} {
  let buf = '';
  let chars = 0;
  let linkChars = 0;
  let han = 0;
  let punct = 0;
  const isLeafTable = leafTableMemo();
  const flush = (ctx: Ctx): void => {
    if (chars > 0)
      lines.push({
        text: buf,
        chars,
        linkChars,
        han,
        punct,
        block: ctx.block,
        hint: ctx.hint,
        heading: ctx.heading,
        inTable: ctx.inTable,
        cell: ctx.table !== null && isLeafTable(ctx.table),
        table: ctx.table,
      });
    buf = '';
    chars = linkChars = han = punct = 0;
  };
  const text = (data: string, inLink: boolean): void => {
    let n = 0;
    for (let i = 0; i < data.length; i++) {
      const c = data.charCodeAt(i);
      if (isSpace(c)) continue;
      n++;
      if (isHan(c)) han++;
      else if (PUNCT.has(c)) punct++;
    }
    if (n === 0) {
      if (buf !== '' && data.length > 0) buf += ' ';
      return;
    }
    chars += n;
    if (inLink) linkChars += n;
    buf += data.includes('\n') ? data.replace(SOURCE_BREAK, '') : data;
  };
  return { text, flush };
}

/** An element being walked (an explicit stack rather than recursion, so that the walk can pause). */
interface Frame {
  child: Node | null;
  ctx: Ctx;
  tablePart: boolean;
  /** The context to return to when this frame is a block (its lines end with it); null inline. */
  outer: Ctx | null;
}

/** The frame of `el` (a shown, non-skipped element) under `ctx`. */
function frameOf(el: Element, tag: string, ctx: Ctx): Frame {
  const hint = el.hasAttribute('class') || el.id || FURNITURE_TAGS.has(tag) ? labelHint(el) : 0;
  const isBlock = BLOCK_TAGS.has(tag);
  const inLink = ctx.inLink || (tag === 'A' && el.hasAttribute('href'));
  const tablePart = TABLE_PARTS.has(tag);
  if (!isBlock && hint === 0 && inLink === ctx.inLink)
    return { child: el.firstChild, ctx, tablePart, outer: null };
  const next: Ctx = {
    block: isBlock ? el : ctx.block,
    hint: ctx.hint + hint,
    inLink,
    heading: ctx.heading || HEADING_TAGS.has(tag),
    inTable: ctx.inTable || tag === 'TABLE',
    table: tag === 'TABLE' ? el : ctx.table,
  };
  return { child: el.firstChild, ctx: next, tablePart, outer: isBlock ? ctx : null };
}

/** collectLines as steps (steps.ts): pauses every WALK_STEP nodes. */
export function* lineSteps(root: Element): Steps<Line[]> {
  const lines: Line[] = [];
  const { text, flush } = lineBuffer(lines);
  const top: Ctx = { block: root, hint: 0, inLink: false, heading: false, inTable: false, table: null };
  const stack: Frame[] = [
    { child: root.firstChild, ctx: top, tablePart: TABLE_PARTS.has(root.tagName.toUpperCase()), outer: null },
  ];
  // The context whose block the current line belongs to.
  let cur = top;
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      if (frame.outer) {
        flush(cur);
        cur = frame.outer;
      }
      continue;
    }
    frame.child = child.nextSibling;
    if (++visited % WALK_STEP === 0) yield 'lines';
    const type = child.nodeType;
    if (type === 3) {
      if (!frame.tablePart) text((child as Text).data, frame.ctx.inLink);
      continue;
    }
    if (type !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || el.hasAttribute(OWN_UI_ATTRIBUTE)) continue;
    if (tag === 'BR') {
      flush(cur);
      continue;
    }
    if (isHiddenByMarkup(el)) continue;
    const next = frameOf(el, tag, frame.ctx);
    if (next.outer) {
      flush(cur);
      cur = next.ctx;
    }
    stack.push(next);
  }
  flush(cur);
  return lines;
}
