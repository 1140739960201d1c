// A frame of a site the user granted, inside a page of another site, in Firefox (issue 15 §2): the top
// page is served from 127.0.0.1 (what the harness grants in place of the toolbar click), its frame from
// localhost, a second origin granted as a user grants one: the optional host permission a site rule
// asks for, requested from a click in an extension page (Firefox's prompt answered Allow by the
// harness's pref). The frame gets a content script of its own: hovering its word shows the card in the
// frame's own closed root, the tab's conversion reaches it, and "Show original" restores it byte for
// byte. Without the grant the same frame gets nothing of ours.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { wordInCrossOriginFrame } from '../frame-point';
import type { Driver, ExtensionApi, Tab } from '../journeys/driver';
import { waitUntil } from '../journeys/driver';
import { firefoxDriver } from '../journeys/firefox';
import { clickButton, headwords, openPopup, startWenzhai, waitForCard } from '../journeys/steps';

const GRANTED = 'http://localhost/*';

const PAGES = {
  '/frames/granted.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>授权站点</title></head>
<body><p id="granted">各地积极推进复工复产工作。</p><p id="trad">這是後來的發展。</p></body></html>`,
  '/frames/cross.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>跨源框架</title></head>
<body><article><h1>跨源框架里的新闻</h1><p>今年经济增长发展势头良好，会议强调要坚持稳中求进。</p>
<iframe id="granted-frame" style="width:600px;height:200px;border:4px solid #999;padding:3px"></iframe></article>
<script>
  document.getElementById('granted-frame').src =
    location.origin.replace('127.0.0.1', 'localhost') + '/frames/granted.html';
</script></body></html>`,
};

let driver: Driver;
before(async () => {
  driver = await firefoxDriver(PAGES);
});
after(async () => {
  await driver?.close();
});

const isGranted = () =>
  driver.extension(
    (origin) =>
      ((globalThis as unknown as { browser?: ExtensionApi }).browser ?? chrome).permissions.contains({
        origins: [origin],
      }),
    GRANTED,
  );

/** The user's grant of localhost: a click on a button of an extension page whose handler requests the
 *  optional host permission (as the popup's "Always convert this site" does, inside the click). */
async function grantLocalhost(): Promise<void> {
  const options = await driver.openExtensionPage('options.html');
  await options.evaluate((origin) => {
    const api = (globalThis as unknown as { browser: ExtensionApi }).browser;
    const button = document.createElement('button');
    button.textContent = 'Allow localhost';
    button.style.cssText = 'position:fixed;top:10px;left:10px;z-index:1';
    button.addEventListener('click', () => {
      void api.permissions.request({ origins: [origin] }).then((ok) => {
        button.dataset.granted = String(ok);
      });
    });
    document.body.append(button);
  }, GRANTED);
  await clickButton(options, 'Allow localhost');
  await waitUntil(
    () =>
      options.evaluate(() => document.querySelector('button[data-granted]')?.getAttribute('data-granted')),
    'the permission request to settle',
  );
  await options.close();
}

/** The cross-origin page and its frame (a tab view of the frame's own document). */
async function openCross(): Promise<{ url: string; page: Tab; frame: Tab }> {
  const url = `${driver.origin}/frames/cross.html`;
  const page = await driver.open(url);
  assert.ok(page.frame, 'the Firefox driver reaches frames');
  const frame = await page.frame('/frames/granted.html');
  await waitUntil(() => frame.evaluate(() => document.getElementById('granted') !== null), 'the frame');
  return { url, page, frame };
}

const frameBody = (frame: Tab) => frame.evaluate(() => document.body.outerHTML);
const waitForFrameBody = (frame: Tab, wanted: string) =>
  waitUntil(async () => {
    const body = await frameBody(frame);
    return body.includes(wanted) ? body : null;
  }, `the granted frame to show ${wanted}`);

async function hoverInFrame(page: Tab, frame: Tab, needle: string): Promise<void> {
  const at = await wordInCrossOriginFrame(page, { id: 'granted-frame' }, frame, {
    textId: 'granted',
    needle,
  });
  await page.mouseMove(2, 2);
  // As a hand does: into the frame, then onto the word (its script may still be starting).
  await page.mouseMove(at.x - 30, at.y);
  await new Promise((resolve) => setTimeout(resolve, 300));
  await page.mouseMove(at.x, at.y);
}

test('without a grant, the frame of another site gets nothing of ours', async () => {
  assert.equal(await isGranted(), false, 'localhost is not granted yet');
  const { url, page, frame } = await openCross();
  await startWenzhai(driver, url, page);
  const popup = await openPopup(driver, url);
  await clickButton(popup, 'Convert to 繁體');
  await waitUntil(
    () => page.evaluate(() => document.body.textContent?.includes('經濟增長')),
    'the top converted',
  );
  await popup.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.ok((await frameBody(frame)).includes('复工复产'), 'the frame is left as it is');
  assert.equal(await frame.evaluate(() => document.querySelectorAll('[data-wenzhai-ui]').length), 0);
  await page.close();
});

test('a granted frame: hovered in its own document, converted with the tab, restored byte for byte', async () => {
  await grantLocalhost();
  assert.equal(await isGranted(), true, 'localhost granted');
  const { url, page, frame } = await openCross();
  const original = await frameBody(frame);
  await startWenzhai(driver, url, page);
  // Hover: the card shows in the frame's own closed root (its own content script), not the top's.
  await hoverInFrame(page, frame, '复工复产');
  const card = await waitForCard(
    frame,
    (h) => headwords(h).some((w) => w.startsWith('復工復產')),
    '復工復產',
  );
  assert.ok(headwords(card).some((w) => w.startsWith('復工復產')));
  const top = await page.closedRoot('hover');
  assert.ok(!top?.html.includes('復工復產'), 'the frame word is not shown by the top frame');
  // The tab's conversion reaches the frame; "Show original" puts back exactly what was there.
  const popup = await openPopup(driver, url);
  await clickButton(popup, 'Convert to 繁體');
  const converted = await waitForFrameBody(frame, '復工復產');
  assert.ok(converted.includes('這是後來的發展'), converted);
  await clickButton(popup, 'Convert to 简体');
  await waitForFrameBody(frame, '这是后来的发展');
  await clickButton(popup, 'Show original');
  await waitForFrameBody(frame, '這是後來的發展');
  await waitUntil(async () => (await frameBody(frame)) === original, 'the frame restored').catch(() => null);
  assert.equal(await frameBody(frame), original, 'byte for byte');
  // Hover still answers in the restored frame.
  await hoverInFrame(page, frame, '复工复产');
  await waitForCard(frame, (h) => headwords(h).some((w) => w.startsWith('復工復產')), '復工復產 again');
  await popup.close();
  await page.close();
});
