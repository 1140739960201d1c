// The UI language in real Chromium (issue 7): switched with the options page's selector, it reaches the
// popup, the review page, the options page itself and the hover card on a web page — open ones without a
// reload — in 简体中文, then 繁體中文, then back in English; and 'auto' follows the browser's language
// (Chromium started with --lang=zh-TW), manifest strings included.
import assert from 'node:assert/strict';
import { before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { openPopupFor, pointOfText, type Session, useSession, waitForCard } from './fixtures';

const served = useSession({ launch: false });

/** What each language must show; literal strings, so a switch that does nothing fails. */
const EXPECTED = {
  en: {
    options: 'Wenzhai settings',
    found: 'Article found',
    convert: 'Convert to 简体',
    clippings: 'Clippings',
    search: 'Search clippings',
    cardHint: 'n next',
    menu: 'Save selection to Wenzhai',
  },
  'zh-Hans': {
    options: '文摘设置',
    found: '已识别文章',
    convert: '转为简体',
    clippings: '剪报',
    search: '搜索剪报',
    cardHint: 'n 下一个',
    menu: '将所选内容保存到文摘',
  },
  'zh-Hant': {
    options: '文摘設定',
    found: '已辨識文章',
    convert: '轉為簡體',
    clippings: '剪報',
    search: '搜尋剪報',
    cardHint: 'n 下一個',
    menu: '將選取內容儲存到文摘',
  },
} as const;
type Lang = keyof typeof EXPECTED;

const WAIT = { timeout: 10_000 };

async function waitUntil(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WAIT.timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function openOptions(session: Session): Promise<Page> {
  const options = await session.context.newPage();
  await options.goto(`chrome-extension://${session.extensionId}/options.html`);
  await options.getByTestId('ui-language').waitFor(WAIT);
  return options;
}

async function openReview(session: Session): Promise<Page> {
  const review = await session.context.newPage();
  await review.goto(`chrome-extension://${session.extensionId}/clippings.html`);
  await review.locator('h1').waitFor(WAIT);
  return review;
}

/** Waits until `page`'s <h1> reads `text` (the page re-renders on the storage change, no reload). */
async function headingIs(page: Page, text: string): Promise<void> {
  await page.waitForFunction((want) => document.querySelector('h1')?.textContent === want, text, WAIT);
}

async function assertPopup(popup: Page, lang: Lang): Promise<void> {
  const want = EXPECTED[lang];
  await popup.waitForFunction(
    (text) => document.querySelector('[data-testid="article-status"]')?.textContent === text,
    want.found,
    WAIT,
  );
  await popup.getByRole('button', { name: want.convert, exact: true }).waitFor(WAIT);
  assert.equal(await popup.evaluate(() => document.documentElement.lang), lang);
}

async function assertReview(review: Page, lang: Lang): Promise<void> {
  const want = EXPECTED[lang];
  await headingIs(review, want.clippings);
  assert.equal(await review.getByRole('searchbox').getAttribute('aria-label'), want.search);
  assert.equal(await review.evaluate(() => document.documentElement.lang), lang);
  assert.match(await review.title(), new RegExp(`^${want.clippings} — `));
}

describe('switching the UI language in the options page', () => {
  const env = useSession({ serve: false });
  let page: Page;
  let options: Page;
  let popup: Page;
  let review: Page;

  before(async () => {
    await env.ready;
    page = await env.session.context.newPage();
    await page.goto(`${served.origin}/demo/news.html`);
    popup = await openPopupFor(env.session, page);
    await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
    review = await openReview(env.session);
    options = await openOptions(env.session);
  });

  /** Chooses `value` in the selector the way a user does, on the options page. */
  async function choose(value: 'auto' | Lang): Promise<void> {
    await options.bringToFront();
    await options.getByTestId('ui-language').selectOption(value);
    assert.equal(await options.getByTestId('ui-language').inputValue(), value);
  }

  test('starts in English (the browser runs in en-US, the setting is auto)', async () => {
    // The background renames its context menu on a switch; Chromium has no API to read a menu's title,
    // so the worker's calls to contextMenus.update are recorded.
    await env.session.worker.evaluate(() => {
      const menus = chrome.contextMenus;
      const update = menus.update.bind(menus);
      const seen: string[] = [];
      Object.assign(globalThis, { wenzhaiMenuTitles: seen });
      menus.update = ((id: string, props: { title?: string }) => {
        if (props.title) seen.push(props.title);
        return update(id, props);
      }) as typeof menus.update;
    });
    assert.equal(await options.getByTestId('ui-language').inputValue(), 'auto');
    await headingIs(options, EXPECTED.en.options);
    await assertPopup(popup, 'en');
    await assertReview(review, 'en');
  });

  for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    test(`${lang}: options, the open popup and review page, a new popup and the hover card follow`, async () => {
      await choose(lang);
      await headingIs(options, EXPECTED[lang].options);
      assert.equal(await options.evaluate(() => document.documentElement.lang), lang);
      const menuTitle = () =>
        env.session.worker.evaluate(() =>
          (globalThis as { wenzhaiMenuTitles?: string[] }).wenzhaiMenuTitles?.at(-1),
        );
      await waitUntil(async () => (await menuTitle()) === EXPECTED[lang].menu, `the menu title in ${lang}`);
      // Already open: they re-render without a reload.
      await assertPopup(popup, lang);
      await assertReview(review, lang);
      // Opened after the switch.
      const fresh = await openPopupFor(env.session, page);
      await assertPopup(fresh, lang);
      await fresh.close();
      const freshReview = await openReview(env.session);
      await assertReview(freshReview, lang);
      await freshReview.close();
      // The hover card on the web page (content script) carries its labels in the language too.
      await page.bringToFront();
      await page.mouse.move(0, 0);
      const point = await pointOfText(page, '糧食生產');
      await page.mouse.move(point.x, point.y);
      const card = await waitForCard(
        page,
        (html) => html.includes('糧食') && html.includes(EXPECTED[lang].cardHint),
        `the card's key hint in ${lang}`,
      );
      assert.match(card, new RegExp(`^<div[^>]* lang="${lang}"`), 'the card is marked up in the UI language');
      for (const other of Object.keys(EXPECTED) as Lang[]) {
        if (other !== lang && EXPECTED[other].cardHint !== EXPECTED[lang].cardHint)
          assert.doesNotMatch(card, new RegExp(EXPECTED[other].cardHint));
      }
    });
  }

  test('an open hover card is relabelled when the language changes', async () => {
    await page.bringToFront();
    const point = await pointOfText(page, '糧食生產');
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, (html) => html.includes(EXPECTED.en.cardHint), 'the English card');
    await choose('zh-Hant');
    // The pointer has not moved: only the language switch can change the card.
    await waitForCard(page, (html) => html.includes(EXPECTED['zh-Hant'].cardHint), 'the card relabelled');
    await choose('en');
    await waitForCard(page, (html) => html.includes(EXPECTED.en.cardHint), 'the card back in English');
  });
});

describe("'auto' follows the browser's language", () => {
  const env = useSession({ serve: false, launch: { lang: 'zh-TW' } });

  test('Chromium in zh-TW: Traditional everywhere, manifest strings from _locales/zh_TW', async () => {
    const ui = await env.session.worker.evaluate(() => [
      chrome.i18n.getUILanguage(),
      chrome.i18n.getMessage('extName'),
    ]);
    // Chromium on Linux falls back to en-US without the zh-TW locale pack (Debian's chromium-l10n).
    assert.match(ui[0] ?? '', /^zh-TW$/i, 'Chromium did not start in zh-TW: is chromium-l10n installed?');
    assert.equal(ui[1], '文摘 Wenzhai');

    const page = await env.session.context.newPage();
    await page.goto(`${served.origin}/demo/news.html`);
    const popup = await openPopupFor(env.session, page);
    await assertPopup(popup, 'zh-Hant');
    await assertReview(await openReview(env.session), 'zh-Hant');

    const options = await openOptions(env.session);
    await headingIs(options, EXPECTED['zh-Hant'].options);
    assert.equal(await options.getByTestId('ui-language').inputValue(), 'auto');
    assert.equal(
      await options.locator('[data-testid="ui-language"] option[value="auto"]').textContent(),
      '與瀏覽器相同（繁體中文）',
    );

    // An explicit choice wins over the browser's language.
    await options.getByTestId('ui-language').selectOption('zh-Hans');
    await assertPopup(popup, 'zh-Hans');
  });
});
