// On a revisit, the passages saved from this page are highlighted (CSS Custom Highlight API: no DOM
// changes, nothing the page's layout or scripts can trip over). Re-anchored on every text change, so
// they follow a conversion to the other script and back.
import { fold } from '../clippings/fold';
import type { TextQuoteAnchor } from '../types';
import { buildTextIndex, canonicalUrlOf, findAnchor, rangeOfOffsets } from './anchor';

export const SAVED_HIGHLIGHT = 'wenzhai-saved';

export interface RevisitDeps {
  /** The anchors saved for these URLs (asked of the background). */
  anchorsFor: (urls: string[]) => Promise<TextQuoteAnchor[]>;
  url: () => string;
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

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

/** Ranges for each anchor found in the document's current text. */
export function anchorRanges(doc: Document, anchors: TextQuoteAnchor[]): Range[] {
  if (anchors.length === 0) return [];
  const index = buildTextIndex(doc);
  const folded = fold(index.text);
  const ranges: Range[] = [];
  for (const anchor of anchors) {
    const at = findAnchor(folded, anchor);
    const range = at && rangeOfOffsets(doc, index, at[0], at[1]);
    if (range) ranges.push(range);
  }
  return ranges;
}

export function startRevisit(doc: Document, deps: RevisitDeps): Revisit {
  const win = doc.defaultView as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightCtor;
    MutationObserver: typeof MutationObserver;
    CSSStyleSheet: typeof CSSStyleSheet;
  } | null;
  let anchors: TextQuoteAnchor[] = [];
  let painted = 0;
  let sheet: CSSStyleSheet | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const paint = (): number => {
    const api =
      win?.CSS?.highlights && win.Highlight
        ? { registry: win.CSS.highlights, Highlight: win.Highlight }
        : null;
    const ranges = anchorRanges(doc, anchors);
    painted = ranges.length;
    if (!api) return painted;
    if (ranges.length === 0) {
      api.registry.delete(SAVED_HIGHLIGHT);
      return 0;
    }
    if (!sheet && win) {
      try {
        sheet = new win.CSSStyleSheet();
        sheet.replaceSync(
          `::highlight(${SAVED_HIGHLIGHT}) { background-color: rgba(120, 200, 120, 0.35); text-decoration: underline 2px rgba(40, 140, 60, 0.9); }`,
        );
        doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      } catch {
        sheet = null;
      }
    }
    api.registry.set(SAVED_HIGHLIGHT, new api.Highlight(...ranges));
    return painted;
  };

  const observer = win
    ? new win.MutationObserver(() => {
        if (anchors.length === 0) return;
        clearTimeout(timer);
        timer = setTimeout(paint, deps.debounceMs ?? 250);
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
      win?.CSS?.highlights?.delete(SAVED_HIGHLIGHT);
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
