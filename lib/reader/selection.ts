// "Save selection" inside the reader: the selection must lie in the article's text, and the clipping it
// makes carries the article's metadata with the text as shown (its script is the one on screen).
import type { Capture } from '../page-text/anchor';
import type { ClippingInput, ScriptTag } from '../types';

/** The selection's range when it is non-empty and wholly inside `root`, else null. */
export function rangeInside(selection: Selection | null, root: Node | null): Range | null {
  if (!selection || !root || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed || !root.contains(range.startContainer) || !root.contains(range.endContainer))
    return null;
  return range.toString().trim() ? range : null;
}

/** The clipping for a captured selection of the article shown in `script`. */
export function selectionClipping(
  article: ClippingInput,
  capture: Capture,
  script: ScriptTag,
): ClippingInput {
  return {
    url: article.url,
    title: article.title,
    site: article.site,
    byline: article.byline,
    published: article.published,
    canonicalUrl: article.canonicalUrl ?? null,
    kind: 'selection',
    text: capture.anchor.exact.trim(),
    script,
    html: '',
    anchor: capture.anchor,
    sentence: capture.sentence,
  };
}
