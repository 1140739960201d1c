// Conversion on a component-built page in real Chromium (issue 15 §2): open, nested and declarative
// shadow roots, a closed root (reached through chrome.dom.openOrClosedShadowRoot), a custom element
// the page defines only after the conversion, text added inside a root later, a same-origin frame
// and an about:blank frame: all converted from the popup, and "Show original" puts every tree back
// byte for byte.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cleanup, launch, openPopupFor, type Session, serveFixtures } from './harness';
import { failOnWenzhaiErrors } from './hostile-errors';
import { unconfirmedConvert } from './hostile-tour';

const COMPONENT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>组件页面</title></head>
<body><article><h1>新技术被发明以后</h1>
<p id="light">今年经济增长发展势头良好。</p>
<div id="declarative"><template shadowrootmode="open"><p>软件产业发展迅速。</p><span id="nested"><template shadowrootmode="open"><b>头</b>发很长。</template></span></template></div>
<div id="imperative"></div>
<closed-widget id="closed"></closed-widget>
<late-card id="late"><i>光明的</i></late-card>
<iframe id="same" src="/hostile/frame.html"></iframe>
<iframe id="blank"></iframe>
</article>
<script>
  const open = document.getElementById('imperative').attachShadow({ mode: 'open' });
  open.innerHTML = '<p title="网络说明">网络安全很重要。</p>';
  window.closedRoot = document.getElementById('closed').attachShadow({ mode: 'closed' });
  window.closedRoot.innerHTML = '<p>这里是封闭的组件。</p>';
  document.getElementById('blank').contentDocument.body.innerHTML = '<p>空白框架里的头发。</p>';
  window.defineLate = () => customElements.define('late-card', class extends HTMLElement {
    constructor() { super(); this.attachShadow({ mode: 'open' }).innerHTML = '<p>后来定义的组件。</p><slot></slot>'; }
  });
</script></body></html>`;

const JAPANESE_PAGE = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>広島の路面電車</title></head>
<body><article><h1>広島の路面電車、被爆から三日後に運転再開</h1>
<p>広島市の路面電車は、原爆の被害を受けながらも三日後に運転を再開した。市民の足として今も走っている。</p>
<p>路面電車の車両は、今も市内を走り続けており、多くの観光客が乗車している。</p></article></body></html>`;

const FRAME_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>框架</title></head>
<body><p title="框架说明">同源框架里的软件。</p></body></html>`;

let session: Session;
let server: Server;
let origin: string;
let page: Page;

/** Every tree's markup, read in the page's own world (closed root through the page's reference).
 *  No named functions inside: tsx would wrap them in a helper the page does not have. */
const trees = (p: Page) =>
  p.evaluate(() => {
    const out: Record<string, string> = { page: document.documentElement.outerHTML };
    const closed = (window as unknown as { closedRoot: ShadowRoot }).closedRoot;
    for (const el of document.querySelectorAll('*')) {
      const shadow = el.shadowRoot ?? (el.id === 'closed' ? closed : null);
      if (!shadow) continue;
      out[`root#${el.id}`] = shadow.innerHTML;
      for (const inner of shadow.querySelectorAll('*'))
        if (inner.shadowRoot) out[`root#${el.id}>#${inner.id}`] = inner.shadowRoot.innerHTML;
    }
    for (const id of ['same', 'blank']) {
      const doc = (document.getElementById(id) as HTMLIFrameElement).contentDocument;
      out[`frame#${id}`] = doc?.documentElement.outerHTML ?? '(none)';
    }
    return out;
  });

before(async () => {
  ({ origin, server } = await serveFixtures({
    '/hostile/components.html': COMPONENT_PAGE,
    '/hostile/frame.html': FRAME_PAGE,
    '/hostile/japanese.html': JAPANESE_PAGE,
  }));
  session = await launch();
  page = await session.context.newPage();
  await page.goto(`${origin}/hostile/components.html`);
  await page.waitForFunction(() =>
    (document.getElementById('same') as HTMLIFrameElement).contentDocument?.body?.textContent?.includes(
      '软件',
    ),
  );
});

after(async () => {
  await session?.close();
  if (session) cleanup(session);
  server?.close();
});

failOnWenzhaiErrors(() => session); // every context, the offscreen document's too

test('converts every shadow root and same-origin frame, then puts every tree back byte for byte', async () => {
  const original = await trees(page);
  assert.ok(original['root#declarative>#nested'], 'the declarative nested root was parsed');
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Convert to 繁體' }).click();
  await page.waitForFunction(
    () => document.getElementById('light')?.textContent?.includes('增長發展'),
    null,
    {
      timeout: 20_000,
    },
  );
  const converted = await trees(page);
  assert.match(converted['root#declarative'] ?? '', /軟件產業發展迅速/);
  assert.match(converted['root#declarative>#nested'] ?? '', /<b>頭<\/b>髮很長/);
  assert.match(converted['root#imperative'] ?? '', /網絡安全很重要/);
  assert.match(converted['root#imperative'] ?? '', /title="網絡說明"/);
  assert.match(converted['root#closed'] ?? '', /這[裏裡]是封閉的組件/);
  assert.match(converted['frame#same'] ?? '', /同源框架[裏裡]的軟件/);
  assert.match(converted['frame#same'] ?? '', /title="框架說明"/);
  assert.match(converted['frame#blank'] ?? '', /空白框架[裏裡]的頭髮/);

  // Defined only now: its root is attached with no mutation record, and found all the same.
  await page.evaluate(() => (window as unknown as { defineLate: () => void }).defineLate());
  await page.waitForFunction(
    () => document.getElementById('late')?.shadowRoot?.textContent?.includes('後來定義'),
    null,
    {
      timeout: 10_000,
    },
  );
  // Text the component adds inside its root later is converted too.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '组件后来加的头发。';
    document.getElementById('imperative')?.shadowRoot?.append(p);
  });
  await page.waitForFunction(
    () => document.getElementById('imperative')?.shadowRoot?.textContent?.includes('組件後來加的頭髮'),
    null,
    { timeout: 10_000 },
  );

  await popup.getByRole('button', { name: 'Show original' }).click();
  await page.waitForFunction(
    () => document.getElementById('light')?.textContent?.includes('增长发展'),
    null,
    {
      timeout: 10_000,
    },
  );
  const restored = await trees(page);
  const expected: Record<string, string> = {
    ...original,
    'root#imperative': `${original['root#imperative']}<p>组件后来加的头发。</p>`,
    'root#late': '<p>后来定义的组件。</p><slot></slot>',
  };
  assert.deepEqual(restored, expected);
});

test('a Japanese page: the popup says so, nothing converts it until the user confirms for the page', async () => {
  const ja = await session.context.newPage();
  await ja.goto(`${origin}/hostile/japanese.html`);
  const original = await ja.evaluate(() => document.documentElement.outerHTML);
  const popup = await openPopupFor(session, ja);
  await popup.getByTestId('other-language').waitFor({ timeout: 15_000 });
  assert.match((await popup.getByTestId('article-script').textContent()) ?? '', /Japanese/);
  assert.doesNotMatch((await popup.getByTestId('article-script').textContent()) ?? '', /Traditional/);
  const toSimplified = popup.getByRole('button', { name: 'Convert to 简体' });
  assert.equal(await toSimplified.isDisabled(), true);

  // What the shortcut and a site rule send (no confirmation): the page stays as written.
  assert.equal(await unconfirmedConvert(popup), null);
  assert.equal(await ja.evaluate(() => document.documentElement.outerHTML), original);

  await popup.getByTestId('confirm-convert').check();
  await toSimplified.click();
  await ja.waitForFunction(() => document.body.textContent?.includes('路面电车'), null, { timeout: 20_000 });
  await popup.getByRole('button', { name: 'Show original' }).click();
  await ja.waitForFunction((html) => document.documentElement.outerHTML === html, original, {
    timeout: 10_000,
  });
  await Promise.all([popup.close(), ja.close()]);
});
