// Issue 15 §5's smaller defects, end to end in Chromium: the popup's controls on a page that never goes
// quiet, clipping HTML with parser-breaking elements, and the script a clipping opens in.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPopupFor, type Session, tabIdOf, useSession } from './fixtures';
import { failOnWenzhaiErrors } from './hostile-errors';

/** A live page: no article, and a script that changes the DOM forever (a ticker, a clock). */
const LIVE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>直播</title></head>
<body><nav><a href="/">首页</a> <a href="/live">直播</a></nav><div id="ticker">开始</div>
<script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = '滚动消息 ' + n++; }, 50);</script>
</body></html>`;

const PARAGRAPHS = [
  '国务院新闻办公室今天上午举行新闻发布会，介绍今年前三季度国民经济运行情况，并回答记者提问。',
  '发言人表示，前三季度经济运行总体平稳、稳中有进，生产需求持续恢复，就业物价总体稳定。',
  '从工业生产看，规模以上工业增加值同比增长，装备制造业和高技术制造业增速明显快于全部工业。',
  '从市场销售看，社会消费品零售总额稳步增长，服务零售额增长较快，网上零售额占比继续提高。',
  '发言人同时指出，外部环境更趋复杂严峻，国内需求仍显不足，经济持续回升向好的基础还需巩固。',
  '下一步，要加大宏观政策调控力度，着力扩大国内需求，推动经济实现质的有效提升和量的合理增长。',
];
/** An article with raw-text elements and MathML in its paragraphs; a <plaintext> is put in by script
 *  (in markup it would swallow the rest of the page). */
const BREAKOUT_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>发布会</title></head>
<body><h1>国新办举行前三季度国民经济运行情况新闻发布会</h1><article class="article-content">
<p><xmp>${PARAGRAPHS[0]!.slice(0, 10)}<b>粗</b></xmp>${PARAGRAPHS[0]!.slice(10)}</p>
<p><noembed>${PARAGRAPHS[1]!.slice(0, 10)}</noembed>${PARAGRAPHS[1]!.slice(10)}</p>
<p id="plain">${PARAGRAPHS[2]!.slice(10)}</p>
<p><noframes>${PARAGRAPHS[3]!.slice(0, 10)}</noframes>${PARAGRAPHS[3]!.slice(10)}</p>
<p><math><mtext>${PARAGRAPHS[4]!.slice(0, 10)}</mtext></math>${PARAGRAPHS[4]!.slice(10)}</p>
<p>${PARAGRAPHS[5]}</p></article>
<script>const p = document.getElementById('plain'); const t = document.createElement('plaintext');
t.textContent = '${PARAGRAPHS[2]!.slice(0, 10)}</p><p>'; p.prepend(t);</script>
</body></html>`;

const env = useSession({
  pages: {
    '/defects/live.html': LIVE_PAGE,
    '/defects/breakout.html': BREAKOUT_PAGE,
    '/defects/paragraphs.html': `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>两段</title>
</head><body><article>\n  <p id="one">${PARAGRAPHS[0]}</p>\n\n  <p id="two">${PARAGRAPHS[1]}</p>\n</article></body></html>`,
  },
});

type Stored = { id: number; kind: string; text: string; url: string; script: string; shownScript?: string };

/** The clippings page, with every stored clipping read by its own code (wenzhaiClippings in main.tsx). */
async function clippingsPage(s: Session): Promise<{ page: Page; stored: Stored[] }> {
  const page = await s.context.newPage();
  await page.goto(`chrome-extension://${s.extensionId}/clippings.html`);
  await page.waitForFunction(() => 'wenzhaiClippings' in globalThis);
  const stored = await page.evaluate(async () => {
    const api = (
      globalThis as unknown as { wenzhaiClippings: { db: { clippings: { toArray(): Promise<Stored[]> } } } }
    ).wenzhaiClippings;
    return api.db.clippings.toArray();
  });
  return { page, stored };
}

const squash = (s: string): string => s.replace(/\s+/g, '');

failOnWenzhaiErrors(() => env.session); // every context, the offscreen document's too

before(async () => {
  await env.ready;
});

/** Opens the popup on `page`'s tab with a recorder of every article-status text it shows, in order,
 *  each with the number of action buttons on screen at that moment. */
async function recordedPopup(page: Page): Promise<Page> {
  const tabId = await tabIdOf(env.session, page.url());
  const popup = await env.session.context.newPage();
  // No named inner functions: tsx would wrap them in a helper the page does not have.
  await popup.addInitScript(() => {
    const seen: { status: string; buttons: number }[] = [];
    (globalThis as unknown as { popupStates: typeof seen }).popupStates = seen;
    new MutationObserver(() => {
      const status =
        document.querySelector('[data-testid="article-status"], [data-testid="article-detecting"]')
          ?.textContent ?? '';
      if (status && status !== seen[seen.length - 1]?.status)
        seen.push({ status, buttons: document.querySelectorAll('.actions button').length });
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await popup.goto(`chrome-extension://${env.session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

test('the popup shows its controls before detection settles on a page that never goes quiet', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/defects/live.html`);
  const popup = await recordedPopup(page);
  await popup.getByText('No article detected on this page').waitFor({ timeout: 15_000 });
  const states = await popup.evaluate(
    () => (globalThis as unknown as { popupStates: { status: string; buttons: number }[] }).popupStates,
  );
  assert.deepEqual(
    states.map((s) => s.status),
    ['Looking for an article…', 'No article detected on this page'],
    JSON.stringify(states ?? 'no recorder'),
  );
  assert.ok(states[0]!.buttons >= 5, `buttons while detecting: ${states[0]!.buttons}`);
  assert.ok(await popup.getByRole('button', { name: 'Convert to 简体' }).isEnabled());
  await popup.close();
  await page.close();
});

test('an article with <plaintext>, <xmp>, <noembed>, <noframes> and MathML renders whole as a clipping', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/defects/breakout.html`);
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });
  await popup.close();
  const { page: review, stored } = await clippingsPage(env.session);
  const saved = stored.find((c) => c.url.endsWith('/defects/breakout.html'));
  assert.ok(saved, 'the article was saved');
  assert.ok(saved.text.includes(PARAGRAPHS[5]!), 'the detected text reaches the last paragraph');
  await review.goto(`chrome-extension://${env.session.extensionId}/clippings.html?id=${saved.id}`);
  const body = review.getByTestId('clipping-reader').locator('.body');
  await body.waitFor();
  assert.equal(squash((await body.textContent()) ?? ''), squash(saved.text));
  await review.close();
  await page.close();
});

test('an article saved while converted is stored in the original and opens in the script read', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/demo/news.html`);
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Convert to 简体' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('市委常委会召开会议'), null, {
    timeout: 10_000,
  });
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });
  await popup.close();
  const { page: review, stored } = await clippingsPage(env.session);
  const saved = stored.find((c) => c.url.endsWith('/demo/news.html'));
  assert.ok(saved, 'the article was saved');
  assert.equal(saved.script, 'zh-Hant');
  assert.equal(saved.shownScript, 'zh-Hans');
  assert.match(saved.text, /會議強調/, 'the original text is stored');
  await review.goto(`chrome-extension://${env.session.extensionId}/clippings.html?id=${saved.id}`);
  const reader = review.getByTestId('clipping-reader');
  await reader.waitFor();
  assert.equal(await reader.getByRole('button', { name: '简体' }).getAttribute('aria-pressed'), 'true');
  await reader.locator('h1', { hasText: '市委常委会召开会议' }).waitFor();
  assert.match((await reader.locator('.body').textContent()) ?? '', /会议强调/);
  assert.doesNotMatch((await reader.locator('.body').textContent()) ?? '', /會議|經濟/);
  await review.close();
  await page.close();
});

test('a selection across a paragraph break is saved as Selection.toString() reads it', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/defects/paragraphs.html`);
  const shown = await page.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.getElementById('one')!.firstChild!, 20);
    range.setEnd(document.getElementById('two')!.firstChild!, 8);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    return getSelection()?.toString() ?? '';
  });
  assert.match(shown, /\n\n/, 'the browser reads a paragraph break');
  // As the context menu's "Save selection" runs it (lib/clippings/gestures.ts): inject, then ask.
  const tabId = await tabIdOf(env.session, page.url());
  const answer = await env.session.worker.evaluate(async (id) => {
    await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/content.js'] });
    return chrome.tabs.sendMessage(
      id,
      { wenzhai: 1, to: 'content', name: 'saveSelection', params: {} },
      { frameId: 0 },
    );
  }, tabId);
  assert.equal((answer as { ok: boolean }).ok, true, JSON.stringify(answer));
  const { page: review, stored } = await clippingsPage(env.session);
  const saved = stored.find((c) => c.kind === 'selection' && c.url.endsWith('/defects/paragraphs.html'));
  assert.ok(saved, 'the selection was saved');
  assert.equal(saved.text, shown);
  await review.close();
  await page.close();
});
