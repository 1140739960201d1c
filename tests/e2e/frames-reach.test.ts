// Conversion and hover reach every frame the extension may read (issue 15 §2), in real Chromium: a
// same-origin frame, an about:blank frame its parent writes, a frame inside a component's open shadow
// root, frames inside CLOSED shadow roots (a custom element's closed root, and one attached after the
// conversion started), and a frame the page adds after the conversion. Converting reaches all of them,
// text added later inside a frame converts too, and "Show original" puts every frame back byte for byte.
// A word in a frame inside a closed root shows the card, as in any other frame.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { hoverCardHtml, openPopupFor, startWenzhai, useSession, waitForCard } from './fixtures';
import { wordInFrame } from './frame-point';
import { failOnWenzhaiErrors } from './hostile-errors';

const FRAME_PAGE = (id: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"></head><body style="margin:8px"><p id="${id}">${text}</p></body></html>`;

const TOP_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>框架页面</title></head><body>
<article><h1>框架里的新闻</h1><p>今年经济增长发展势头良好，会议强调要坚持稳中求进。</p>
<iframe id="same" src="/reach/same.html" style="width:480px;height:60px"></iframe>
<iframe id="blank" style="width:480px;height:60px"></iframe>
<div id="open-host"></div>
<closed-widget id="closed-host"></closed-widget>
<late-widget id="late-host"></late-widget>
<p>会议指出，要推动经济社会发展。</p></article>
<script>
  // The page's own handles on its roots (a closed root is the page's to keep, not ours to find).
  window.roots = {};
  document.getElementById('open-host').attachShadow({ mode: 'open' }).innerHTML =
    '<iframe id="in-open" style="width:480px;height:60px" src="/reach/open.html"></iframe>';
  customElements.define('closed-widget', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.innerHTML = '<p>组件标题</p><iframe id="in-closed" style="width:480px;height:60px" src="/reach/closed.html"></iframe>';
      window.roots.closed = root;
    }
  });
  const doc = document.getElementById('blank').contentDocument;
  doc.open();
  doc.write('<!doctype html><html><body><p id="w">推动高质量发展。</p></body></html>');
  doc.close();
  // Defined (and its closed root attached, with a frame) only when the test says so.
  window.defineLate = () => customElements.define('late-widget', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.innerHTML = '<iframe id="in-late" style="width:480px;height:60px" src="/reach/late.html"></iframe>';
      window.roots.late = root;
    }
  });
  window.addFrame = () => {
    const frame = document.createElement('iframe');
    frame.id = 'added';
    frame.style.cssText = 'width:480px;height:60px';
    frame.src = '/reach/added.html';
    document.querySelector('article').append(frame);
  };
</script></body></html>`;

/** A page whose only frame is inside a closed root: nothing tells the hover about frames up front. */
const CLOSED_ONLY_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>组件</title></head><body>
<article><h1>组件里的框架</h1><p>今年经济增长发展势头良好。</p><closed-widget></closed-widget></article>
<script>
  window.roots = {};
  customElements.define('closed-widget', class extends HTMLElement {
    constructor() {
      super();
      const root = this.attachShadow({ mode: 'closed' });
      root.innerHTML = '<div><iframe id="in-closed" style="width:480px;height:60px" src="/reach/closed.html"></iframe></div>';
      window.roots.closed = root;
    }
  });
</script></body></html>`;

const env = useSession({
  pages: {
    '/reach/top.html': TOP_PAGE,
    '/reach/closed-only.html': CLOSED_ONLY_PAGE,
    '/reach/same.html': FRAME_PAGE('w', '各地积极推进复工复产工作。'),
    '/reach/open.html': FRAME_PAGE('w', '领导人会议强调要坚持。'),
    '/reach/closed.html': FRAME_PAGE('w', '会议强调要坚持稳中求进。'),
    '/reach/late.html': FRAME_PAGE('w', '经济社会发展势头良好。'),
    '/reach/added.html': FRAME_PAGE('w', '后来加入的框架里的发展。'),
  },
});
failOnWenzhaiErrors(() => env.session); // every context, the offscreen document's too
const errors: string[] = [];

/** Every frame of the page, found the way the page itself can (its own handles on its closed roots). */
const FRAME_IDS = ['same', 'blank', 'in-open', 'in-closed', 'in-late', 'added'] as const;
type FrameId = (typeof FRAME_IDS)[number];

async function open(path = '/reach/top.html'): Promise<Page> {
  await env.ready;
  const page = await env.session.context.newPage();
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${m.text()}`);
  });
  await page.goto(`${env.origin}${path}`);
  await waitForFrameText(page, 'in-closed', '会议');
  if (path === '/reach/top.html') await waitForFrameText(page, 'same', '复工');
  await startWenzhai(env.session, page);
  return page;
}

/** The body HTML of each frame (null: not there, or not loaded yet). */
const frameBodies = (page: Page, ids: readonly FrameId[] = FRAME_IDS) =>
  page.evaluate((list) => {
    const w = window as unknown as { roots: Record<string, ShadowRoot | undefined> };
    return list.map((id) => {
      const frame = (document.getElementById(id) ??
        document.getElementById('open-host')?.shadowRoot?.getElementById(id) ??
        w.roots.closed?.getElementById(id) ??
        w.roots.late?.getElementById(id) ??
        null) as HTMLIFrameElement | null;
      const body = frame?.contentDocument?.body;
      return body?.querySelector('#w') ? body.outerHTML : null;
    });
  }, ids);

async function waitForFrameText(page: Page, id: FrameId, text: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = (await frameBodies(page, [id]))[0] ?? null;
    if (last?.includes(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`frame ${id} never showed ${text}; last: ${last}`);
}

async function convertWithPopup(page: Page, button: string): Promise<void> {
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: button }).click();
  await popup.waitForTimeout(300);
  await popup.close();
  await page.bringToFront();
}

test('conversion reaches every readable frame, also in closed roots and added later; Show original restores them all', async () => {
  const page = await open();
  const original = await frameBodies(page);
  await convertWithPopup(page, 'Convert to 繁體');
  await waitForFrameText(page, 'same', '復工復產');
  await waitForFrameText(page, 'blank', '高質量');
  await waitForFrameText(page, 'in-open', '領導');
  await waitForFrameText(page, 'in-closed', '會議');
  // A component defined now attaches a closed root holding a frame; a frame the page adds now, and
  // text a frame's page adds now: all convert as they come.
  await page.evaluate(() => (window as unknown as { defineLate(): void }).defineLate());
  await waitForFrameText(page, 'in-late', '經濟');
  await page.evaluate(() => (window as unknown as { addFrame(): void }).addFrame());
  await waitForFrameText(page, 'added', '後來加入');
  await page.evaluate(() => {
    const frame = document.getElementById('same') as HTMLIFrameElement;
    const p = frame.contentDocument?.createElement('p') as HTMLParagraphElement;
    p.textContent = '新的发展报道。';
    frame.contentDocument?.body.append(p);
  });
  await waitForFrameText(page, 'same', '新的發展報道');
  const withAdded = await frameBodies(page, ['added']);
  assert.ok(withAdded[0]?.includes('後來加入'), 'the frame added later is converted');

  await convertWithPopup(page, 'Show original');
  await waitForFrameText(page, 'in-closed', '会议');
  await waitForFrameText(page, 'added', '后来加入');
  const back = await frameBodies(page);
  // The paragraph the page added to #same stays (its own text, put back as the page wrote it).
  const sameBack = back[0]?.replace('<p>新的发展报道。</p>', '');
  assert.deepEqual([sameBack, ...back.slice(1, 4)], original.slice(0, 4), 'every frame byte for byte');
  // The late frame was never seen unconverted by the test: its page as served.
  assert.equal(back[4], `<body style="margin:8px"><p id="w">经济社会发展势头良好。</p></body>`);
  assert.ok(back[0]?.includes('<p>新的发展报道。</p>'), 'the page’s later text is back as written');
  assert.deepEqual(errors, []);
  await page.close();
});

/** The centre (top viewport) of the first character of `needle` in the frame inside the closed root
 *  the page keeps at window.roots[root]. */
const pointInClosedFrame = (page: Page, root: 'closed' | 'late', id: string, needle: string) =>
  wordInFrame(page, { id, root: `roots.${root}` }, { textId: 'w', needle });

test('a word in a frame inside a closed shadow root shows the card', async () => {
  const page = await open();
  await page.evaluate(() => (window as unknown as { defineLate(): void }).defineLate());
  await waitForFrameText(page, 'in-late', '经济');
  for (const [root, id, needle, word] of [
    ['closed', 'in-closed', '会议', '會議'],
    ['late', 'in-late', '经济', '經濟'],
  ] as const) {
    await page.mouse.move(2, 2);
    const at = await pointInClosedFrame(page, root, id, needle);
    await page.mouse.move(at.x - 30, at.y, { steps: 2 });
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await waitForCard(page, (h) => h.includes(word), `${word} in the frame inside the ${root} root`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page whose only frame is in a closed root: the first hover into it shows the card', async () => {
  const page = await open('/reach/closed-only.html');
  await page.mouse.move(2, 2);
  const at = await pointInClosedFrame(page, 'closed', 'in-closed', '会议');
  // As a hand does: into the frame, then on over the word (entering it loads the frame reach, which
  // the moves right after may still be waiting for), until the card shows or 30 moves have passed.
  await page.mouse.move(at.x - 30, at.y, { steps: 2 });
  let card: { html: string; hidden: boolean } | null = null;
  for (let i = 0; i < 30 && !(card && !card.hidden && card.html.includes('會議')); i++) {
    await page.mouse.move(at.x + (i % 2), at.y, { steps: 2 });
    await page.waitForTimeout(150);
    card = await hoverCardHtml(page);
  }
  await waitForCard(page, (h) => h.includes('會議'), '會議 in the only frame, inside a closed root');
  assert.deepEqual(errors, []);
  await page.close();
});
