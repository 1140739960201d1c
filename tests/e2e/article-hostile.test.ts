// Issue 14 end to end in Chromium: a short story with a comment thread and a "you may also like" feed
// after it is found and saved without the comments or the feed; and converting a page to 简体 reaches
// every Traditional character of mixed text (他穿著大衣閱讀著作。 / 乾隆年间，天气乾燥，他很能幹。).
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, test } from 'node:test';
import { cleanup, launch, openPopupFor, type Session, serveFixtures } from './harness';
import { failOnWenzhaiErrors } from './hostile-errors';

let session: Session;
let server: Server;
let origin: string;

failOnWenzhaiErrors(() => session); // every context, the offscreen document's too

before(async () => {
  ({ origin, server } = await serveFixtures());
  session = await launch();
});

after(async () => {
  await session?.close();
  if (session) cleanup(session);
  server?.close();
});

test('a short story above a comment thread and a feed is found and saved alone', async () => {
  const page = await session.context.newPage();
  await page.goto(`${origin}/pages/hostile-story.html`);
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByTestId('article-status').textContent(), 'Article found');
  assert.equal(await popup.getByTestId('article-title').textContent(), '社區圖書館週日起延長開放');
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });

  const clippings = await session.context.newPage();
  await clippings.goto(`chrome-extension://${session.extensionId}/clippings.html`);
  await clippings.getByText('社區圖書館週日起延長開放').first().click();
  const reader = clippings.getByTestId('clipping-reader');
  await reader.waitFor();
  const text = (await reader.textContent()) ?? '';
  assert.match(text, /南港區三間社區圖書館從本週日起延長開放至晚上九點/);
  assert.match(text, /並視需要增加自修座位。/);
  // None of the comment thread (names, counters, comments) nor of the feed (heading, rows, blurbs).
  for (const furniture of [
    '網友跟帖',
    '南港網友',
    '頂(18)',
    '自修室的冷氣',
    '插座根本不夠用',
    '你可能還想看',
    '生活頻道',
    '梅雨季節',
    '城市馬拉松',
  ])
    assert.ok(!text.includes(furniture), `the clipping holds "${furniture}"`);
  await clippings.close();
  await popup.close();
  await page.close();
});

test('converting a mixed page to 简体 converts every Traditional character', async () => {
  const page = await session.context.newPage();
  await page.goto(`${origin}/pages/mixed-script.html`);
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('article-script').waitFor({ timeout: 15_000 });
  await popup.getByRole('button', { name: 'Convert to 简体' }).click();
  await page.waitForFunction(
    () => document.getElementById('a')?.textContent === '他穿着大衣阅读著作。',
    null,
    {
      timeout: 20_000,
    },
  );
  assert.equal(await page.locator('#b').textContent(), '乾隆年间，天气干燥，他很能干。');
  assert.match((await page.locator('.story').textContent()) ?? '', /图书馆今天起延长开放时间/);
  await popup.close();
  await page.close();
});
