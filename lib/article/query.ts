// The few element lists that metadata reading asks of the whole page (meta tags, JSON-LD, headings,
// labelled elements, links…), gathered in one walk that can pause (steps.ts) instead of one full
// querySelectorAll per question: on a large page each of those is a long blocking task of its own, and
// the same ones were asked several times per detection. Only while a detection runs (`withPageIndex`);
// elsewhere `queryAll` is querySelectorAll.
import type { Steps } from './steps';

/** The selectors metadata reading uses, each answered from the index. */
export type PageSelector =
  | 'meta[content]'
  | 'script[type="application/ld+json"]'
  | 'h1, h2'
  | '[class], [id]'
  | 'a[href]'
  | 'link[rel="next"]'
  | '[itemprop="datePublished"]'
  | 'time[datetime]';

const MATCHES: Record<PageSelector, (el: Element, tag: string) => boolean> = {
  'meta[content]': (el, tag) => tag === 'META' && el.hasAttribute('content'),
  'script[type="application/ld+json"]': (el, tag) =>
    tag === 'SCRIPT' && el.getAttribute('type') === 'application/ld+json',
  'h1, h2': (_el, tag) => tag === 'H1' || tag === 'H2',
  '[class], [id]': (el) => el.hasAttribute('class') || el.hasAttribute('id'),
  'a[href]': (el, tag) => tag === 'A' && el.hasAttribute('href'),
  'link[rel="next"]': (el, tag) => tag === 'LINK' && el.getAttribute('rel') === 'next',
  '[itemprop="datePublished"]': (el) => el.getAttribute('itemprop') === 'datePublished',
  'time[datetime]': (el, tag) => tag === 'TIME' && el.hasAttribute('datetime'),
};
const SELECTORS = Object.keys(MATCHES) as PageSelector[];

/** A body element with at most one child element and no link, title, option, script or style around
 *  it, and the length of its textContent: where a page may print its whole <title> as a line. */
export interface PlainElement {
  el: Element;
  textLength: number;
}

interface PageIndex {
  lists: Map<PageSelector, Element[]>;
  plain: PlainElement[];
  /** Elements with a class or id: their text length, and whether they hold a paragraph, table, list,
   *  section, article or main (a wrapper, not a dateline or byline box). */
  labelled: Map<Element, { textLength: number; wrapper: boolean }>;
}

/** What the index knows of a labelled element during a detection (see PageIndex), or null. */
export function labelledBox(
  document: Document,
  el: Element,
): { textLength: number; wrapper: boolean } | null {
  return active.get(document)?.labelled.get(el) ?? null;
}

/** The elements that make a box a wrapper (the selector metadata reading used per element). */
export const WRAPPER_TAGS: ReadonlySet<string> = new Set([
  'P',
  'TABLE',
  'UL',
  'OL',
  'SECTION',
  'ARTICLE',
  'MAIN',
]);

// The index of the detection running on a document; read through queryAll, never exported.
const active = new WeakMap<Document, PageIndex>();

/** Elements of `document` matching `selector`, in document order. */
export function queryAll(document: Document, selector: PageSelector): readonly Element[] {
  return active.get(document)?.lists.get(selector) ?? Array.from(document.querySelectorAll(selector));
}

/** The plain body elements of the running detection's index (see PlainElement), or null. */
export function plainElements(document: Document): readonly PlainElement[] | null {
  return active.get(document)?.plain ?? null;
}

const NOT_PLAIN = new Set(['A', 'TITLE', 'OPTION', 'SCRIPT', 'STYLE']);
/** Nodes visited between two pauses of the walk. */
const WALK_STEP = 250;

interface Frame {
  el: Element;
  child: Node | null;
  /** Text length so far (all descendant text nodes, as textContent counts them). */
  length: number;
  plain: boolean;
  inBody: boolean;
  /** Whether a descendant is one of WRAPPER_TAGS. */
  wrapper: boolean;
  tag: string;
  /** Place in document order (the walk is pre-order). */
  order: number;
}

/** One walk of the whole document building the index. */
function* indexSteps(document: Document): Steps<PageIndex> {
  const lists = new Map<PageSelector, Element[]>(SELECTORS.map((s) => [s, []]));
  const labelled = new Map<Element, { textLength: number; wrapper: boolean }>();
  const plain: (PlainElement & { order: number })[] = [];
  const root = document.documentElement;
  if (!root) return { lists, plain, labelled };
  let order = 0;
  const enter = (el: Element, parent: Frame | null): Frame => {
    const tag = el.tagName.toUpperCase();
    for (const s of SELECTORS) if (MATCHES[s](el, tag)) lists.get(s)!.push(el);
    const outside = parent === null || parent.plain;
    return {
      el,
      child: el.firstChild,
      length: 0,
      plain: outside && !NOT_PLAIN.has(tag),
      inBody: parent !== null && (parent.inBody || parent.el === document.body),
      wrapper: false,
      tag,
      order: order++,
    };
  };
  const stack: Frame[] = [enter(root, null)];
  let visited = 0;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    const child = frame.child;
    if (!child) {
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        parent.length += frame.length;
        parent.wrapper ||= frame.wrapper || WRAPPER_TAGS.has(frame.tag);
      }
      if (frame.el.hasAttribute('class') || frame.el.hasAttribute('id'))
        labelled.set(frame.el, { textLength: frame.length, wrapper: frame.wrapper });
      if (frame.inBody && frame.plain && frame.el.childElementCount <= 1)
        plain.push({ el: frame.el, textLength: frame.length, order: frame.order });
      continue;
    }
    frame.child = child.nextSibling;
    if (++visited % WALK_STEP === 0) yield 'index';
    if (child.nodeType === 3 || child.nodeType === 4) frame.length += (child as Text).data.length;
    else if (child.nodeType === 1) stack.push(enter(child as Element, frame));
  }
  // Post-order above; the callers read in document order.
  plain.sort((a, b) => a.order - b.order);
  return { lists, plain: plain.map(({ el, textLength }) => ({ el, textLength })), labelled };
}

/** Runs `steps` with the page index of `document` built first (in steps too). */
export function* withPageIndex<T>(document: Document, steps: Steps<T>): Steps<T> {
  const index = yield* indexSteps(document);
  active.set(document, index);
  try {
    return yield* steps;
  } finally {
    if (active.get(document) === index) active.delete(document);
  }
}
