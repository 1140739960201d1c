// What the hover adapter (dom.ts) asks of its dependencies beyond lookups: the page a saved word was
// on, and the tools a tab loads on first need (content-script size), among them speech.
import type { PageInfo } from '../vocabulary/context';
import type { Shown } from './card-lookup';
import type { HoverDeps } from './deps';

export function loadOnNeed(deps: HoverDeps) {
  return Promise.resolve(deps.onNeed?.()).catch(() => undefined);
}

/** The content script knows the article's title and date; elsewhere the tab's URL and title. */
export function pageInfoOf(deps: HoverDeps, win: Window, doc: Document): PageInfo {
  const given = deps.pageInfo?.();
  if (given) return given;
  const { href, hostname } = win.location;
  return { url: href, title: doc.title, site: hostname || null, published: null, clippingId: null };
}

/** Reads the card shown when asked aloud, once speech has loaded; `noVoice` when it cannot. */
export async function sayOnNeed(
  deps: HoverDeps,
  doc: Document,
  card: Shown | null,
  what: 'word' | 'sentence',
  noVoice: () => void,
): Promise<void> {
  const say = (await loadOnNeed(deps))?.say;
  if (!card) return;
  if (say) say(doc, card, what, noVoice);
  else noVoice();
}
