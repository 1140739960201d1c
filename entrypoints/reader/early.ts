// What the reader page starts before its interface's code has loaded: the annotation worker (which
// fetches and unpacks the word list and reading table at once) and the request for the article. The
// page's entry (main.tsx) is this module and a dynamic import of the interface (app.tsx, ~400 KB with
// Preact, the hover card and the converter's glue): the browser runs this as soon as its few KB are
// in, so the worker's data and the article are on their way while the rest is fetched and compiled.
import { browser } from 'wxt/browser';
import { callTab } from '../../lib/client';
import { MessageError } from '../../lib/dispatch/failure';
import { readerSource, tabArticleFailure } from '../../lib/reader/open';
import type { ClippingInput } from '../../lib/types';
import { startAnnotator } from './worker-start';

/** Marks for the bench and the end-to-end tests (only this extension's scripts can read them). */
export const marks: Record<string, number> = { early: performance.now() };

// Segmentation and readings run in a worker (the word list is unpacked there too); the page only
// writes the ruby, in slices.
// Each answer's computeMs (its annotation's time where it ran, without the messages' trip) is summed
// for the bench.
let computeTotal = 0;
export const workerAnnotator = startAnnotator(marks, (ms) => {
  computeTotal += ms;
});
/** Milliseconds the annotator has spent annotating this page's batches so far (the bench's figure). */
export const annotateComputeMs = (): number => computeTotal;

const tabIsOpen = (tabId: number): Promise<boolean> =>
  browser.tabs.get(tabId).then(
    () => true,
    () => false,
  );

async function loadArticle(): Promise<ClippingInput | null> {
  const source = readerSource(location.search);
  if (!source) return null;
  if (source.kind === 'clipping') {
    // Dexie is loaded only for a saved clipping, not on the way to a tab's article.
    const { getClipping, openClippingsDb } = await import('../../lib/clippings/db');
    return (await getClipping(openClippingsDb(), source.id)) ?? null;
  }
  const answer = await callTab(source.tabId, 'readerArticle', {});
  if (answer.ok) return answer.value;
  throw MessageError.of(await tabArticleFailure(answer.error, source.tabId, tabIsOpen));
}

/** The article, asked for at once. */
export const articleAsked = loadArticle();
articleAsked.then(
  () => {
    marks.article ??= performance.now();
  },
  () => undefined, // handled where it is used
);
