// The body's HTML: a filtered copy of the chosen container, built in an inert document so that nothing
// is added to the page and no image starts loading. Ruby, images (lazy-load sources resolved),
// captions and tables are kept; scripts, forms, hidden parts, styles and event attributes are not.
// Only allow-listed HTML elements are created (DOM construction, never the page's markup re-parsed):
// a <plaintext>, <xmp>, <noembed>, <noframes> or MathML element copied as itself serialises to markup
// that, parsed again, swallows everything after it; such elements become a <span>/<div> holding their text.
import { ARTICLE_EXTRA_SKIP, OWN_UI_ATTRIBUTE, PAGE_TEXT } from '../page-text/model';
import { cleanPinyinArtifacts } from './clean';
import { BLOCK_TAGS, isHiddenByMarkup, TABLE_PARTS } from './lines';
import { runSteps, type Steps } from './steps';

// Left out of the copy: what the page-text model never counts as text (lib/page-text/model.ts), the
// article's own exception (form controls and media: ARTICLE_EXTRA_SKIP), and furniture by its tag
// alone. Ruby annotations stay: the copy keeps the reading over the characters.
const DROP_TAGS: ReadonlySet<string> = new Set([...PAGE_TEXT.skip, ...ARTICLE_EXTRA_SKIP, 'NAV', 'ASIDE']);
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

// Boxes that show nothing once the lines in them were left out (a table of dropped cells, the list of a
// contents box): removed rather than kept as empty shells. Cells and paragraphs stay (a blank cell
// keeps its table's columns in line).
// biome-ignore format: a word list reads better packed
const PRUNE_EMPTY = new Set([
  'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'OL', 'DL', 'DIV', 'SECTION', 'ARTICLE', 'CENTER',
]);

/** Serialised copy of `container` without the elements in `drop`. */
export function bodyHtml(container: Element, drop: ReadonlySet<Element>, baseUrl: string): string {
  return runSteps(bodyHtmlSteps(container, drop, baseUrl));
}

/** Elements copied between two pauses. */
const COPY_STEP = 40;

/** The copy of one element of the source while its children are copied. */
interface Frame {
  src: Node;
  out: Element;
  child: Node | null;
  tablePart: boolean;
  /** Whether any text or image was copied into it. */
  shown: boolean;
  /** Removed when nothing was shown in it (PRUNE_EMPTY), kept as a shell otherwise. */
  prune: boolean;
  image: boolean;
}

/** The copy of `el` (allow-listed tag, kept attributes, resolved image source); null to leave it out. */
function copyOf(el: Element, tag: string, doc: Document, baseUrl: string): Element | null {
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
    if (!url) return null;
    out.setAttribute('src', url);
  }
  return out;
}

/** bodyHtml as steps (steps.ts): an explicit stack instead of recursion, pausing every COPY_STEP
 *  elements. */
export function* bodyHtmlSteps(
  container: Element,
  drop: ReadonlySet<Element>,
  baseUrl: string,
): Steps<string> {
  const doc = container.ownerDocument.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  const isTablePart = (node: Node): boolean =>
    node.nodeType === 1 && TABLE_PARTS.has((node as Element).tagName.toUpperCase());
  const stack: Frame[] = [
    {
      src: container,
      out: root,
      child: container.firstChild,
      tablePart: isTablePart(container),
      shown: false,
      prune: false,
      image: false,
    },
  ];
  let copied = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      if (frame.shown || frame.image) parent.shown = true;
      else if (frame.prune) frame.out.remove();
      continue;
    }
    frame.child = child.nextSibling;
    if (child.nodeType === 3) {
      if (frame.tablePart) continue;
      const data = (child as Text).data;
      frame.out.appendChild(doc.createTextNode(cleanPinyinArtifacts(data)));
      frame.shown ||= data.trim() !== '';
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    const tag = el.tagName.toUpperCase();
    if (DROP_TAGS.has(tag) || drop.has(el) || isHiddenByMarkup(el) || el.hasAttribute(OWN_UI_ATTRIBUTE))
      continue;
    const out = copyOf(el, tag, doc, baseUrl);
    if (!out) continue;
    frame.out.appendChild(out);
    if (++copied % COPY_STEP === 0) yield 'html';
    stack.push({
      src: el,
      out,
      child: el.firstChild,
      tablePart: TABLE_PARTS.has(tag),
      shown: false,
      prune: PRUNE_EMPTY.has(tag),
      image: tag === 'IMG',
    });
  }
  return yield* innerHtmlSteps(root);
}

/** Children a box may have and still be serialised in one go. */
const SMALL_BOX = 8;

/** `parent.innerHTML` in steps: one innerHTML of a long body is a long task of its own. A box with
 *  many children is written as its own start and end tags (from a childless copy) around its children,
 *  each serialised the same way. */
export function* innerHtmlSteps(parent: Element): Steps<string> {
  const doc = parent.ownerDocument;
  let html = '';
  let n = 0;
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (++n % COPY_STEP === 0) yield 'html';
    if (node.nodeType !== 1) {
      const box = doc.createElement('div');
      box.appendChild(node.cloneNode());
      html += box.innerHTML;
      continue;
    }
    const el = node as Element;
    if (el.childNodes.length <= SMALL_BOX) {
      html += el.outerHTML;
      continue;
    }
    const shell = (el.cloneNode(false) as Element).outerHTML;
    const close = shell.lastIndexOf('</');
    html += shell.slice(0, close) + (yield* innerHtmlSteps(el)) + shell.slice(close);
  }
  return html;
}
