// Script conversion in real Chromium: the word lexicon is fetched by the injected converter, words
// split across inline tags convert as one word, later paragraphs convert too, the reader's input box
// is left alone, and "Show original" puts back every byte.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPopupFor, useSession } from './fixtures';

const WORDS_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>头发与发明</title></head>
<body><article><h1>新技术被发明以后</h1>
<p id="split"><b>头</b>发很长。一只只小鸟飞过。</p>
<p>今年经济增长发展势头良好，她参与制作了纪录片，粉丝发布了照片。</p>
<p><input id="box" placeholder="发表评论"></p>
<div id="live"></div></article></body></html>`;

/** A long page (60,000 text nodes, with title attributes): "Show original" puts it back in several
 *  slices, text first, then the attributes and `lang`. */
const LONG_PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>长页面</title></head>
<body><main>${Array.from(
  { length: 20_000 },
  (_, i) => `<p title="第${i}条说明">第${i}段：经济<b>头</b>发展和头发问题。</p>`,
).join('\n')}</main></body></html>`;

const env = useSession({
  pages: {
    '/convert/words.html': WORDS_PAGE,
    '/convert/long.html': LONG_PAGE,
  },
});
let page: Page;
let popup: Page;

const snapshot = (p: Page) =>
  p.evaluate(() => ({ html: document.documentElement.outerHTML, title: document.title }));

before(async () => {
  await env.ready;
  page = await env.session.context.newPage();
  await page.goto(`${env.origin}/convert/words.html`);
});

test('converts words across inline tags and later paragraphs, leaves the input box alone, restores', async () => {
  const original = await snapshot(page);
  const box = page.locator('#box');
  await box.fill('我在写：发展');
  await box.evaluate((el: HTMLInputElement) => el.setSelectionRange(2, 4));
  popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Convert to 繁體' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('增長發展'), null, {
    timeout: 20_000,
  });

  // 头 and 发 are in two text nodes: one word, 頭髮 (a node-by-node converter writes 頭發).
  assert.equal(await page.locator('#split b').textContent(), '頭');
  assert.match((await page.locator('#split').textContent()) ?? '', /^頭髮很長。一隻隻小鳥飛過。$/);
  // Word-aware (the lexicon loaded in the page's isolated world): opencc-js alone writes 被髮明, 參與制作.
  const body = (await page.locator('article').textContent()) ?? '';
  assert.match(body, /被發明/);
  assert.match(body, /參與製作/);
  assert.match(body, /粉絲發佈/);
  assert.equal(await page.title(), '頭髮與發明');
  assert.equal(await box.getAttribute('placeholder'), '發表評論');
  assert.deepEqual(
    await box.evaluate((el: HTMLInputElement) => [el.value, el.selectionStart, el.selectionEnd]),
    ['我在写：发展', 2, 4],
  );

  // A paragraph the page adds later (infinite scroll, live blog) is converted too.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.innerHTML = '记者<i>从头</i>发展的角度报道了<b>头</b>发问题。';
    document.getElementById('live')?.append(p);
  });
  await page.waitForFunction(() => document.getElementById('live')?.textContent?.includes('從頭發展'), null, {
    timeout: 5_000,
  });
  assert.equal(await page.locator('#live').textContent(), '記者從頭發展的角度報道了頭髮問題。');

  await popup.getByRole('button', { name: 'Show original' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('增长发展'), null, {
    timeout: 10_000,
  });
  // Byte-identical, except for the paragraph the page itself added (restored to what it wrote).
  const restored = await snapshot(page);
  assert.equal(
    restored.html,
    original.html.replace(
      '<div id="live"></div>',
      '<div id="live"><p>记者<i>从头</i>发展的角度报道了<b>头</b>发问题。</p></div>',
    ),
  );
  assert.equal(restored.title, original.title);
  assert.deepEqual(
    await box.evaluate((el: HTMLInputElement) => [el.value, el.selectionStart, el.selectionEnd]),
    ['我在写：发展', 2, 4],
  );
});

test('converts the demo page to 简体 and back byte-identical', async () => {
  const demo = await env.session.context.newPage();
  await demo.goto(`${env.origin}/demo/news.html`);
  const original = await snapshot(demo);
  const demoPopup = await openPopupFor(env.session, demo);
  await demoPopup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  await demoPopup.getByRole('button', { name: 'Convert to 简体' }).click();
  await demo.waitForFunction(() => document.body.textContent?.includes('市委常委会召开会议'), null, {
    timeout: 20_000,
  });
  await demoPopup.getByRole('button', { name: 'Show original' }).click();
  await demo.waitForFunction((html) => document.documentElement.outerHTML === html, original.html, {
    timeout: 10_000,
  });
  assert.deepEqual(await snapshot(demo), original);
});

test('converts a long page and puts back every byte (Show original runs in slices there)', async () => {
  const long = await env.session.context.newPage();
  await long.goto(`${env.origin}/convert/long.html`);
  const original = await snapshot(long);
  const longPopup = await openPopupFor(env.session, long);
  await longPopup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await longPopup.getByRole('button', { name: 'Convert to 繁體' }).click();
  // The label attributes are converted as the walk meets them, the text a frame's worth at a time
  // after: the page is converted when both the last block's title and its text are.
  await long.waitForFunction(
    () => {
      const last = document.querySelector('main')?.lastElementChild;
      return last?.getAttribute('title') === '第19999條說明' && last.textContent?.includes('經濟');
    },
    null,
    { timeout: 60_000 },
  );
  assert.equal(await long.locator('main p').last().textContent(), '第19999段：經濟頭發展和頭髮問題。');
  // A big page: the language is declared on each block written, not on <html> (whose change
  // reshapes the whole page's text in one task).
  assert.equal(await long.locator('main p').last().getAttribute('lang'), 'zh-TW');
  assert.equal(await long.evaluate(() => document.documentElement.lang), 'zh-CN');
  await longPopup.getByRole('button', { name: 'Show original' }).click();
  await long.waitForFunction((html) => document.documentElement.outerHTML === html, original.html, {
    timeout: 60_000,
  });
  assert.deepEqual(await snapshot(long), original);
  await long.close();
});
