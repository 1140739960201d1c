// Part of `npm run bench -- lookup`: the same mousemove → card timing as bench-lookup-browser.ts, in
// Firefox ESR (puppeteer-core over WebDriver BiDi, the e2e journeys' driver). "After a restart" means
// after the add-on reloads: Firefox's background page is persistent and restarts no other way; the
// reload cuts the tab's content script off, so the button is clicked again and the first hover then
// is timed. Needs `npm run build:firefox` and firefox-esr; returns why when either is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness';
import type { Tab } from '../tests/e2e/journeys/driver';
import { firefoxDriver } from '../tests/e2e/journeys/firefox';
import { pointOfText, startWenzhai } from '../tests/e2e/journeys/steps';
import { ARM_HOVER_TIMER, type HoverTimings, WORDS } from './bench-lookup-browser';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timeHover(tab: Tab, word: string): Promise<number> {
  await tab.mouseMove(1, 1);
  await pause(50);
  const p = await pointOfText(tab, word);
  await pause(100); // let the scroll (which closes the card) settle before timing
  // A string (the drivers pass it through to the page): see ARM_HOVER_TIMER.
  const armed = tab.evaluate(ARM_HOVER_TIMER as never) as Promise<number>;
  await tab.mouseMove(p.x, p.y);
  return armed.catch((error: Error) => {
    throw new Error(`${word}: ${error.message}`);
  });
}

export async function benchHoverInFirefox(rounds = 6): Promise<HoverTimings | string> {
  const out = process.env.WENZHAI_OUT ?? '.output';
  if (!existsSync(join(ROOT, out, 'firefox-mv2/manifest.json'))) return `no build in ${out}/firefox-mv2`;
  if (!existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr')) return 'firefox-esr not found';
  const driver = await firefoxDriver({});
  const timings: HoverTimings = { warm: [], afterRestart: [], retried: 0, coldMisses: 0 };
  try {
    for (let round = 0; round < rounds; round++) {
      const url = `${driver.origin}/demo/news.html?round=${round}`;
      const page = await driver.open(url);
      await startWenzhai(driver, url, page);
      await timeHover(page, '市委').catch(() => undefined); // first lookup after injection: not timed
      for (const word of WORDS) {
        const ms = await timeHover(page, word).catch(() => {
          timings.retried++;
          return timeHover(page, word);
        });
        timings.warm.push(ms);
      }
      await driver.restartBackground();
      await startWenzhai(driver, url, page);
      try {
        timings.afterRestart.push(await timeHover(page, WORDS[round % WORDS.length] ?? '糧食'));
      } catch {
        timings.coldMisses++;
      }
      await page.close();
    }
  } finally {
    await driver.close();
  }
  return timings;
}
