// The next page of an article split over several pages (下一页 / 下一頁 links, or <link rel="next">).

import { queryAll } from './query';
import { runSteps, type Steps } from './steps';

const NEXT_PAGE = /^(下一[页頁]|下[页頁]|next\s*page)$/iu;

function resolve(href: string | null, url: string): string | null {
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return null;
  try {
    return new URL(href, url).href;
  } catch {
    return null;
  }
}

/** A link whose text is 下一页/下一頁 (arrows and brackets ignored), resolved against `url`. */
export function findNextPageUrl(document: Document, url: string): string | null {
  return runSteps(nextPageSteps(document, url));
}

/** Links read between two pauses. */
const LINK_STEP = 150;

/** findNextPageUrl as steps (steps.ts). */
export function* nextPageSteps(document: Document, url: string): Steps<string | null> {
  let n = 0;
  for (const a of queryAll(document, 'a[href]')) {
    if (++n % LINK_STEP === 0) yield 'next-page';
    const text = (a.textContent ?? '').replace(/[\s>»›→<«‹[\]【】]/g, '');
    if (!NEXT_PAGE.test(text)) continue;
    const next = resolve(a.getAttribute('href'), url);
    if (next) return next;
  }
  return resolve(queryAll(document, 'link[rel="next"]')[0]?.getAttribute('href') ?? null, url);
}
