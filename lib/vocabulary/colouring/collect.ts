// The article's text for colouring, collected as the glossary underliner collects it (the same
// CollectedText: nodes joined with no separator, "\n" between blocks; lib/hover/underline.ts), but in
// slices: on a 1M-character page one synchronous walk would be a long task, so the walk yields to the
// page every few milliseconds. Where the article is: the detected article's element, except on a page
// so long that detecting it would itself block the tab (then the body, which on such a page is the text).
import type { CollectedText } from '../../hover/underline';
import { blockOf, isPageText, OWN_UI_ATTRIBUTE } from '../../page-text/model';

/** Above this many characters of body text the page is coloured whole, without article detection. */
export const DETECT_LIMIT = 200_000;

/** Whether the page is too long to run article detection on in one go. */
export function tooLongToDetect(doc: Document): boolean {
  return (doc.body?.textContent?.length ?? 0) > DETECT_LIMIT;
}

export async function collectTextSliced(
  root: Element,
  max: number,
  sliceMs: number,
  pause: () => Promise<boolean>,
): Promise<CollectedText | null> {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4, {
    acceptNode: (node) => {
      const parent = node.parentElement;
      if (!parent || !isPageText(node, root) || parent.closest(`[${OWN_UI_ATTRIBUTE}]`)) return 2;
      return 1;
    },
  });
  const parts: string[] = [];
  let length = 0;
  const pieces: CollectedText['pieces'] = [];
  let lastBlock: Element | null = null;
  let deadline = performance.now() + sliceMs;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const block = blockOf(node);
    const gap = lastBlock && block !== lastBlock ? '\n' : '';
    if (length + gap.length + node.data.length > max) break;
    if (gap) parts.push(gap);
    length += gap.length;
    lastBlock = block;
    pieces.push({ node, at: length });
    parts.push(node.data);
    length += node.data.length;
    if (performance.now() > deadline) {
      // Cancelled (switched off, or a newer load started): stop walking.
      if (!(await pause())) return null;
      deadline = performance.now() + sliceMs;
    }
  }
  return { text: parts.join(''), pieces };
}
