// Tap to look up (Firefox for Android has no hover): a finger's tap on a word shows its card. The hover
// modifier is set to Shift first, so the pointer's compatibility mouse events alone could not open the
// card: only the tap path (lib/hover-touch.ts) can.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Driver, ExtensionApi } from '../journeys/driver';
import { firefoxDriver } from '../journeys/firefox';
import { JOURNEY_PAGES } from '../journeys/journeys';
import { headwords, pointOfText, startWenzhai, waitForCard } from '../journeys/steps';

let driver: Driver;
before(async () => {
  driver = await firefoxDriver(JOURNEY_PAGES);
});
after(async () => {
  await driver?.close();
});

test('a tap on a word shows its card, even with a hover modifier set, and a second tap moves it', async () => {
  await driver.extension(() =>
    ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome).storage.local.set({
      hoverModifier: 'shift',
    }),
  );
  const url = `${driver.origin}/demo/news.html`;
  const page = await driver.open(url);
  await startWenzhai(driver, url, page);
  const at = await pointOfText(page, '糧食生產');
  // A mouse resting there shows nothing without Shift …
  await page.mouseMove(at.x, at.y);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.notEqual((await page.closedRoot('hover'))?.hidden, false, 'no card without the modifier');
  // … a tap does.
  assert.ok(page.tap, 'the Firefox driver taps');
  await page.tap(at.x, at.y);
  const card = await waitForCard(page, (h) => headwords(h)[0] === '糧食', '糧食 after a tap');
  assert.match(card, /liáng shi/);
  const other = await pointOfText(page, '基層');
  await page.tap(other.x, other.y);
  await waitForCard(page, (h) => headwords(h).includes('基層'), '基層 after a second tap');
});
