// Which clipping a saved word's context belongs to (issue 17 §1): the article saved from the same page.
// Matched in the background, where both databases are, by URL: the clipping's own URL or its canonical
// URL, ignoring the fragment (a page read at #comments is the same article). When the page has no
// saved article, a saved selection from it that holds the sentence is the next best answer.
import type { ClippingsDb } from '../clippings/db';
import type { Clipping } from '../types';
import type { VocabularyDb } from './db';
import type { WordContext } from './types';

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

/** Contexts saved before their page was: their clipping is looked up now (when the word's details are
 *  opened) and stored, so the link to the clipping appears however the two saves were ordered. A
 *  failing clippings database leaves them as they were. */
export async function fillClippings(
  db: VocabularyDb,
  clippings: ClippingsDb,
  contexts: readonly WordContext[],
): Promise<WordContext[]> {
  const filled: WordContext[] = [];
  for (const context of contexts) {
    if (context.clippingId !== null) {
      filled.push(context);
      continue;
    }
    const clippingId = await clippingForContext(clippings, context.url, context.sentence).catch(() => null);
    if (clippingId !== null) await db.contexts.update(context.id, { clippingId });
    filled.push({ ...context, clippingId });
  }
  return filled;
}
