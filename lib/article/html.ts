// The body's HTML: a filtered copy of the chosen container, built in an inert document so that nothing
// is added to the page and no image starts loading. Ruby, images (lazy-load sources resolved),
// captions and tables are kept; scripts, forms, hidden parts, styles and event attributes are not.
// Only allow-listed HTML elements are created (DOM construction, never the page's markup re-parsed):
// a <plaintext>, <xmp>, <noembed>, <noframes> or MathML element copied as itself serialises to markup
// that, parsed again, swallows everything after it; such elements become a <span>/<div> holding their text.
import { cleanPinyinArtifacts } from './clean';
import { BLOCK_TAGS, TABLE_PARTS } from './lines';

// biome-ignore format: a word list reads better packed
const DROP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'OPTION', 'IFRAME', 'SVG',
  'CANVAS', 'OBJECT', 'EMBED', 'INPUT', 'LINK', 'META', 'NAV', 'ASIDE', 'AUDIO', 'VIDEO', 'MAP',
]);
// biome-ignore format: a word list reads better packed
const KEEP_ATTRS = new Set([
  'href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'lang', 'dir', 'width', 'height', 'datetime', 'cite',
]);
// Elements created as themselves; their serialisation parses back to the same tree (no raw-text or
// foreign-content element among them).
// biome-ignore format: a word list reads better packed
const ALLOWED_TAGS = new Set([
  'P', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'B', 'I',
  'U', 'S', 'SUB', 'SUP', 'SMALL', 'MARK', 'Q', 'CITE', 'CODE', 'PRE', 'RUBY', 'RT', 'RP', 'RB', 'A', 'FIGURE',
  'FIGCAPTION', 'TABLE', 'CAPTION', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TH', 'TD', 'HR', 'SPAN', 'DIV',
  'SECTION', 'ARTICLE', 'TIME', 'ABBR', 'DL', 'DT', 'DD', 'IMG', 'CENTER',
]);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The tag the copy of `el` is created as: itself when allow-listed HTML, else a neutral box. */
function copyTag(el: Element, tag: string): string {
  if (el.namespaceURI === HTML_NS && ALLOWED_TAGS.has(tag)) return tag.toLowerCase();
  return BLOCK_TAGS.has(tag) ? 'div' : 'span';
}

const LAZY_ATTRS = ['data-src', 'data-original', 'data-lazy-src', 'data-actualsrc', 'data-url', 'data-echo'];
const PLACEHOLDER = /^data:|blank|placeholder|loading|lazy|grey\.gif|spacer|1x1|pixel\.gif/i;

function absolute(value: string, base: string): string | null {
  try {
    const u = new URL(value, base);
    return /^(https?|data):$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}

/** The real source of an image: the lazy-load attribute when `src` is missing or a placeholder. */
export function imageSource(img: Element): string | null {
  const src = img.getAttribute('src')?.trim() ?? '';
  if (src && !PLACEHOLDER.test(src)) return src;
  for (const name of LAZY_ATTRS) {
    const v = img.getAttribute(name)?.trim();
    if (v) return v;
  }
  return src || null;
}

function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

// Boxes that show nothing once the lines in them were left out (a table of dropped cells, the list of a
// contents box): removed rather than kept as empty shells. Cells and paragraphs stay (a blank cell
// keeps its table's columns in line).
// biome-ignore format: a word list reads better packed
const PRUNE_EMPTY = new Set([
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'DIV', 'SECTION', 'ARTICLE', 'CENTER',
]);

/** Serialised copy of `container` without the elements in `drop`. */
export function bodyHtml(container: Element, drop: ReadonlySet<Element>, baseUrl: string): string {
  const doc = container.ownerDocument.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  /** Copies the children of `src` into `dst`; whether any text or image was copied. */
  const copy = (src: Node, dst: Element): boolean => {
    const tablePart = src.nodeType === 1 && TABLE_PARTS.has((src as Element).tagName.toUpperCase());
    let shown = false;
    for (let child = src.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (tablePart) continue;
        const data = (child as Text).data;
        dst.appendChild(doc.createTextNode(cleanPinyinArtifacts(data)));
        shown ||= data.trim() !== '';
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (DROP_TAGS.has(tag) || drop.has(el) || isHidden(el)) continue;
      const out = doc.createElement(copyTag(el, tag));
      for (const attr of Array.from(el.attributes)) {
        if (!KEEP_ATTRS.has(attr.name)) continue;
        if (attr.name === 'href' || attr.name === 'src') {
          const url = absolute(attr.value, baseUrl);
          if (url && !(tag === 'IMG' && attr.name === 'src')) out.setAttribute(attr.name, url);
        } else out.setAttribute(attr.name, attr.value);
      }
      if (out.localName === 'img') {
        const src = imageSource(el);
        const url = src ? absolute(src, baseUrl) : null;
        if (!url) continue;
        out.setAttribute('src', url);
      }
      dst.appendChild(out);
      if (copy(el, out) || tag === 'IMG') shown = true;
      else if (PRUNE_EMPTY.has(tag)) out.remove();
    }
    return shown;
  };
  copy(container, root);
  return root.innerHTML;
}
