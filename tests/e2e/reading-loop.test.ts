// The whole reading loop in real Chromium: detect, convert and restore, hover, save, review, restart.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  hoverCardHtml,
  launch,
  openPopupFor,
  pointOfText,
  screenshot,
  useSession,
  waitForCard,
} from './fixtures';

const TITLE = '市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作';

const env = useSession();
let page: Page;
let popup: Page;

before(async () => {
  await env.ready;
  page = await env.session.context.newPage();
  await page.goto(`${env.origin}/demo/news.html`);
});

test('the toolbar popup reports the article on the demo page', async () => {
  popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByTestId('article-title').textContent(), TITLE);
  assert.equal(await popup.getByTestId('article-status').textContent(), 'Article found');
  assert.match((await popup.getByTestId('article-script').textContent()) ?? '', /繁 Traditional/);
  const length = Number(((await popup.getByTestId('article-length').textContent()) ?? '').replace(/\D/g, ''));
  assert.ok(length > 800, `article length ${length}`);
  await screenshot(popup, 'popup');
});

test('converts the page to 简体 and restores it byte-identical', async () => {
  const snapshot = () =>
    page.evaluate(() => ({
      html: document.body.innerHTML,
      title: document.title,
      lang: document.documentElement.lang,
    }));
  const original = await snapshot();
  // What a reader is typing stays exactly as typed, caret included.
  const box = page.locator('textarea');
  await box.fill('我在寫評論：發展');
  await box.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(3, 3));
  await popup.getByRole('button', { name: 'Convert to 简体' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('市委常委会召开会议'), null, {
    timeout: 15_000,
  });
  const converted = await snapshot();
  assert.notEqual(converted.html, original.html);
  assert.match(converted.title, /市委常委会召开会议/);
  assert.equal(converted.lang, 'zh-Hans');
  assert.deepEqual(
    await box.evaluate((el: HTMLTextAreaElement) => [el.value, el.selectionStart, el.selectionEnd]),
    ['我在寫評論：發展', 3, 3],
  );
  // Its placeholder is page text, so it converts with the page.
  assert.equal(await box.getAttribute('placeholder'), '文明上网，理性发言');
  await popup.getByRole('button', { name: 'Show original' }).click();
  await page.waitForFunction((html) => document.body.innerHTML === html, original.html, { timeout: 10_000 });
  assert.deepEqual(await snapshot(), original);
  assert.equal(await box.inputValue(), '我在寫評論：發展');
});

test('a page cannot retire the content script with a forged WXT event', async () => {
  await page.evaluate((id) => {
    const type = `${id}:content:wxt:content-script-started`;
    document.dispatchEvent(
      new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }),
    );
    window.postMessage({ type, contentScriptName: 'content', messageId: 'forged' }, '*');
  }, env.session.extensionId);
  await popup.reload();
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
});

test('hovering a word shows the glossary popup with pinyin and definitions', async () => {
  await page.bringToFront();
  const point = await pointOfText(page, '糧食生產');
  await page.mouse.move(point.x, point.y);
  const html = await waitForCard(page, (h) => h.includes('糧食'), '糧食');
  assert.match(html, /liáng shi/);
  assert.match(html, /grain|cereal|food/i);
  assert.match(html, /粮食/); // both scripts
  await screenshot(page, 'hover');

  const term = await pointOfText(page, '新質生產力');
  await page.mouse.move(term.x, term.y);
  const glossary = await waitForCard(page, (h) => h.includes('新質生產力'), '新質生產力');
  assert.match(glossary, /News term/);

  await page.keyboard.press('Escape');
  const closed = await hoverCardHtml(page);
  assert.equal(closed?.hidden, true);
});

test('saves the article and finds it on the clippings page, also after a restart', async () => {
  await popup.bringToFront();
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });

  const clippings = await env.session.context.newPage();
  await clippings.goto(`chrome-extension://${env.session.extensionId}/clippings.html`);
  await clippings.getByText(TITLE).first().waitFor({ timeout: 10_000 });
  await screenshot(clippings, 'clippings');
  await clippings.getByText(TITLE).first().click();
  const reader = clippings.getByTestId('clipping-reader');
  await reader.waitFor();
  const text = (await reader.textContent()) ?? '';
  assert.match(text, /會議還研究了其他事項/);
  assert.doesNotMatch(text, /\(xué\)|網友評論|熱門新聞/);

  // The reading view has the hover glossary too.
  const word = await pointOfText(clippings, '糧食生產');
  await clippings.mouse.move(word.x, word.y);
  const card = await waitForCard(clippings, (h) => h.includes('糧食'), '糧食 in the reading view');
  assert.match(card, /liáng shi/);

  const { profile, extension } = env.session;
  await env.session.close();
  env.session = await launch({ profile, extension });
  const again = await env.session.context.newPage();
  await again.goto(`chrome-extension://${env.session.extensionId}/clippings.html`);
  await again.getByText(TITLE).first().waitFor({ timeout: 10_000 });
});

test('clippings survive an extension update', async () => {
  // An unpacked extension keeps its id while its folder stays the same: a higher manifest version in the
  // same folder is an update, as a store update would be.
  const { profile, extension, extensionId } = env.session;
  await env.session.close();
  const manifestPath = join(extension, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  manifest.version = `${manifest.version}.1`;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  env.session = await launch({ profile, extension });
  assert.equal(env.session.extensionId, extensionId);
  assert.equal(
    await env.session.worker.evaluate(() => chrome.runtime.getManifest().version),
    manifest.version,
  );
  const page = await env.session.context.newPage();
  await page.goto(`chrome-extension://${env.session.extensionId}/clippings.html`);
  await page.getByText(TITLE).first().waitFor({ timeout: 10_000 });
});
