// Hover inside a same-origin frame and an about:blank frame in Firefox (issue 15 §2): the content
// script reaches frame documents through Firefox's Xray wrappers as through Chrome's isolated world.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Driver, Tab } from '../journeys/driver';
import { firefoxDriver } from '../journeys/firefox';
import { headwords, startWenzhai, waitForCard } from '../journeys/steps';

const PAGES = {
  '/frames/same.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>框架</title></head>
<body><p id="w">各地积极推进复工复产工作。</p></body></html>`,
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
  tab.evaluate(
    ([id, text]) => {
      const frame = document.getElementById(id) as HTMLIFrameElement;
      const doc = frame.contentDocument as Document;
      const node = doc.getElementById('w')?.firstChild as Text;
      const range = doc.createRange();
      const at = node.data.indexOf(text);
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const r = range.getBoundingClientRect();
      const box = frame.getBoundingClientRect();
      const style = getComputedStyle(frame);
      return {
        x: box.left + frame.clientLeft + Number.parseFloat(style.paddingLeft) + r.left + r.width / 2,
        y: box.top + frame.clientTop + Number.parseFloat(style.paddingTop) + r.top + r.height / 2,
      };
    },
    [frameId, needle] as const,
  );

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
