// Errors in the user's language (issue 16): three failures forced in real Chromium — the browser
// refusing to inject the converter when the user converts, the database failing when the user saves an
// article, and a corrupt backup on the review page — each read in the 简体 and the 繁體 UI. A failure
// travels as a reason with params (lib/protocol/result.ts) and is worded where it is shown, so what the
// user reads is the catalog's sentence, with no English sentence inside it.
import assert from 'node:assert/strict';
import type { Server } from 'node:http';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { MessageKey } from '../../lib/i18n/en';
import { zhHans } from '../../lib/i18n/zh-hans';
import { zhHant } from '../../lib/i18n/zh-hant';
import { cleanup, launch, openPopupFor, type Session, serveFixtures } from './harness';

let server: Server;
let origin: string;
const WAIT = { timeout: 15_000 };
const CATALOGS = { 'zh-Hans': zhHans, 'zh-Hant': zhHant } as const;
type Lang = keyof typeof CATALOGS;

/** Three or more Latin words in a row: an English sentence (or a piece of one). */
const ENGLISH_RUN = /[A-Za-z]{2,}(?:[\s,.;:'’()-]+[A-Za-z]{2,}){2,}/;

function words(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return CATALOGS[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
}

function assertNoEnglish(text: string, what: string): void {
  assert.match(text, /\p{Script=Han}/u, `${what} is in Chinese: ${text}`);
  assert.doesNotMatch(text, ENGLISH_RUN, `${what} carries no English sentence: ${text}`);
}

before(async () => {
  ({ origin, server } = await serveFixtures());
});

after(() => {
  server?.close();
});

/** The popup's status line once it says something. */
async function popupNotice(popup: Page): Promise<string> {
  const notice = popup.locator('p.notice');
  await popup.waitForFunction(
    () => (document.querySelector('p.notice')?.textContent ?? '') !== '',
    null,
    WAIT,
  );
  return (await notice.textContent()) ?? '';
}

for (const lang of ['zh-Hans', 'zh-Hant'] as const) {
  describe(`errors in the ${lang} UI`, () => {
    let session: Session;
    let page: Page;

    before(async () => {
      session = await launch();
      await session.worker.evaluate((value) => chrome.storage.local.set({ uiLanguage: value }), lang);
      // What Chrome does on a page it keeps from extensions, forced on the converter's file only.
      await session.worker.evaluate(() => {
        const scripting = chrome.scripting;
        const inject = scripting.executeScript.bind(scripting);
        scripting.executeScript = ((details: { files?: string[] }) =>
          details.files?.some((f) => f.includes('converter'))
            ? Promise.reject(
                new Error('Cannot access contents of the page. Extension manifest must request permission.'),
              )
            : inject(
                details as chrome.scripting.ScriptInjection<unknown[], unknown>,
              )) as typeof scripting.executeScript;
      });
      // The service worker's database fails on its next transaction, as a damaged profile's does
      // (patched before the page opens it: Dexie keeps an open connection from then on).
      await session.worker.evaluate(() => {
        IDBDatabase.prototype.transaction = () => {
          throw new DOMException('Internal error opening backing store.', 'UnknownError');
        };
      });
      page = await session.context.newPage();
      await page.goto(`${origin}/demo/news.html`);
    });

    after(async () => {
      await session?.close();
      if (session) cleanup(session);
    });

    test('converting where the browser refuses to inject the converter', async () => {
      const popup = await openPopupFor(session, page);
      await popup.getByTestId('article-status').waitFor(WAIT);
      const convert = words(lang, 'convertToSimplified');
      await popup.getByRole('button', { name: convert, exact: true }).click();
      const text = await popupNotice(popup);
      assert.equal(text, words(lang, 'error', { message: words(lang, 'errInjectionRefused') }));
      assertNoEnglish(text, 'the refused conversion');
      await popup.close();
    });

    test('saving an article when the browser’s database fails', async () => {
      const popup = await openPopupFor(session, page);
      await popup.getByTestId('article-status').waitFor(WAIT);
      await popup.getByRole('button', { name: words(lang, 'saveArticle'), exact: true }).click();
      const text = await popupNotice(popup);
      assert.equal(text, words(lang, 'error', { message: words(lang, 'errStorageFailed') }));
      assertNoEnglish(text, 'the failed save');
      await popup.close();
    });

    test('importing a corrupt backup on the review page', async () => {
      const review = await session.context.newPage();
      await review.goto(`chrome-extension://${session.extensionId}/clippings.html`);
      await review.getByTestId('import-file').waitFor({ state: 'attached', ...WAIT });
      const record = {
        id: 1,
        url: 'javascript:alert(1)',
        canonicalUrl: null,
        title: '標題',
        site: null,
        byline: null,
        published: null,
        kind: 'article',
        text: '正文。',
        html: '',
        sentence: '',
        script: 'zh-Hant',
        note: '',
        tags: [],
        savedAt: 1,
        updatedAt: 1,
        anchor: null,
      };
      const backup = { format: 'wenzhai-clippings', version: 1, exportedAt: '', clippings: [record] };
      await review.getByTestId('import-file').setInputFiles({
        name: 'bad.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(backup)),
      });
      const want = words(lang, 'importRejected', {
        message: words(lang, 'backupBadRecord', { n: 1, field: 'url' }),
      });
      const notice = review.getByTestId('notice');
      await notice.getByText(want).waitFor(WAIT);
      assertNoEnglish((await notice.textContent()) ?? '', 'the rejected backup');
      await review.close();
    });
  });
}
