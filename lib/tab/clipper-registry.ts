// Clipping tools a tab needs only once the user saves, or once the page has saved passages to show
// again: the HTML sanitizer (DOMPurify, ~30 KB) and re-anchoring with the fold table (~20 KB). They
// are not part of the content script (issue 16: ≤ 150 KiB at first paint); the background injects
// `clipper.js` into the frame on first need, and it registers them here, in the isolated world's
// global scope, which the page cannot see (as lib/tab/converter-registry.ts does for conversion).
import type { FrameTools } from '../hover/frame-tools';
import type { sayForCard } from '../hover/say-effect';
import type { underlineArticle } from '../hover/underline';
import type { TextQuoteAnchor } from '../types';
import type { createTabColouring } from '../vocabulary/colouring/create';

export interface ClipperTools {
  /** The selection's HTML made safe to store (lib/clippings/sanitize.ts); null when it cannot be. */
  sanitizeHtml(html: string, win?: Window): string | null;
  /** Where each saved anchor is in the document now (lib/page-text/find-anchor.ts). */
  anchorRanges(doc: Document, anchors: TextQuoteAnchor[]): Range[];
  /** The hover's reach into frames (issue 15 §2; lib/hover/frame-tools.ts), loaded when a page has one. */
  frames?: FrameTools;
  /** The glossary underliner (lib/hover/underline.ts), loaded when underlining is on. */
  underline?: typeof underlineArticle;
  /** The hover card's read-aloud (lib/hover/say-effect.ts), loaded when the user first asks for it. */
  say?: typeof sayForCard;
  /** Known-word colouring (lib/vocabulary/colouring), loaded when the popup's switch is on. */
  colouring?: typeof createTabColouring;
}

const KEY = Symbol.for('wenzhai.clipper-tools');
type Registry = { [KEY]?: ClipperTools };

export function registerClipperTools(world: object, tools: ClipperTools): void {
  (world as Registry)[KEY] = tools;
}

export function registeredClipperTools(world: object): ClipperTools | undefined {
  return (world as Registry)[KEY];
}
