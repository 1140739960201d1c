// The options page end to end in real Chromium: a Popup setting changed there reaches an open tab's
// hover card without a reload; the Data group shows the storage used and clears every clipping only
// after its confirmation step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPopupFor, pointOfText, useSession, waitForCard } from './fixtures';

const env = useSession();

async function optionsPage(): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  await page.getByRole('heading', { name: 'Reading' }).waitFor();
  return page;
}

async function hover(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.mouse.move(2, 2);
  const p = await pointOfText(page, text);
  await page.mouse.move(p.x, p.y, { steps: 2 });
}

const fontSizeOf = (html: string): number => Number(/font-size:\s*(\d+)px/.exec(html)?.[1] ?? Number.NaN);

test('a Popup setting changed in the options page reaches an open tab’s hover card without reload', async () => {
  const tab = await env.session.context.newPage();
  await tab.goto(`${env.origin}/demo/news.html`);
  const popup = await openPopupFor(env.session, tab);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  await popup.close();
  // A mark in the page's own world: a reload would lose it.
  await tab.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
  await hover(tab, '糧食生產');
  const before = await waitForCard(tab, (h) => h.includes('class="pinyin"'), 'the card in pinyin');
  assert.equal(fontSizeOf(before), 14, 'default text size');
  assert.doesNotMatch(before, /class="zhuyin"/);

  const options = await optionsPage();
  await options.getByRole('spinbutton', { name: 'Text size in the popup (pixels)' }).fill('20');
  await options.getByRole('spinbutton', { name: 'Text size in the popup (pixels)' }).press('Tab');
  await options.getByRole('combobox', { name: 'Reading', exact: true }).selectOption('zhuyin');
  await options.getByTestId('setting-saved').getByText('Setting saved.').waitFor();

  // The preview in the options page shows the card as it will look.
  const preview = options.getByTestId('hover-preview').locator('.frame');
  await preview.locator('.zhuyin').first().waitFor();
  assert.equal(await preview.evaluate((el) => getComputedStyle(el).fontSize), '20px');
  assert.equal(await preview.locator('.pinyin').count(), 0);

  // The card still shown on the tab re-renders with the new settings, and so does the next one.
  await waitForCard(tab, (h) => fontSizeOf(h) === 20 && h.includes('class="zhuyin"'), 'size 20 and zhuyin');
  await hover(tab, '市委書記');
  const after = await waitForCard(tab, (h) => h.includes('class="zhuyin"'), 'zhuyin on the next word');
  assert.equal(fontSizeOf(after), 20);
  assert.doesNotMatch(after, /class="pinyin"/);
  assert.equal(await tab.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true);

  // Stored as typed values, and the options page shows them again after its own reload.
  const stored = await env.session.worker.evaluate(() =>
    chrome.storage.local.get(['hoverFontSize', 'readingStyle']),
  );
  assert.deepEqual(stored, { hoverFontSize: 20, readingStyle: 'zhuyin' });
  await options.reload();
  await options.getByRole('heading', { name: 'Reading' }).waitFor();
  assert.equal(
    await options.getByRole('spinbutton', { name: 'Text size in the popup (pixels)' }).inputValue(),
    '20',
  );
  await env.session.worker.evaluate(() => chrome.storage.local.remove(['hoverFontSize', 'readingStyle']));
  await options.close();
  await tab.close();
});

test('Data: storage used is shown; clear all needs its confirmation and really clears', async () => {
  const tab = await env.session.context.newPage();
  await tab.goto(`${env.origin}/demo/news.html`);
  const popup = await openPopupFor(env.session, tab);
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 15_000 });
  await popup.close();

  const options = await optionsPage();
  await options.getByTestId('clippings-count').getByText('Clippings saved: 1').waitFor({ timeout: 10_000 });
  assert.match(
    (await options.getByTestId('storage-used').textContent()) ?? '',
    /^Storage used: \d[\d.,]* (B|kB|MB|GB)/,
  );

  // First step: a warning and a field; the delete button stays disabled until the count is typed.
  const opener = options.getByRole('button', { name: 'Clear all clippings…' });
  await opener.click();
  const field = options.getByRole('textbox', { name: /type the number of clippings \(1\)/ });
  await field.waitFor();
  assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'focus moves to the field');
  const confirm = options.getByRole('button', { name: 'Delete all 1 clippings' });
  assert.equal(await confirm.isDisabled(), true);
  await field.fill('2');
  assert.equal(await confirm.isDisabled(), true, 'a wrong number does not unlock it');
  // Escape backs out: nothing is deleted.
  await field.press('Escape');
  await opener.waitFor();
  assert.equal(await clippingsInDatabase(), 1);

  await opener.click();
  await field.fill('1');
  await confirm.click();
  await options
    .getByTestId('data-status')
    .getByText('Deleted all clippings (1).')
    .waitFor({ timeout: 10_000 });
  await options.getByTestId('clippings-count').getByText('Clippings saved: 0').waitFor();
  assert.equal(await clippingsInDatabase(), 0);
  assert.equal(await opener.isDisabled(), true, 'nothing left to clear');
  await options.close();
  await tab.close();
});

test('the background refuses to clear without the confirmation token', async () => {
  const options = await optionsPage();
  const answer = await options.evaluate(() =>
    chrome.runtime.sendMessage({ wenzhai: 1, to: 'background', name: 'clearClippings', params: {} }),
  );
  assert.deepEqual((answer as { ok: boolean; error: { code: string } }).error.code, 'bad-request');
  await options.close();
});

test('keyboard: skip link, navigation to a group, and a visible focus ring on every control', async () => {
  const options = await optionsPage();
  await options.keyboard.press('Tab');
  assert.equal(await options.evaluate(() => document.activeElement?.textContent), 'Skip to the settings');
  await options.keyboard.press('Enter');
  assert.equal(await options.evaluate(() => document.activeElement?.id), 'reading-title');

  // The navigation's "Data" link moves focus to that group's heading.
  await options.getByRole('navigation').getByRole('link', { name: 'Data' }).focus();
  await options.keyboard.press('Enter');
  await options.waitForFunction(() => document.activeElement?.id === 'data-title');

  // Tab through the page from the top: every stop shows a focus ring of at least 2px.
  await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  await options.getByRole('heading', { name: 'Reading' }).waitFor();
  const seen = new Set<string>();
  for (let i = 0; i < 40; i++) {
    await options.keyboard.press('Tab');
    const stop = await options.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        what: `${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30) ?? ''}`,
        ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (!stop) break;
    assert.ok(stop.ring, `no visible focus ring on ${stop.what}`);
    seen.add(stop.what);
  }
  for (const name of ['hoverFontSize', 'readingStyle', 'traditionalTarget', 'cleanArtifacts'])
    assert.ok(
      [...seen].some((w) => w.endsWith(` ${name}`)),
      `${name} is reachable by Tab: ${[...seen].join(' | ')}`,
    );
  await options.close();
});

/** How many clippings the database holds, read by the review page's own code. */
async function clippingsInDatabase(): Promise<number> {
  const page = await env.session.context.newPage();
  await page.goto(`chrome-extension://${env.session.extensionId}/clippings.html`);
  await page.waitForFunction(() => 'wenzhaiClippings' in globalThis);
  const n = await page.evaluate(() =>
    (
      globalThis as unknown as { wenzhaiClippings: { db: { clippings: { count(): Promise<number> } } } }
    ).wenzhaiClippings.db.clippings.count(),
  );
  await page.close();
  return n;
}

test('the default script chosen in Reading presets a new site rule in the popup', async () => {
  const options = await optionsPage();
  const demo = await env.session.context.newPage();
  await demo.goto(`${env.origin}/demo/news.html`);
  // The demo is Traditional: by default the preset is its other script, 简体.
  let popup = await openPopupFor(env.session, demo);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByLabel('Convert this site to').inputValue(), 'cn');
  await popup.close();

  await options.getByLabel('Convert to (Alt+Shift+C, new site rules)').selectOption('hant');
  await options.getByLabel('Traditional variant', { exact: false }).selectOption('hk');
  popup = await openPopupFor(env.session, demo);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByLabel('Convert this site to').inputValue(), 'hk');
  await Promise.all([popup.close(), demo.close(), options.close()]);
});
