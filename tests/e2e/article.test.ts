// Article detection in real Chromium through the toolbar popup: a page whose body a script inserts
// after load (detected once it arrives, and via "Re-detect" when it arrives later than the wait), and a
// page with the flattened-pinyin artifact, whose popup title and saved clipping carry none of it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPopupFor, useSession } from './fixtures';

const env = useSession();

// A Han character followed by a parenthesised run of Latin letters (toned or not): what the artifact
// looks like, whatever the syllable.
const ARTIFACT = /\p{Script=Han}[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü\s]+[)）]/u;

test('a client-rendered body (inserted 1 s after load) is waited for and detected', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/pages/client-rendered.html`);
  // The popup opens before the script has run: the body is not in the DOM yet.
  assert.equal(await page.locator('#app p').count(), 1);
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByTestId('article-status').textContent(), 'Article found');
  assert.equal(await popup.getByTestId('article-title').textContent(), '城南旧街区改造完成首批居民回迁');
  const length = Number(((await popup.getByTestId('article-length').textContent()) ?? '').replace(/\D/g, ''));
  // Six paragraphs of ~40 characters; the sidebar and the "loading" placeholder would change this.
  assert.ok(length > 200 && length < 320, `article length ${length}`);
  await popup.close();
  await page.close();
});

test('a body arriving after the wait is found by Re-detect', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/pages/client-rendered.html?delay=6000`);
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByTestId('article-status').textContent(), 'No article detected on this page');
  await page.waitForFunction(() => document.querySelectorAll('#app p').length === 6, null, {
    timeout: 10_000,
  });
  await popup.getByTestId('redetect').click();
  await popup.getByTestId('article-title').waitFor({ timeout: 10_000 });
  assert.equal(await popup.getByTestId('article-status').textContent(), 'Article found');
  await popup.close();
  await page.close();
});

test('the pinyin-artifact page is shown and saved with zero artifacts', async () => {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/pages/pinyin-artifact.html`);
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  assert.equal(await popup.getByTestId('article-title').textContent(), '區議會討論老舊社區環境改善方案');
  assert.match((await popup.locator('.meta').first().textContent()) ?? '', /港島日報.*陳美玲.*2025-05-08/);
  await popup.getByRole('button', { name: 'Save article' }).click();
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });

  const clippings = await env.session.context.newPage();
  await clippings.goto(`chrome-extension://${env.session.extensionId}/clippings.html`);
  await clippings.getByText('區議會討論老舊社區環境改善方案').first().click();
  const reader = clippings.getByTestId('clipping-reader');
  await reader.waitFor();
  const text = (await reader.textContent()) ?? '';
  assert.match(text, /要加強領導，明確責任，把改善居民生活環境作為今年的重點工作/);
  assert.match(text, /並增設無障礙通道。/);
  assert.doesNotMatch(text, ARTIFACT);
  assert.doesNotMatch(text, /原標題|編輯\||網友評論|版權所有|首頁/);
  // The page itself still has its artifacts: detection never rewrites the live document.
  assert.match((await page.locator('.article-body').textContent()) ?? '', ARTIFACT);
});
