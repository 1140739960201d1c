// Per-site rules in real Chromium: "Always convert this site to …" in the popup registers the content
// script for that one origin, so another page there converts by itself (content added later too); the
// options page lists the rule with its permission, changes its target (open pages follow) and removes
// it (new pages stay as they are). chrome.scripting's registrations are checked at each step.
// The harness grants 127.0.0.1 in place of the toolbar click, so permissions.request resolves without
// a prompt (and permissions.remove cannot take that manifest grant back; unit tests cover release).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { cleanup, launch, openPopupFor, type Session, tabIdOf, useSession } from './fixtures';

// A second page on the same origin, in Traditional; it adds a paragraph of its own a moment after load.
const OTHER_PAGE = `<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8"><title>頭髮與發展</title></head>
<body><article><h1>經濟增長發展勢頭良好</h1>
<p id="first"><b>頭</b>髮很長。她參與製作了紀錄片，記者報導了這件事。</p>
<div id="live"></div></article>
<script>setTimeout(() => {
  const p = document.createElement('p');
  p.id = 'later';
  p.textContent = '後來的報導說，當地經濟發展很快。';
  document.getElementById('live').append(p);
}, 1500);</script></body></html>`;

const env = useSession({ pages: { '/sites/other.html': OTHER_PAGE } });

type Registered = {
  id: string;
  matches?: string[];
  js?: string[];
  runAt?: string;
  persistAcrossSessions?: boolean;
};

/** chrome.scripting's registrations, asked from an extension page. */
const registered = (extensionPage: Page): Promise<Registered[]> =>
  extensionPage.evaluate(() => chrome.scripting.getRegisteredContentScripts() as Promise<Registered[]>);

/** Whether our content script runs in the tab showing `page` (its instance lives in the isolated world). */
async function contentScriptIn(page: Page): Promise<boolean> {
  const tabId = await tabIdOf(env.session, page.url());
  // A string, so the test runner's transform adds no helpers to the function the tab runs.
  return env.session.worker.evaluate(`(async () => {
    const [answer] = await chrome.scripting.executeScript({
      target: { tabId: ${tabId} },
      func: () => Symbol.for('wenzhai.content-instance') in globalThis,
    });
    return answer?.result === true;
  })()`);
}

test('a per-site rule converts other pages of the site by itself, follows its target, and goes away', async () => {
  // 1. The popup on the demo article: "Always convert this site to 简体".
  const demo = await env.session.context.newPage();
  await demo.goto(`${env.origin}/demo/news.html`);
  const popup = await openPopupFor(env.session, demo);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  assert.deepEqual(await registered(popup), [], 'nothing registered before a rule exists');
  await popup.getByLabel('Convert this site to').selectOption('cn');
  await popup.getByRole('button', { name: 'Always convert this site to 简体 Simplified' }).click();
  await popup.getByText('This site is always converted to 简体 Simplified.').waitFor({ timeout: 10_000 });
  // The tab it was made on converts at once.
  await demo.waitForFunction(() => document.body.textContent?.includes('市委常委会召开会议'), null, {
    timeout: 20_000,
  });

  const scripts = await registered(popup);
  assert.equal(scripts.length, 1);
  assert.deepEqual(
    {
      id: scripts[0]?.id,
      matches: scripts[0]?.matches,
      js: scripts[0]?.js,
      runAt: scripts[0]?.runAt,
      persist: scripts[0]?.persistAcrossSessions,
    },
    {
      id: `wenzhai-site:${env.origin}`,
      matches: [`http://127.0.0.1/*`], // no port: lib/sites/origin.ts
      js: ['content-scripts/content.js'],
      runAt: 'document_idle',
      persist: true,
    },
  );

  // 2. Another page of the same site, in a new tab, without the popup: converted by itself, and the
  // paragraph the page adds later too.
  const other = await env.session.context.newPage();
  await other.goto(`${env.origin}/sites/other.html`);
  await other.waitForFunction(
    () => document.getElementById('first')?.textContent?.startsWith('头发很长'),
    null,
    {
      timeout: 20_000,
    },
  );
  assert.equal(await other.locator('#first b').textContent(), '头');
  assert.match((await other.locator('#first').textContent()) ?? '', /参与制作了纪录片/);
  assert.equal(await other.title(), '头发与发展');
  await other.waitForFunction(
    () => document.getElementById('later')?.textContent === '后来的报导说，当地经济发展很快。',
    null,
    { timeout: 10_000 },
  );
  // The popup on that page shows the rule and what the page shows.
  const otherPopup = await openPopupFor(env.session, other);
  await otherPopup
    .getByText('This site is always converted to 简体 Simplified.')
    .waitFor({ timeout: 10_000 });
  assert.match(
    (await otherPopup.getByTestId('article-script').textContent()) ?? '',
    /Showing 简体 Simplified/,
  );
  await otherPopup.close();

  // 3. The options page lists the rule with its permission; changing the target re-converts the open
  // page without a reload.
  const options = await env.session.context.newPage();
  await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  const row = options.locator(`[data-testid="site-rules"] tr[data-origin="${env.origin}"]`);
  await row.waitFor({ timeout: 10_000 });
  assert.match((await row.textContent()) ?? '', /Granted/);
  await options.getByLabel(`Convert ${env.origin} to`).selectOption('tw');
  await other.waitForFunction(
    () => document.getElementById('first')?.textContent?.startsWith('頭髮很長'),
    null,
    {
      timeout: 20_000,
    },
  );
  assert.equal(await other.evaluate(() => document.documentElement.lang), 'zh-TW');
  assert.equal((await registered(options)).length, 1, 'retargeting keeps the one registration');

  // 4. Remove it, by keyboard: no registration, no rule, and a page opened now stays as it is.
  const remove = options.getByRole('button', { name: `Remove the rule for ${env.origin}` });
  await remove.focus();
  await options.keyboard.press('Enter');
  await options.getByText(`Rule for ${env.origin} removed.`).waitFor({ timeout: 10_000 });
  assert.equal(await row.count(), 0);
  await options.getByText('No site rules yet.', { exact: false }).waitFor({ timeout: 5_000 });
  assert.deepEqual(await registered(options), []);
  assert.deepEqual(
    await options.evaluate(async () => (await chrome.storage.local.get('siteRules')).siteRules),
    [],
  );

  const after = await env.session.context.newPage();
  await after.goto(`${env.origin}/sites/other.html?opened=after-removal`); // its own URL: tabIdOf finds tabs by URL
  await after.waitForFunction(() => document.getElementById('later') !== null, null, { timeout: 10_000 });
  // By now a registered script would have run (document_idle is long past): none did.
  assert.equal(await contentScriptIn(after), false);
  assert.match((await after.locator('#first').textContent()) ?? '', /^頭髮很長/);
  assert.equal(await after.locator('#later').textContent(), '後來的報導說，當地經濟發展很快。');
  // The page converted under the rule earlier did have it (the check above can see an instance).
  assert.equal(await contentScriptIn(other), true);
});

test('a rule outlives a browser restart: pages of the site still convert by themselves', async () => {
  const first = await launch();
  let second: Session | undefined;
  try {
    const page = await first.context.newPage();
    await page.goto(`chrome-extension://${first.extensionId}/options.html`);
    const saved = await page.evaluate(
      (params) => chrome.runtime.sendMessage({ wenzhai: 1, to: 'background', name: 'saveSiteRule', params }),
      { origin: env.origin, target: 'cn' },
    );
    assert.equal(saved?.ok, true);
    assert.equal((await registered(page)).length, 1);
    await first.close();

    second = await launch({ profile: first.profile, extension: first.extension });
    // Chrome keeps the registration (persistAcrossSessions), and the background reconciles on start in
    // case it did not: either way the script is registered again, and only ours.
    const options = await second.context.newPage();
    await options.goto(`chrome-extension://${second.extensionId}/options.html`);
    let ids: string[] = [];
    for (const deadline = Date.now() + 10_000; ids.length === 0 && Date.now() < deadline; ) {
      ids = (await registered(options)).map((s) => s.id);
      if (ids.length === 0) await options.waitForTimeout(100);
    }
    assert.deepEqual(ids, [`wenzhai-site:${env.origin}`]);
    const other = await second.context.newPage();
    await other.goto(`${env.origin}/sites/other.html`);
    await other.waitForFunction(
      () => document.getElementById('first')?.textContent?.startsWith('头发很长'),
      null,
      { timeout: 30_000 },
    );
  } finally {
    await second?.close();
    cleanup(first);
  }
});
