// The article body's blocks grouped into sections of about `chars` characters before any ruby is
// written. CSS gives each section `content-visibility: auto`, so a section off screen skips style,
// layout and paint. Sections rather than every paragraph: the browser tracks each such element's
// distance to the viewport at every frame, and a 200,000-character article has ~700 paragraphs
// (that tracking was a 100 ms part of its frames) but ~130 sections.

/** Elements that only wrap the body's blocks: grouping happens inside them. */
const WRAPPERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN']);

export const CHUNK_CLASS = 'reader-chunk';

/** Sections at the top are smaller (`firstChars`, the first FIRST_SMALL of them): writing the first
 *  screen's ruby lays out every section it touches in full, and a 1,500-character section is about two
 *  screens of ruby. */
const FIRST_SMALL = 4;

/** Moves the children of `body` (or of its only wrapper, at any depth) into `div.reader-chunk`s of
 *  about `chars` characters each (`firstChars` for the first few), in order. Returns the number of
 *  sections (0: nothing to group). */
export function chunkBlocks(body: Element, chars = 1500, firstChars = 400): number {
  let parent: Element = body;
  for (let only = parent.firstElementChild; only && parent.children.length === 1; ) {
    if (!WRAPPERS.has(only.tagName) || (parent.textContent ?? '').trim() !== (only.textContent ?? '').trim())
      break;
    parent = only;
    only = parent.firstElementChild;
  }
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
