// Part of `npm run bench -- lookup`: in real Chromium (playwright-core, the e2e harness), the time from a
// mousemove to the hover card being shown, warm and right after the service worker was stopped (so the
// lookup message has to start it and it has to load the dictionary again). Needs a build
// (WENZHAI_OUT, default .output) and Chromium; prints why and returns when either is missing.
//
// How it is timed: the page's main world records the trusted mousemove's timeStamp and then polls (on a
// MessageChannel loop, sub-millisecond, yielding to other tasks) until the CSS Custom Highlight the
// content script sets when it shows the card changes; the card is un-hidden in that same task, so the
// figure is "mousemove → card in the DOM, visible from the next paint".
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cleanup, launch, ROOT, type Session, serveFixtures } from '../tests/e2e/harness';

/** The demo article's words the hover benches time, in both browsers. */
export const WORDS = [
  '糧食',
  '會議',
  '企業',
  '發展',
  '市委',
  '工作',
  '部署',
  '任務',
  '精神',
  '政策',
  '穩就業',
  '新征程',
];

export interface HoverTimings {
  warm: number[];
  afterRestart: number[];
  /** Warm hovers whose card a late scroll closed: retried once and counted. */
  retried: number;
  /** Hovers right after a restart that showed no card within 10 s (not retried: that is the bug). */
  coldMisses: number;
}

async function pointOf(page: Page, needle: string): Promise<{ x: number; y: number }> {
  return page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = (node as Text).data.indexOf(text);
      if (i < 0 || node.parentElement?.closest('script, style, textarea')) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error(`not found: ${text}`);
  }, needle);
}

/** Resolves with ms from the next trusted mousemove to the card being shown (the 'wenzhai-word'
 *  highlight changing); evaluated in the page, also by the Firefox bench (bench-lookup-firefox.ts). */
export const ARM_HOVER_TIMER = `new Promise((resolve, reject) => {
    const registry = CSS.highlights;
    // The hover word's highlight has a random per-instance name ending in -word; each card sets a new one.
    // A content script cut off by an add-on reload (Firefox) leaves its own behind: any -word highlight
    // not there before counts, whichever instance drew it.
    const words = () => [...registry].filter(([name]) => name.endsWith('-word')).map(([, h]) => h);
    const before = new Set(words());
    const word = () => words().find((h) => !before.has(h));
    let moved = -1;
    const onMove = (e) => { if (e.isTrusted && moved < 0) moved = e.timeStamp; };
    addEventListener('mousemove', onMove, true);
    const channel = new MessageChannel();
    const started = performance.now();
    channel.port1.onmessage = () => {
      const now = word();
      if (moved >= 0 && now) {
        removeEventListener('mousemove', onMove, true);
        resolve(performance.now() - moved);
      } else if (performance.now() - started > 10000) reject(new Error('no card within 10 s'));
      else channel.port2.postMessage(0);
    };
    channel.port2.postMessage(0);
  })`;

/** Moves the pointer onto `word` and returns ms from the mousemove event to the card being shown. */
async function timeHover(page: Page, word: string): Promise<number> {
  await page.mouse.move(1, 1);
  await page.waitForTimeout(50);
  const p = await pointOf(page, word);
  await page.waitForTimeout(100); // let the scroll (which closes the card) settle before timing
  // A string, not a function: tsx (esbuild keepNames) would wrap named functions in a __name helper
  // that does not exist in the page.
  const armed = page.evaluate<number>(ARM_HOVER_TIMER);
  await page.mouse.move(p.x, p.y);
  return armed.catch((error: Error) => {
    throw new Error(`${word}: ${error.message}`);
  });
}

/** Stops the service worker as Chrome does when it is idle; resolves once DevTools reports it stopped
 *  (Playwright's `close` event for it comes seconds later, and a hover no longer wakes the worker). */
async function stopWorker(session: Session, page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  try {
    type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
    const stopped = new Promise<void>((resolve) => {
      cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
        const ours = versions.filter((v) =>
          v.scriptURL.startsWith(`chrome-extension://${session.extensionId}/`),
        );
        if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
      });
    });
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000))]);
  } finally {
    await cdp.detach();
  }
}

/** The toolbar popup for `page`'s tab, with the tab id asked of an extension page (the service worker's
 *  handle goes stale when it is stopped, and nothing here wakes it). */
async function activate(session: Session, extensionPage: Page, page: Page): Promise<void> {
  const url = page.url();
  const tabId = await extensionPage.evaluate(
    async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id,
    url,
  );
  if (tabId === undefined) throw new Error(`no tab for ${url}`);
  const popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  await popup.close();
}

export async function benchHoverInBrowser(rounds = 6): Promise<HoverTimings | string> {
  const out = process.env.WENZHAI_OUT ?? '.output';
  if (!existsSync(join(ROOT, out, 'chrome-mv3/manifest.json'))) return `no build in ${out}/chrome-mv3`;
  if (!existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) return 'Chromium not found';
  const { origin, server } = await serveFixtures();
  const session = await launch();
  const timings: HoverTimings = { warm: [], afterRestart: [], retried: 0, coldMisses: 0 };
  try {
    const extensionPage = await session.context.newPage();
    await extensionPage.goto(`chrome-extension://${session.extensionId}/options.html`);
    for (let round = 0; round < rounds; round++) {
      const page = await session.context.newPage();
      await page.goto(`${origin}/demo/news.html?round=${round}`);
      await activate(session, extensionPage, page);
      await page.bringToFront();
      await timeHover(page, '市委').catch(() => undefined); // first lookup after injection: not timed
      for (const word of WORDS) {
        // A hover the card missed (a late scroll closing it) is retried once and counted.
        const ms = await timeHover(page, word).catch(() => {
          timings.retried++;
          return timeHover(page, word);
        });
        timings.warm.push(ms);
      }
      await stopWorker(session, page);
      const word = WORDS[round % WORDS.length] ?? '糧食';
      try {
        timings.afterRestart.push(await timeHover(page, word));
      } catch {
        timings.coldMisses++;
      }
      await page.close();
    }
  } finally {
    await session.close();
    cleanup(session);
    server.close();
  }
  return timings;
}
