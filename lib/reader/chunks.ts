// The article body's blocks grouped into sections of about `chars` characters before any ruby is
// written. CSS gives each section `content-visibility: auto`, so a section off screen skips style,
// layout and paint. Sections rather than every paragraph: the browser tracks each such element's
// distance to the viewport at every frame, and a 200,000-character article has ~700 paragraphs
// (that tracking was a 100 ms part of its frames) but ~130 sections.

/** Elements that only wrap the body's blocks: grouping happens inside them. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

export const CHUNK_CLASS = 'reader-chunk';

/** `body`, or its only wrapper at any depth: the element whose children are the article's blocks. */
function blocksParent(body: Element): Element {
  let parent: Element = body;
  for (let only = parent.firstElementChild; only && parent.children.length === 1; ) {
    if (!WRAPPERS.has(only.tagName) || (parent.textContent ?? '').trim() !== (only.textContent ?? '').trim())
      break;
    parent = only;
    only = parent.firstElementChild;
  }
  return parent;
}

/** Sections at the top are smaller (`firstChars`, the first FIRST_SMALL of them): writing the first
 *  screen's ruby lays out every section it touches in full, and a 1,500-character section is about two
 *  screens of ruby. */
const FIRST_SMALL = 4;

/** Moves the children of `body` (or of its only wrapper, at any depth) into `div.reader-chunk`s of
 *  about `chars` characters each (`firstChars` for the first few), in order. Returns the number of
 *  sections (0: nothing to group). */
export function chunkBlocks(body: Element, chars = 1500, firstChars = 400): number {
  const parent = blocksParent(body);
  const nodes = [...parent.childNodes];
  if (parent.children.length < 2) return 0;
  const doc = body.ownerDocument;
  let section: Element | null = null;
  let size = 0;
  let count = 0;
  for (const node of nodes) {
    if (!section || size >= (count <= FIRST_SMALL ? firstChars : chars)) {
      section = doc.createElement('div');
      section.className = CHUNK_CLASS;
      parent.insertBefore(section, node);
      size = 0;
      count++;
    }
    section.append(node);
    size += node.textContent?.length ?? 0;
  }
  return count;
}

const escapeText = (s: string): string =>
  s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));

/** An article's HTML cut between its blocks (inside single wrappers, which are dropped): the first piece
 *  holds about `firstChars` characters of text, each next one about `chars`. A long article is then
 *  sanitised and inserted piece by piece (appendSections) instead of in one long task. Parsed with
 *  DOMParser (inert: nothing runs or loads); the pieces are NOT sanitised. Each piece is cut when it is
 *  asked for: the page takes the first at once and the others only while it inserts them, after its
 *  first paint. An article of at most `whole` characters (default `firstChars`) is one piece: a longer
 *  one's first piece can be smaller than what would be shown whole. */
export function* blocksHtmlPieces(
  doc: Document,
  html: string,
  firstChars: number,
  chars: number,
  whole = firstChars,
): Generator<string, void, undefined> {
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? DOMParser;
  const parent = blocksParent(new Parser().parseFromString(html, 'text/html').body);
  if ((parent.textContent?.length ?? 0) <= whole || parent.childNodes.length < 2) {
    yield html;
    return;
  }
  let first = true;
  let piece = '';
  let size = 0;
  for (const node of [...parent.childNodes]) {
    if (size >= (first ? firstChars : chars)) {
      yield piece;
      first = false;
      piece = '';
      size = 0;
    }
    if (node.nodeType === 1) piece += (node as Element).outerHTML;
    else if (node.nodeType === 3) piece += escapeText((node as Text).data);
    size += node.textContent?.length ?? 0;
  }
  if (piece) yield piece;
}

export interface AppendOptions {
  /** Milliseconds of work per slice before yielding. */
  budget?: number;
  yieldNow: () => Promise<void>;
  now?: () => number;
  cancelled?: () => boolean;
}

/** Appends each piece to `body` as one section (`div.reader-chunk`), `toHtml(piece)` giving its safe
 *  HTML (sanitised, converted), in slices of `budget` ms. Resolves to the sections (null if cancelled). */
export async function appendSections(
  body: Element,
  pieces: Iterable<string>,
  toHtml: (piece: string) => string,
  options: AppendOptions,
): Promise<Element[] | null> {
  const budget = options.budget ?? 10;
  const now = options.now ?? (() => performance.now());
  const doc = body.ownerDocument;
  const sections: Element[] = [];
  let sliceStart = now();
  for (const piece of pieces) {
    if (options.cancelled?.()) return null;
    const section = doc.createElement('div');
    section.className = CHUNK_CLASS;
    section.innerHTML = toHtml(piece);
    body.append(section);
    sections.push(section);
    if (now() - sliceStart > budget) {
      await options.yieldNow();
      sliceStart = now();
    }
  }
  return sections;
}

/** Which sections the browser renders now, from its `contentvisibilityautostatechange` events (heard
 *  in the capture phase at `root`, so one listener serves every section, inserted later too). A
 *  section it has not reported on yet counts as rendered: the safe guess for the caller's budget. */
export interface RenderedSections {
  /** Whether `node` is rendered: outside any section, or in one not skipped. */
  rendered(node: Node): boolean;
  dispose(): void;
}

export function trackRenderedSections(root: Element): RenderedSections {
  const skipped = new WeakMap<Element, boolean>();
  const heard = (event: Event) => {
    const target = event.target as Element | null;
    if (target?.nodeType === 1 && target.classList.contains(CHUNK_CLASS))
      skipped.set(target, (event as Event & { skipped?: unknown }).skipped === true);
  };
  root.addEventListener('contentvisibilityautostatechange', heard, true);
  return {
    rendered(node) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const section = element?.closest(`.${CHUNK_CLASS}`);
      return !section || skipped.get(section) !== true;
    },
    dispose: () => root.removeEventListener('contentvisibilityautostatechange', heard, true),
  };
}
