// A keyboard-only pass (issue 7) in real Chromium: popup → Convert (Tab, Enter, focus visible) → the
// hover card for the word at the caret by key (Alt+Shift+H), n for the next word, read out through a
// live region, the caret never moved → Save article from the popup by keyboard → Open clippings → the
// saved clipping reached with Tab and opened with Enter.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPopupFor, useSession, waitForCard } from './fixtures';

const TITLE = '市委常委會召開會議 研究部署推動高質量發展和一季度經濟工作';

const env = useSession();
let page: Page;

before(async () => {
  await env.ready;
  page = await env.session.context.newPage();
  await page.goto(`${env.origin}/demo/news.html`);
});

/** Presses Tab until the focused element matches `selector` and its text is (or contains) `text`;
 *  fails after `max` presses. (Extension pages forbid eval, so the test is data, not a function.) */
async function tabTo(target: Page, want: { selector: string; text: string; exact?: boolean }, max = 60) {
  for (let i = 0; i < max; i++) {
    await target.keyboard.press('Tab');
    const hit = await target.evaluate(({ selector, text, exact }) => {
      const el = document.activeElement;
      if (!el?.matches(selector)) return false;
      const content = el.textContent ?? '';
      return exact ? content === text : content.includes(text);
    }, want);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(want)}`);
}

const focusIsVisible = (target: Page) =>
  target.evaluate(() => document.activeElement?.matches(':focus-visible') ?? false);

const selectionNow = () =>
  page.evaluate(() => {
    const s = document.getSelection()!;
    return {
      node: s.focusNode?.textContent?.slice(0, 20) ?? null,
      offset: s.focusOffset,
      collapsed: s.isCollapsed,
    };
  });

/** Every name and value in the page's accessibility tree (the closed shadow root included). */
async function accessibleTexts(target: Page): Promise<string[]> {
  const cdp = await target.context().newCDPSession(target);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: { name?: { value?: unknown }; value?: { value?: unknown } }[];
    };
    return nodes
      .flatMap((n) => [n.name?.value, n.value?.value])
      .filter((v): v is string => typeof v === 'string');
  } finally {
    await cdp.detach();
  }
}

test('popup: Tab reaches "Convert to 简体" with a visible focus, and Enter converts the page', async () => {
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  await tabTo(popup, { selector: 'button', text: 'Convert to 简体', exact: true });
  assert.equal(await focusIsVisible(popup), true, 'the focused button shows its focus');
  await popup.keyboard.press('Enter');
  await popup
    .getByTestId('article-script')
    .getByText(/Showing 简体 Simplified/)
    .waitFor({ timeout: 15_000 });
  await popup.close();
  await page.getByText('市委常委会召开会议', { exact: false }).first().waitFor({ timeout: 5_000 });
});

test('Alt+Shift+H opens the card for the word at the caret, n the next word; the caret stays', async () => {
  await page.bringToFront();
  // Headless Chromium has no caret browsing (F7): a collapsed selection before 推动 in the article
  // stands in for the caret a keyboard user would have moved there.
  await page.evaluate(() => {
    const walker = document.createTreeWalker(document.querySelector('article') ?? document.body, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf('推动高质量发展');
      if (at < 0) continue;
      document.getSelection()!.collapse(node, at);
      return;
    }
    throw new Error('推动高质量发展 not found');
  });
  const before = await selectionNow();
  assert.equal(before.collapsed, true);
  await page.keyboard.press('Alt+Shift+H');
  // The longest word there is the news-glossary term 推动高质量发展 (推动 is the next entry down).
  await waitForCard(page, (h) => h.includes('推動高質量發展'), 'the word at the caret, 推动高质量发展');
  // Screen readers hear it: the live region beside the card says the word, both scripts and pinyin.
  const deadline = Date.now() + 5_000;
  let heard: string | undefined;
  while (!heard && Date.now() < deadline) {
    heard = (await accessibleTexts(page)).find((text) => text.startsWith('推动高质量发展 (推動高質量發展)'));
    if (!heard) await page.waitForTimeout(100);
  }
  assert.ok(
    heard,
    `the card was announced through the live region; heard: ${(await accessibleTexts(page)).filter((x) => x.includes('推')).join(' | ')}`,
  );
  assert.match(heard, /tuī dòng/);
  await page.keyboard.press('n');
  await waitForCard(page, (h) => h.includes('和') && !h.includes('推動'), 'the next word, 和');
  assert.deepEqual(await selectionNow(), before, 'the selection was never changed');
  await page.keyboard.press('Escape');
});

test('the popup saves the article by keyboard, and the review page opens it by keyboard', async () => {
  const popup = await openPopupFor(env.session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  await tabTo(popup, { selector: 'button', text: 'Save article', exact: true });
  assert.equal(await focusIsVisible(popup), true);
  await popup.keyboard.press('Enter');
  await popup.getByText('Saved to clippings').waitFor({ timeout: 10_000 });

  await tabTo(popup, { selector: 'button', text: 'Open clippings', exact: true });
  assert.equal(await focusIsVisible(popup), true);
  const opened = env.session.context.waitForEvent('page', { timeout: 10_000 });
  await popup.keyboard.press('Enter');
  const review = await opened;
  await review.waitForLoadState();
  await review.getByText(TITLE).first().waitFor({ timeout: 10_000 });
  await popup.close();

  await review.bringToFront();
  await tabTo(review, { selector: 'button.clipping', text: TITLE });
  assert.equal(await focusIsVisible(review), true, 'the clipping row shows its focus');
  await review.keyboard.press('Enter');
  const reader = review.getByTestId('clipping-reader');
  await reader.waitFor({ timeout: 10_000 });
  // It opens in the script the page was shown in when saved (the first test's conversion may or may
  // not have finished by then; tests/e2e/defects.test.ts checks that choice itself).
  assert.match((await reader.textContent()) ?? '', /高質量發展|高质量发展/);
  assert.match(review.url(), /[?&]id=\d+/);
});
