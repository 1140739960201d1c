// The hover card right after Chrome stops the extension's service worker (it does so after 30 s idle):
// the dictionary lives in the offscreen document's worker, which the restart does not touch, and tabs
// reach it over an open port. Before this, one cold hover in six showed no card (a small "hot" word
// list answered while the full dictionary loaded, and had no entry for words like 糧食); each round here
// stops the worker and expects the right card, so a 1-in-6 miss fails the test.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { hoverCardHtml, pointOfText, useSession, waitForCard } from './fixtures';

const env = useSession();

// An extension page to ask the browser things from: unlike the service worker, which these tests stop,
// it stays the same object throughout (a stopped worker's stale handle would never answer).
let extensionPage: Page;
async function asExtension<T>(fn: () => Promise<T>): Promise<T> {
  if (!extensionPage || extensionPage.isClosed()) {
    extensionPage = await env.session.context.newPage();
    await extensionPage.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  }
  return extensionPage.evaluate(fn);
}

let opened = 0;
async function openDemo(): Promise<Page> {
  const page = await env.session.context.newPage();
  const url = `${env.origin}/demo/news.html?restart=${++opened}`;
  await page.goto(url);
  const tabs = await asExtension(() => chrome.tabs.query({}));
  const tabId = tabs.find((t) => t.url === url)?.id;
  assert.ok(tabId, 'tab id');
  // The toolbar popup bound to the tab, as in openPopupFor (which asks the service worker for the id).
  const popup = await env.session.context.newPage();
  await popup.goto(`chrome-extension://${env.session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  await popup.close();
  await page.bringToFront();
  return page;
}

/** Stops the extension's service worker the way Chrome does when it is idle, and waits until the
 *  DevTools protocol reports it stopped (Playwright's `close` event comes seconds later). */
async function stopWorker(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
    const stopped = new Promise<boolean>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
        const ours = versions.filter((v) =>
          v.scriptURL.startsWith(`chrome-extension://${env.session.extensionId}/`),
        );
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve(true);
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    assert.ok(await Promise.race([stopped, page.waitForTimeout(5000).then(() => false)]), 'worker stopped');
  } finally {
    await cdp.detach();
  }
}

async function hover(page: Page, word: string): Promise<void> {
  await page.mouse.move(2, 2);
  const p = await pointOfText(page, word);
  await page.waitForTimeout(100); // the scroll that brought the word into view closes any card
  await page.mouse.move(p.x, p.y);
}

const headwords = (html: string): string[] =>
  [...html.matchAll(/<span class="trad">([^<]*)<\/span>/g)].map((m) => m[1] ?? '');

async function offscreenDocuments(): Promise<number> {
  return asExtension(
    async () => (await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] })).length,
  );
}

// 糧食 and 基層 were the words the old "hot" list lacked; the others are ordinary news vocabulary.
const WORDS = ['糧食', '會議', '基層', '鄉村', '消費', '投資', '企業', '發展'];

test('every hover right after a service-worker restart shows the right card', async () => {
  const page = await openDemo();
  await hover(page, '市委');
  await waitForCard(page, (h) => headwords(h)[0] === '市委', 'warm 市委');
  assert.equal(await offscreenDocuments(), 1, 'one document holds the dictionary');
  for (const word of WORDS) {
    await stopWorker(page);
    await hover(page, word);
    // The word, or a longer one starting with it (基層 is first seen in the news term 基層減負) that lists it.
    await waitForCard(page, (h) => headwords(h).includes(word), `${word} right after a restart`);
  }
  assert.equal(await offscreenDocuments(), 1, 'still one document: the restarts did not add any');
  await page.close();
});

test('the first hover when no document holds the dictionary yet opens it and shows the card', async () => {
  const page = await openDemo();
  await hover(page, '會議');
  await waitForCard(page, (h) => headwords(h)[0] === '會議', 'warm 會議');
  // As after a browser start: no dictionary document, and a stopped worker.
  await asExtension(() => chrome.offscreen.closeDocument());
  assert.equal(await offscreenDocuments(), 0);
  await stopWorker(page);
  for (const word of ['糧食', '部署']) {
    await hover(page, word);
    await waitForCard(page, (h) => headwords(h).includes(word), `${word} with no document open`);
  }
  assert.equal(await offscreenDocuments(), 1, 'the background opened exactly one');
  await page.keyboard.press('Escape');
  assert.equal((await hoverCardHtml(page))?.hidden, true);
  await page.close();
});
