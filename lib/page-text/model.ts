// What counts as page text: one model for every reader of the page (hover, caret, anchors, glossary
// underline). Before it there were nine tag lists, and they disagreed (anchors read ruby annotations,
// hover skipped them, so a saved passage with <rt> pinyin did not re-anchor where hover saw it).
//
// Lists elsewhere that should be replaced by this model (their owners adopt it; each maps to a set here):
// - lib/article/lines.ts  BLOCK_TAGS → PAGE_TEXT.block, SKIP_TAGS → PAGE_TEXT.skip plus the article's own
//   exception (form controls and media: `ARTICLE_EXTRA_SKIP` below names them)
// - lib/article/html.ts   DROP_TAGS → PAGE_TEXT.skip (+ ARTICLE_EXTRA_SKIP)
// - lib/convert/dom-walk.ts SKIP_TAGS → PAGE_TEXT.skip + CONVERT_EXTRA_SKIP (code is not converted),
//   BOUNDARY_TAGS → PAGE_TEXT.boundary (ruby annotations are skipped for reading but still converted:
//   the converter takes `rubyAnnotations: 'boundary'` — see isSkipped's options)
// Shadow roots and frames are reached through `PageTextHooks`, so the hardening work can add closed
// roots and same-origin frames in one place.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Never text a reader reads: scripts, styles, templates, form fields, embeds, the document head. */
const SKIP = words(`SCRIPT STYLE NOSCRIPT TEMPLATE TEXTAREA SELECT OPTION INPUT IFRAME OBJECT EMBED
  CANVAS SVG MATH HEAD TITLE LINK META`);

/** Named exception: ruby annotations (pinyin or zhuyin over characters) are not part of the sentence.
 *  Hover, anchors and the underline skip them; a converter may instead treat them as run boundaries. */
export const RUBY_ANNOTATIONS: ReadonlySet<string> = words('RT RP');

/** Elements that start a new block of text (a paragraph break for readers). */
const BLOCK = words(`ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY CAPTION CENTER DD DETAILS DIALOG DIV DL DT
  FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML LI MAIN MENU NAV OL P
  PRE SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL`);

/** Inline elements whose text must not be glued to a neighbour's (a line break, a button's label). */
const BOUNDARY_EXTRA = words('BR BUTTON IMG LEGEND VIDEO AUDIO');

/** Named exceptions for readers with a narrower or wider idea of text (see the header). */
export const CONVERT_EXTRA_SKIP: ReadonlySet<string> = words('CODE PRE KBD SAMP');
export const ARTICLE_EXTRA_SKIP: ReadonlySet<string> = words('BUTTON MAP AUDIO VIDEO');

export const PAGE_TEXT = {
  skip: SKIP,
  block: BLOCK,
  /** Where a run of text ends: every block, plus BOUNDARY_EXTRA and the ruby annotations. */
  boundary: new Set([...BLOCK, ...BOUNDARY_EXTRA, ...RUBY_ANNOTATIONS]) as ReadonlySet<string>,
} as const;

/** Our own in-page UI is never page text. */
export const OWN_UI_ATTRIBUTE = 'data-wenzhai-ui';

/** Upper-case tag name (svg/math/XHTML elements report lower case). */
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

/** An element whose whole subtree is not text for readers (scripts, ruby annotations, our UI…). */
export function isSkippedElement(el: Element): boolean {
  const tag = tagOf(el);
  return SKIP.has(tag) || RUBY_ANNOTATIONS.has(tag) || el.hasAttribute(OWN_UI_ATTRIBUTE);
}

export function isBlockElement(el: Element): boolean {
  return BLOCK.has(tagOf(el));
}

export function isBoundaryElement(el: Element): boolean {
  return PAGE_TEXT.boundary.has(tagOf(el));
}

/** Whether a text node is page text: no skipped element between it and `root` (or the document). */
export function isPageText(node: Node, root: Node | null = null): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (isSkippedElement(el)) return false;
  }
  return true;
}

/** The nearest block ancestor of a node (its paragraph), or null at the top. */
export function blockOf(node: Node): Element | null {
  for (let el = node.parentElement; el; el = el.parentElement) if (isBlockElement(el)) return el;
  return null;
}

/** TreeWalker filter accepting page text only: rejects skipped subtrees whole. */
export function pageTextFilter(root: Node): NodeFilter {
  return {
    acceptNode(node) {
      return isPageText(node, root) ? 1 /* FILTER_ACCEPT */ : 2 /* FILTER_REJECT */;
    },
  };
}

/** Places beyond the light DOM that a reader may enter. Today: open shadow roots under an element
 *  (closed ones need the extension-only `openOrClosedShadowRoot`, frames their own document). */
export interface PageTextHooks {
  shadowRootOf(el: Element): ShadowRoot | null;
  frameDocumentOf(el: Element): Document | null;
}

export const OPEN_ROOTS_ONLY: PageTextHooks = {
  shadowRootOf: (el) => el.shadowRoot,
  frameDocumentOf: () => null,
};
