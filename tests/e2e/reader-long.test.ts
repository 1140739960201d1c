// The reader on a long article from a tab (tests/fixtures/reader/long.html).
// - Switching readings (entrypoints/reader/switch-hold.ts): the sections on screen switch in the
//   click's frame, the sections off screen keep their old readings for that frame (a `held-*` class)
//   and are let go in the frames after it. Whatever the order, every section ends in the chosen mode,
//   and none stays held.
// - The article's tab closed before the reader asked it for the article: a message that says so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { openExtensionPage, useSession } from './fixtures';
import { openReaderFrom } from './harness';

const env = useSession();

async function openLongArticle(): Promise<{ reader: Page; article: Page }> {
  await env.ready;
  const { session } = env;
  const article = await session.context.newPage();
  await article.goto(`${env.origin}/reader/long.html`);
  const reader = await openReaderFrom(session, article);
  // Annotated to the end: the last paragraph has its ruby.
  await reader.waitForFunction(
    () => {
      const paragraphs = document.querySelectorAll('.reader-body p');
      return paragraphs.length >= 60 && paragraphs[paragraphs.length - 1]?.querySelector('ruby') !== null;
    },
    null,
    { timeout: 30_000 },
  );
  return { reader, article };
}

/** Per section, in document order: its held class (if any) and what its last rt shows. */
const sectionStates = (reader: Page) =>
  reader.evaluate(() =>
    [...document.querySelectorAll('.reader-body .reader-chunk')].map((section) => {
      const rts = section.querySelectorAll('ruby:not(.plain) rt');
      const rt = rts[rts.length - 1] as HTMLElement | undefined;
      return {
        held: [...section.classList].find((c) => c.startsWith('held-')) ?? '',
        shows: rt
          ? getComputedStyle(rt).display === 'none'
            ? 'none'
            : getComputedStyle(rt, '::before').content
          : 'no ruby',
      };
    }),
  );

const PINYIN = /[a-zàáǎāèéěēìíǐīòóǒōùúǔūǖǘǚǜü]/;
const ZHUYIN = /[ㄅ-ㄩ]/;

test('a switch of readings holds the sections off screen for a frame, then every section follows', async () => {
  const { reader, article } = await openLongArticle();
  const before = await sectionStates(reader);
  assert.ok(before.length >= 4, `several sections: ${before.length}`);
  assert.ok(
    before.every((s) => PINYIN.test(s.shows) && s.held === ''),
    JSON.stringify(before),
  );

  // In the click's own task: the first section switched, the last (several screens down) held.
  const atClick = await reader.evaluate(() => {
    const button = [...document.querySelectorAll('[data-testid=reader-ruby] button')].find(
      (b) => b.textContent === 'Zhuyin',
    ) as HTMLButtonElement;
    button.click();
    return new Promise<string[]>((resolve) =>
      requestAnimationFrame(() =>
        resolve([...document.querySelectorAll('.reader-body .reader-chunk')].map((s) => s.className)),
      ),
    );
  });
  assert.doesNotMatch(atClick[0] ?? '', /held-/, 'the section on screen switches at once');
  assert.match(atClick[atClick.length - 1] ?? '', /held-pinyin/, 'a section far below keeps pinyin');

  await reader.waitForFunction(() => document.querySelector('.reader-body [class*="held-"]') === null, null, {
    timeout: 10_000,
  });
  const after = await sectionStates(reader);
  assert.ok(
    after.every((s) => ZHUYIN.test(s.shows)),
    `every section shows zhuyin: ${JSON.stringify(after)}`,
  );

  // A second switch from the bottom of the article: the sections above are the ones held now.
  await reader.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await reader.getByTestId('reader-ruby').getByRole('button', { name: 'None' }).click();
  await reader.waitForFunction(() => document.querySelector('.reader-body [class*="held-"]') === null, null, {
    timeout: 10_000,
  });
  const none = await sectionStates(reader);
  assert.ok(
    none.every((s) => s.shows === 'none'),
    `every section hides its readings: ${JSON.stringify(none)}`,
  );
  await reader.close();
  await article.close();
});

test('a reader whose article tab was closed says so, in place of "reload the page"', async () => {
  await env.ready;
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}/reader/long.html`);
  // The tab's id, then the tab closed (as a user closing it right after choosing Read).
  const tabId = await env.session.worker.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    return tab?.id ?? -1;
  }, page.url());
  assert.ok(tabId > 0, 'the article tab has an id');
  await page.close();
  const reader = await openExtensionPage(env.session, `reader.html?tab=${tabId}`);
  const status = reader.getByText(/tab was closed before the reader could read it/);
  await status.waitFor({ timeout: 15_000 });
  assert.equal(await reader.locator('.reader-body ruby').count(), 0);
  await reader.close();
});
