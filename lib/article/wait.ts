// Client-rendered pages (WeChat, single-page news sites) put the story into the DOM after load. Before
// saying "no article", watch the page for a bounded time and detect again once it has been quiet.
import type { Article } from '../types';

export interface WaitOptions {
  /** Give up after this long and return the last result. */
  timeoutMs?: number;
  /** Detect again once no mutation has arrived for this long. */
  quietMs?: number;
}

type Detect = (document: Document, url: string) => Article | Promise<Article>;

/** `detect` now, or — when that finds no article — again after the page settles, within the bound. */
export async function waitForArticle(
  document: Document,
  url: string,
  detect: Detect,
  { timeoutMs = 3000, quietMs = 250 }: WaitOptions = {},
): Promise<Article> {
  const first = await detect(document, url);
  const view = document.defaultView;
  if (first.isArticle || !view?.MutationObserver || !document.body) return first;
  return new Promise((resolve) => {
    let last = first;
    let quiet: ReturnType<typeof setTimeout> | undefined;
    const finish = (): void => {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(deadline);
      resolve(last);
    };
    const check = async (): Promise<void> => {
      last = await detect(document, url);
      if (last.isArticle) finish();
    };
    const observer = new view.MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(() => void check(), quietMs);
    });
    const deadline = setTimeout(() => void check().then(finish), timeoutMs);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
