// Hover inside frames in real Chromium (issue 15 §2): a hostile page with a same-origin iframe and an
// about:blank iframe its script writes with document.open/write/close (which erases listeners), both
// restyling every foreign element they see. Hovering a word in either frame shows ONE card, in the top
// document's closed root, at the word's place; keys work with the focus in the frame; the word is marked
// in the frame's own highlight registry under a random name; after a conversion "Show original" puts
// both frames back byte for byte; no unhandled error anywhere.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { cardFrame, inClosedRoot, openPopupFor, startWenzhai, useSession, waitForCard } from './fixtures';
import { type FrameRef, wordInFrame } from './frame-point';
import { failOnWenzhaiErrors } from './hostile-errors';

/** Restyles and pre-empts foreign UI in whichever document it runs (as hover-hostile's page does). */
const HOSTILE_SCRIPT = `<script>
  for (const name of ['wenzhai-hover', 'wenzhai-card', 'wz-hover'])
    customElements.define(name, class extends HTMLElement { constructor() { super(); throw new Error('gotcha'); } });
  const hide = () => { for (const el of document.documentElement.children)
    if (el !== document.head && el !== document.body) el.setAttribute('style', 'display:none !important'); };
  new MutationObserver(hide).observe(document.documentElement, { childList: true });
</script>`;

const FRAME_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>同源框架</title>
${HOSTILE_SCRIPT}</head><body style="margin:8px"><p id="same">各地积极推进复工复产工作。</p></body></html>`;

const TOP_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>框架页面</title>
${HOSTILE_SCRIPT}</head><body>
<article><h1>框架里的新闻</h1><p>今年经济增长发展势头良好，会议强调要坚持稳中求进。</p>
<iframe id="same-frame" src="/frames/same.html" style="width:480px;height:80px;border:7px solid #999;padding:5px;margin-left:40px"></iframe>
<iframe id="blank-frame" style="width:480px;height:80px;border:3px solid #999"></iframe>
<div id="widget"></div>
<p>会议指出，要推动经济社会发展。</p></article>
<script>
  // A component holding a frame in its (open) shadow root.
  document.getElementById('widget').attachShadow({ mode: 'open' }).innerHTML =
    '<iframe id="shadow-frame" style="width:480px;height:60px" srcdoc="<p id=&quot;shadow&quot;>领导人会议强调要坚持。</p>"></iframe>';
  const blank = document.getElementById('blank-frame').contentDocument;
  blank.open();
  blank.write('<!doctype html><html><head>' + ${JSON.stringify(HOSTILE_SCRIPT).replace(/<\//g, '<\\/')} +
    '</head><body><p id="blank">推动高质量发展。会议强调要坚持。</p></body></html>');
  blank.close();
</script></body></html>`;

const env = useSession({ pages: { '/frames/top.html': TOP_PAGE, '/frames/same.html': FRAME_PAGE } });
failOnWenzhaiErrors(() => env.session); // every context, the offscreen document's too
const errors: string[] = [];

let opened = 0;
let watchingWorker = false;
async function open(): Promise<Page> {
  await env.ready;
  if (!watchingWorker) {
    watchingWorker = true;
    env.session.worker.on('console', (m) => {
      if (m.type() === 'error') errors.push(`service worker: ${m.text()}`);
    });
  }
  const page = await env.session.context.newPage();
  page.on('pageerror', (e) => {
    if (!e.message.includes('gotcha')) errors.push(`page: ${e.message}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${env.origin}/frames/top.html?n=${++opened}`);
  await page.waitForFunction(() =>
    (document.getElementById('same-frame') as HTMLIFrameElement).contentDocument?.getElementById('same'),
  );
  await startWenzhai(env.session, page);
  return page;
}

/** The frames of the top page: by id, the shadow one in #widget's open root. */
const SAME: FrameRef = { id: 'same-frame' };
const BLANK: FrameRef = { id: 'blank-frame' };
const SHADOW: FrameRef = { id: 'shadow-frame', host: 'widget' };

/** The box (top viewport) of `length` characters of `needle` in the text of #id inside `frame`. */
const boxInFrame = (page: Page, frame: FrameRef, id: string, needle: string, length = 1) =>
  wordInFrame(page, frame, { textId: id, needle, length });

async function hoverInFrame(page: Page, frame: FrameRef, id: string, needle: string): Promise<void> {
  await page.mouse.move(2, 2);
  const at = await boxInFrame(page, frame, id, needle);
  await page.mouse.move(at.x, at.y, { steps: 3 });
}

/** Our hover hosts per document (top first, then each frame), as the page's own world sees them. */
const hostCounts = (page: Page) =>
  page.evaluate(() => {
    const docs = [
      document,
      ...['same-frame', 'blank-frame'].map(
        (id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument as Document,
      ),
    ];
    return docs.map((d) => d.querySelectorAll('[data-wenzhai-ui="hover"]').length);
  });

/** The card frame's box (top viewport) and whether it is an open popover, through DevTools. */
const cardBox = (page: Page) =>
  inClosedRoot(page, 'hover', async (cdp, shadow) => {
    const frame = cardFrame(shadow);
    if (!frame) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: frame.nodeId })) as {
      model: { border: number[] };
    };
    const [x1, y1] = model.border as [number, number];
    return { left: x1, top: y1 };
  });

const highlightNames = (page: Page, frameId: string) =>
  page.evaluate((id) => {
    const win = (document.getElementById(id) as HTMLIFrameElement).contentWindow as unknown as {
      CSS: { highlights: Map<string, { size: number }> };
    };
    return [...win.CSS.highlights.entries()].filter(([, h]) => h.size > 0).map(([name]) => name);
  }, frameId);

test('a word in a same-origin frame shows one card in the top document, at the word', async () => {
  const page = await open();
  await hoverInFrame(page, SAME, 'same', '复工复产');
  await waitForCard(page, (h) => h.includes('復工復產'), '復工復產 in the same-origin frame');
  assert.deepEqual(await hostCounts(page), [1, 0, 0], 'one host, in the top document');
  const word = await boxInFrame(page, SAME, 'same', '复工复产', 4);
  const card = await cardBox(page);
  assert.ok(card, 'the card has a box');
  // placePopup puts the card 6 px below the word, at its left edge (the frame's border and padding
  // counted: a card placed in the frame's own coordinates would be off by more than 40 px).
  assert.ok(Math.abs(card.left - word.left) <= 2, `card left ${card.left}, word left ${word.left}`);
  assert.ok(Math.abs(card.top - (word.top + word.height + 6)) <= 2, `card top ${card.top}, word ${word.top}`);
  const names = await highlightNames(page, 'same-frame');
  assert.ok(
    names.some((n) => /^m[0-9a-f]{24}-word$/.test(n)),
    `the word marked in the frame: ${names}`,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test('an about:blank frame written by its parent: hover and keys with the focus in the frame', async () => {
  const page = await open();
  await hoverInFrame(page, BLANK, 'blank', '高质量');
  await waitForCard(page, (h) => h.includes('高質量'), '高質量 in the about:blank frame');
  // Focus the frame (a click beside the text), hover again and step to the next word with n.
  const box = await boxInFrame(page, BLANK, 'blank', '推');
  await page.mouse.click(box.left + 400, box.top + box.height / 2);
  await hoverInFrame(page, BLANK, 'blank', '会议');
  await waitForCard(page, (h) => h.includes('會議'), '會議 after focusing the frame');
  const focusedInFrame = await page.evaluate(() => document.activeElement?.id);
  assert.equal(focusedInFrame, 'blank-frame', 'the focus is in the frame');
  await page.keyboard.press('n');
  await waitForCard(page, (h) => h.includes('強調'), 'n: the next word, 強調');
  // s saves the word (with its sentence from the frame) to the vocabulary: the card says so once the
  // background has answered.
  await page.keyboard.press('s');
  await waitForCard(page, (h) => h.includes('強調') && h.includes('Saved to vocabulary'), 's: saved');
  await page.keyboard.press('Escape');
  await inClosedRoot(page, 'hover', async (_cdp, shadow) => {
    const frame = cardFrame(shadow);
    assert.ok(frame?.attributes?.includes('hidden'), 'Esc in the frame closed the card');
  });
  assert.deepEqual(await hostCounts(page), [1, 0, 0]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('converted frames hover in the new script; Show original restores both frames byte for byte', async () => {
  const page = await open();
  const frames = () =>
    page.evaluate(() =>
      ['same-frame', 'blank-frame'].map(
        (id) => (document.getElementById(id) as HTMLIFrameElement).contentDocument?.body.outerHTML,
      ),
    );
  const original = await frames();
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Convert to 繁體' }).click();
  await page.waitForFunction(
    () =>
      (
        document.getElementById('blank-frame') as HTMLIFrameElement
      ).contentDocument?.body.textContent?.includes('高質量'),
    null,
    { timeout: 20_000 },
  );
  await page.bringToFront();
  await hoverInFrame(page, SAME, 'same', '復工復產');
  await waitForCard(page, (h) => h.includes('复工复产'), 'the converted word in the frame');
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Show original' }).click();
  await page.waitForFunction(
    () =>
      (
        document.getElementById('same-frame') as HTMLIFrameElement
      ).contentDocument?.body.textContent?.includes('复工复产'),
    null,
    { timeout: 20_000 },
  );
  await popup.close();
  assert.deepEqual(await frames(), original, 'both frames byte for byte');
  assert.deepEqual(errors, []);
  await page.close();
});

test("a frame inside a component's shadow root hovers too", async () => {
  const page = await open();
  await page.waitForFunction(() =>
    (
      document
        .getElementById('widget')
        ?.shadowRoot?.getElementById('shadow-frame') as HTMLIFrameElement | null
    )?.contentDocument?.getElementById('shadow'),
  );
  await hoverInFrame(page, SHADOW, 'shadow', '会议');
  await waitForCard(page, (h) => h.includes('會議'), '會議 in the frame inside a shadow root');
  assert.deepEqual(errors, []);
  await page.close();
});
