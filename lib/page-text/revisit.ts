// On a revisit, the passages saved from this page are highlighted (CSS Custom Highlight API: no DOM
// changes, nothing the page's layout or scripts can trip over). Re-anchored on every text change, so
// they follow a conversion to the other script and back.
import type { TextQuoteAnchor } from '../types';
import { canonicalUrlOf } from './anchor';
import { createMarks } from './highlights';

const SAVED_STYLE =
  'background-color: rgba(120, 200, 120, 0.35); text-decoration: underline 2px rgba(40, 140, 60, 0.9);';

export interface RevisitDeps {
  /** The anchors saved for these URLs (asked of the background). */
  anchorsFor: (urls: string[]) => Promise<TextQuoteAnchor[]>;
  url: () => string;
  /** Where each anchor is in the document now (lib/page-text/find-anchor.ts: anchorRanges). Async
   *  because the content script loads it on first need, with the fold table (clipper.js). */
  locate: (doc: Document, anchors: TextQuoteAnchor[]) => Promise<Range[]>;
  /** Wait before re-anchoring after the page's text changes (ms). */
  debounceMs?: number;
}

export interface Revisit {
  /** Highlights the anchors again (also after a new save on this page). */
  refresh(): Promise<number>;
  /** How many passages are highlighted now. */
  count(): number;
  dispose(): void;
}

export function startRevisit(doc: Document, deps: RevisitDeps): Revisit {
  const win = doc.defaultView;
  const marks = createMarks(doc, 'saved', SAVED_STYLE);
  let anchors: TextQuoteAnchor[] = [];
  let painted = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const paint = async (): Promise<number> => {
    const ranges = anchors.length === 0 ? [] : await deps.locate(doc, anchors);
    if (disposed) return 0;
    painted = ranges.length;
    marks.set(ranges);
    return painted;
  };

  const observer = win
    ? new win.MutationObserver(() => {
        if (anchors.length === 0) return;
        clearTimeout(timer);
        timer = setTimeout(() => void paint().catch(() => undefined), deps.debounceMs ?? 250);
      })
    : null;
  if (doc.body) observer?.observe(doc.body, { characterData: true, childList: true, subtree: true });

  const refresh = async (): Promise<number> => {
    const urls = [deps.url(), canonicalUrlOf(doc)].filter((u): u is string => Boolean(u));
    anchors = await deps.anchorsFor([...new Set(urls)]);
    if (disposed) return 0;
    return paint();
  };

  return {
    refresh,
    count: () => painted,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      observer?.disconnect();
      marks.dispose();
    },
  };
}
