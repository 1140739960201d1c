// Vocabulary (issue 17) in Chromium: words saved through the background's `saveWord` (twice: one word,
// two sentences), listed and searched on the vocabulary page, reviewed by keyboard only (Space, 1–4,
// u to undo) with the word's state following, and no serious axe violation on either page, light or
// dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { cleanup, launch, ROOT, type Session } from './harness';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

let session: Session;
let base: string;

const entry = (simplified: string, traditional: string, pinyin: string, definitions: string[]) => ({
  simplified,
  traditional,
  pinyin,
  definitions,
});
const context = (sentence: string, word: string, url: string) => ({
  sentence,
  start: sentence.indexOf(word),
  length: word.length,
  url,
  title: '示例新闻',
  site: new URL(url).hostname,
  published: '2025-03-06',
  clippingId: null,
});

/** Sends a background message from an extension page, as the content script will. */
async function send(page: Page, name: string, params: unknown): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    ([n, p]) => chrome.runtime.sendMessage({ wenzhai: 1, to: 'background', name: n, params: p }),
    [name, params] as const,
  );
}

async function wordState(page: Page, simplified: string): Promise<string | undefined> {
  return page.evaluate(async (s) => {
    const handle = (
      globalThis as unknown as {
        wenzhaiReview?: { db: { words: { toArray(): Promise<{ simplified: string; state: string }[]> } } };
      }
    ).wenzhaiReview;
    const words = (await handle?.db.words.toArray()) ?? [];
    return words.find((w) => w.simplified === s)?.state;
  }, simplified);
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe;
    return ((await axe.run(document, { resultTypes: ['violations'] })) as { violations: unknown[] })
      .violations;
  })) as { id: string; impact: string | null; nodes: { html: string }[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

before(async () => {
  session = await launch();
  base = `chrome-extension://${session.extensionId}`;
});

after(async () => {
  await session?.close();
  if (session) cleanup(session);
});

test('a word saved twice is one word with two sentences; the page lists, searches and opens it', async () => {
  const page = await session.context.newPage();
  await page.goto(`${base}/vocabulary.html`);
  await page.getByText('No words yet', { exact: false }).waitFor();
  const jingji = entry('经济', '經濟', 'jīng jì', ['economy', 'economic']);
  const first = await send(page, 'saveWord', {
    entry: jingji,
    context: context('经济持续发展。', '经济', 'https://news.example.cn/a/1.html'),
  });
  const again = await send(page, 'saveWord', {
    entry: { ...jingji, simplified: '經濟' },
    context: context('香港經濟復甦。', '經濟', 'https://hk.example.com/b'),
  });
  assert.equal(first.ok, true);
  assert.deepEqual((again.value as { created: boolean }).created, false);
  assert.equal((first.value as { hsk3: number | null }).hsk3, 3, 'HSK level from the shipped list');
  await send(page, 'saveWord', { entry: entry('发展', '發展', 'fā zhǎn', ['to develop']), context: null });
  await send(page, 'saveWord', { entry: entry('领导', '領導', 'lǐng dǎo', ['to lead']), context: null });

  // The page refreshes by itself (the background bumps the change counter).
  const rows = page.locator('[data-testid="word-list"] li.word-row');
  await page.waitForFunction(() => document.querySelectorAll('li.word-row').length === 3);
  assert.match((await page.getByTestId('word-count').textContent()) ?? '', /3 of 3/);

  await page.getByTestId('word-search').fill('經濟');
  await page.waitForFunction(() => document.querySelectorAll('li.word-row').length === 1);
  assert.match((await rows.first().textContent()) ?? '', /经济/);
  await page.getByTestId('word-search').fill('lingdao');
  await page.waitForFunction(() => document.querySelectorAll('li.word-row').length === 1);
  assert.match((await rows.first().textContent()) ?? '', /领导/);
  await page.getByTestId('word-search').fill('');

  await page.locator('li.word-row', { hasText: '经济' }).locator('button.open').click();
  const detail = page.getByTestId('word-detail');
  await detail.waitFor();
  assert.equal(await detail.locator('.contexts > li').count(), 2, 'two sentences, one word');
  assert.match((await detail.textContent()) ?? '', /HSK 3/);
  await page.close();
});

test('review by keyboard only: Space shows, 1–4 grade, u undoes; the word state follows', async () => {
  const page = await session.context.newPage();
  await page.goto(`${base}/review.html`);
  const word = page.getByTestId('review-word');
  await word.waitFor();
  const front = await word.textContent();
  assert.equal(front, '经济', 'the first word added comes first, in the reader’s script');
  assert.equal(await page.getByTestId('review-back').count(), 0, 'the answer is hidden at first');
  await page.keyboard.press('Space');
  await page.getByTestId('review-back').waitFor();
  assert.match((await page.getByTestId('review-back').textContent()) ?? '', /jīng jì[\s\S]*economy/);

  await page.keyboard.press('3');
  await page.getByTestId('review-status').filter({ hasText: 'Good' }).waitFor();
  assert.equal(await wordState(page, '经济'), 'learning');
  // Good on a new word is a ten-minute learning step, inside the learn-ahead window: the next card
  // may be the same word again, shown from its front.
  await page.waitForFunction(() => !document.querySelector('[data-testid="review-back"]'));
  assert.equal(
    await page.evaluate(() =>
      (
        globalThis as unknown as { wenzhaiReview: { db: { logs: { count(): Promise<number> } } } }
      ).wenzhaiReview.db.logs.count(),
    ),
    1,
  );

  await page.keyboard.press('u');
  await page.getByTestId('review-status').filter({ hasText: 'undone' }).waitFor();
  assert.equal(await wordState(page, '经济'), 'new');
  assert.equal(await word.textContent(), '经济', 'the undone card is shown again');

  const ratings = () =>
    page.evaluate(async () =>
      (
        await (
          globalThis as unknown as {
            wenzhaiReview: { db: { logs: { toArray(): Promise<{ rating: number }[]> } } };
          }
        ).wenzhaiReview.db.logs.toArray()
      ).map((l) => l.rating),
    );
  // Keys pressed as fast as a user types them: Space twice (the second must not press the focused
  // "Again" button) and the grade straight after, without waiting in between.
  for (const [i, key] of ['4', '4', '4'].entries()) {
    await page.keyboard.press('Space');
    await page.keyboard.press('Space');
    await page.keyboard.press(key);
    await page.waitForFunction(() => !document.querySelector('[data-testid="review-back"]'));
    await page.getByTestId('review-status').filter({ hasText: 'Easy' }).waitFor();
    assert.deepEqual(await ratings(), Array(i + 1).fill(4), 'one Easy per card, no Again');
  }
  assert.equal(await wordState(page, '经济'), 'learning');
  assert.equal(await wordState(page, '发展'), 'learning');

  // The vocabulary page shows the new states.
  const list = await session.context.newPage();
  await list.goto(`${base}/vocabulary.html`);
  await list.getByTestId('state-filter').selectOption('learning');
  await list.waitForFunction(() => document.querySelectorAll('li.word-row').length === 3);
  await list.close();
  await page.close();
});

test('no serious axe violation on the vocabulary and review pages, light and dark', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    const page = await session.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${base}/vocabulary.html`);
    await page.locator('li.word-row').first().waitFor();
    assert.deepEqual(await seriousViolations(page), [], `vocabulary list, ${scheme}`);
    await page.locator('li.word-row button.open').first().click();
    await page.getByTestId('word-detail').waitFor();
    assert.deepEqual(await seriousViolations(page), [], `word details, ${scheme}`);
    await page.goto(`${base}/review.html`);
    await page.getByTestId('review-progress').waitFor();
    assert.deepEqual(await seriousViolations(page), [], `review, ${scheme}`);
    await page.close();
  }
});
