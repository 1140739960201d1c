// Which clipping a saved word's context belongs to (issue 17 §1): the article saved from the same page.
// Matched in the background, where both databases are, by URL: the clipping's own URL or its canonical
// URL, ignoring the fragment (a page read at #comments is the same article). When the page has no
// saved article, a saved selection from it that holds the sentence is the next best answer.
import type { ClippingsDb } from '../clippings/db';
import type { Clipping } from '../types';

/** The URL without its fragment; a string that is not a URL is kept as it is. */
export function pageUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash < 0 ? url : url.slice(0, hash);
}

/** The article (else a selection holding `sentence`) saved from `url`; null when none is. */
export async function clippingForContext(
  db: ClippingsDb,
  url: string,
  sentence: string,
): Promise<number | null> {
  if (!url) return null;
  const urls = [...new Set([url, pageUrl(url)])];
  const found: Clipping[] = [
    ...(await db.clippings.where('url').anyOf(urls).toArray()),
    ...(await db.clippings.where('canonicalUrl').anyOf(urls).toArray()),
  ];
  const article = found.find((c) => c.kind === 'article');
  if (article) return article.id;
  const selection = found.find((c) => c.kind === 'selection' && sentence && c.text.includes(sentence));
  return selection?.id ?? null;
}
