// The text the script and language of a page without an article are judged on. Both judges read the
// first 20,000 characters (lib/convert/script.ts, lib/convert/language.ts); `body.textContent` would
// build the whole page's text first, one long task on a 1M-character page. This walks the text nodes
// in document order and stops as soon as it has that many characters, or has seen a bounded number of
// nodes (a page of empty nodes must not make the walk unbounded either).

/** Characters the judges look at. */
export const SAMPLE_CHARS = 20_000;
/** Text nodes looked at, at most. */
const MAX_NODES = 50_000;

/** The first `max` characters of `root`'s textContent, read without building the rest. */
export function pageTextSample(root: Node | null | undefined, max = SAMPLE_CHARS): string {
  if (!root) return '';
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  let nodes = 0;
  for (let node = walker.nextNode(); node && length < max && nodes < MAX_NODES; node = walker.nextNode()) {
    const data = (node as Text).data;
    parts.push(data);
    length += data.length;
    nodes++;
  }
  return parts.join('').slice(0, max);
}
