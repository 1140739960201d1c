// Issue 15 §5's smaller defects, end to end in Chromium: the popup's controls on a page that never goes
// quiet, clipping HTML with parser-breaking elements, and the script a clipping opens in.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { tabIdOf, useSession } from './fixtures';

/** A live page: no article, and a script that changes the DOM forever (a ticker, a clock). */
const LIVE_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>直播</title></head>
<body><nav><a href="/">首页</a> <a href="/live">直播</a></nav><div id="ticker">开始</div>
<script>let n = 0; setInterval(() => { document.getElementById('ticker').textContent = '滚动消息 ' + n++; }, 50);</script>
</body></html>`;

const env = useSession({ pages: { '/defects/live.html': LIVE_PAGE } });

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
      const status = document.querySelector('[data-testid="article-status"]')?.textContent ?? '';
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
