// Hover inside a same-origin frame and an about:blank frame in Firefox (issue 15 §2): the content
// script reaches frame documents through Firefox's Xray wrappers as through Chrome's isolated world,
// and a frame inside a component's CLOSED shadow root through Firefox's element.openOrClosedShadowRoot:
// hovered, converted and put back byte for byte.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { wordInFrame } from '../frame-point';
import type { Driver, Tab } from '../journeys/driver';
import { firefoxDriver } from '../journeys/firefox';
import { clickButton, headwords, openPopup, startWenzhai, waitForCard } from '../journeys/steps';

const PAGES = {
  '/frames/same.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>框架</title></head>
<body><p id="w">各地积极推进复工复产工作。</p></body></html>`,
  '/frames/closed.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>组件</title></head>
<body><article><h1>组件里的框架</h1><p>今年经济增长发展势头良好，会议强调要坚持稳中求进。</p>
<closed-widget></closed-widget></article>
<script>
  customElements.define('closed-widget', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.innerHTML = '<iframe id="in-closed" style="width:480px;height:80px" src="/frames/same.html"></iframe>';
      window.closedRoot = root;
    }
  });
</script></body></html>`,
  '/frames/top.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>框架页面</title></head>
<body><article><h1>框架里的新闻</h1><p>今年经济增长发展势头良好，会议强调要坚持稳中求进。</p>
<iframe id="same" src="/frames/same.html" style="width:480px;height:80px;border:7px solid #999;padding:5px"></iframe>
<iframe id="blank" style="width:480px;height:80px"></iframe></article>
<script>
  const doc = document.getElementById('blank').contentDocument;
  doc.open(); doc.write('<!doctype html><p id="w">推动高质量发展。</p>'); doc.close();
</script></body></html>`,
};

let driver: Driver;
before(async () => {
  driver = await firefoxDriver(PAGES);
});
after(async () => {
  await driver?.close();
});

/** The centre (top viewport) of the first character of `needle` in frame #frameId. */
const pointInFrame = (tab: Tab, frameId: string, needle: string) =>
  wordInFrame(tab, { id: frameId }, { textId: 'w', needle });

test('hovering words in a same-origin and an about:blank frame shows the card', async () => {
  const url = `${driver.origin}/frames/top.html`;
  const page = await driver.open(url);
  await startWenzhai(driver, url, page);
  for (const [frame, needle, word] of [
    ['same', '复工复产', '復工復產'],
    ['blank', '高质量', '高質量'],
  ] as const) {
    await page.mouseMove(2, 2);
    const at = await pointInFrame(page, frame, needle);
    // As a hand does: into the frame, then onto the word (the frame reach loads on first need, right
    // after the start, and a cold browser may still be loading it when the pointer first gets there).
    await page.mouseMove(at.x - 4, at.y);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await page.mouseMove(at.x, at.y);
    const card = await waitForCard(page, (h) => headwords(h).some((w) => w.startsWith(word)), word);
    assert.ok(headwords(card).some((w) => w.startsWith(word)));
  }
  await page.close();
});

/** The frame inside the page's closed root (the page keeps a handle on its own root). */
const closedFrameBody = (tab: Tab) =>
  tab.evaluate(() => {
    const root = (window as unknown as { closedRoot?: ShadowRoot }).closedRoot;
    const frame = root?.getElementById('in-closed') as HTMLIFrameElement | null;
    return frame?.contentDocument?.body?.outerHTML ?? null;
  });

async function waitForClosedFrame(tab: Tab, wanted: string): Promise<string> {
  const deadline = Date.now() + 20_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await closedFrameBody(tab);
    if (last?.includes(wanted)) return last;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the frame in the closed root never showed ${wanted}; last: ${last}`);
}

test('a frame inside a closed shadow root: hovered, converted and put back byte for byte', async () => {
  const url = `${driver.origin}/frames/closed.html`;
  const page = await driver.open(url);
  const original = await waitForClosedFrame(page, '复工复产');
  await startWenzhai(driver, url, page);
  const at = await wordInFrame(
    page,
    { id: 'in-closed', root: 'closedRoot' },
    { textId: 'w', needle: '复工复产' },
  );
  // Into the frame, then on over the word until the reach (loaded on this first entry) answers.
  await page.mouseMove(2, 2);
  await page.mouseMove(at.x - 30, at.y);
  for (let i = 0; i < 20; i++) {
    await page.mouseMove(at.x + (i % 2), at.y);
    await new Promise((resolve) => setTimeout(resolve, 150));
    const card = await page.closedRoot('hover');
    if (card && !card.hidden && headwords(card.html).some((w) => w.startsWith('復工復產'))) break;
  }
  const card = await waitForCard(page, (h) => headwords(h).some((w) => w.startsWith('復工復產')), '復工復產');
  assert.ok(headwords(card).some((w) => w.startsWith('復工復產')));

  const popup = await openPopup(driver, url);
  await clickButton(popup, 'Convert to 繁體');
  await waitForClosedFrame(page, '復工復產');
  await clickButton(popup, 'Show original');
  const back = await waitForClosedFrame(page, '复工复产');
  assert.equal(back, original, 'byte for byte');
  await popup.close();
  await page.close();
});
