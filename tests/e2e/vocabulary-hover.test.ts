// Saving words from the hover card (issue 17) in Chromium: the `s` key on one page and the card's
// Save button on another add one word with two sentences (each with its page), `u` undoes a save,
// `k` marks a word known; the vocabulary page lists what was saved, and the review page grades it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  findNode,
  inClosedRoot,
  openExtensionPage,
  pointOfText,
  startWenzhai,
  useSession,
  waitForCard,
} from './fixtures';

const article = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;

const env = useSession({
  pages: {
    '/vocab/one.html': article(
      '第一篇新闻',
      '<p>今年全国经济持续恢复。各地推动<b>高质量</b>发展。</p><p>市场信心明显增强。</p>',
    ),
    '/vocab/two.html': article('第二篇新闻', '<p>专家认为，明年的经济仍有支撑。</p>'),
  },
});

let opened = 0;
async function open(path: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}${path}?n=${++opened}`);
  await startWenzhai(env.session, page);
  return page;
}

async function hover(page: Page, needle: string): Promise<void> {
  await page.mouse.move(2, 2);
  const p = await pointOfText(page, needle);
  await page.mouse.move(p.x, p.y, { steps: 2 });
}

/** Centre of the card's element with `className` (inside our closed root), read through DevTools. */
async function cardButton(page: Page, className: string): Promise<{ x: number; y: number }> {
  return inClosedRoot(page, 'hover', async (cdp, shadow) => {
    assert.ok(shadow, 'the card is on the page');
    const node = findNode(shadow, (n) => {
      const a = n.attributes ?? [];
      return a.some((v, i) => a[i - 1] === 'class' && v.split(' ').includes(className));
    });
    assert.ok(node, `.${className} in the card`);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: node.nodeId })) as {
      model: { content: number[] };
    };
    const [x1 = 0, y1 = 0, , , x3 = 0, y3 = 0] = model.content;
    return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
  });
}

interface StoredWord {
  id: number;
  simplified: string;
  state: string;
}
interface StoredContext {
  wordId: number;
  sentence: string;
  start: number;
  length: number;
  url: string;
  title: string;
}

async function stored(page: Page): Promise<{ words: StoredWord[]; contexts: StoredContext[] }> {
  return page.evaluate(async () => {
    const { db } = (
      globalThis as unknown as {
        wenzhaiVocabulary: {
          db: { words: { toArray(): Promise<unknown[]> }; contexts: { toArray(): Promise<unknown[]> } };
        };
      }
    ).wenzhaiVocabulary;
    return { words: await db.words.toArray(), contexts: await db.contexts.toArray() };
  }) as Promise<{ words: StoredWord[]; contexts: StoredContext[] }>;
}

test('hover → save twice (key, then button) → one word, two sentences; u undoes; k marks known', async () => {
  await env.ready;
  const one = await open('/vocab/one.html');
  await hover(one, '经济持续');
  await waitForCard(one, (h) => h.includes('經濟') && h.includes('save-word'), 'the card for 经济');
  await one.keyboard.press('s');
  await waitForCard(one, (h) => h.includes('Saved to vocabulary') && h.includes('class="undo"'), 'saved');

  // A second word, saved and undone by key: it must not stay in the vocabulary.
  await hover(one, '信心');
  await waitForCard(one, (h) => h.includes('信心') && !h.includes('Saved to'), 'the card for 信心');
  await one.keyboard.press('s');
  await waitForCard(one, (h) => h.includes('Saved to vocabulary'), '信心 saved');
  await one.keyboard.press('u');
  await waitForCard(one, (h) => h.includes('Save undone'), 'the save undone');

  // k on the card marks a word known (adding it).
  await hover(one, '市场');
  await waitForCard(one, (h) => h.includes('市場') && !h.includes('Save undone'), 'the card for 市场');
  await one.keyboard.press('k');
  await waitForCard(one, (h) => h.includes('Marked as known'), '市场 known');

  // The same word on another page, saved with the card's button: the pointer goes onto the card and
  // the card stays.
  const two = await open('/vocab/two.html');
  await hover(two, '经济仍');
  await waitForCard(two, (h) => h.includes('經濟') && h.includes('save-word'), 'the card for 经济 on two');
  const button = await cardButton(two, 'save-word');
  // As a hand does: a little on the word, then down onto the card (a pointer arriving from elsewhere
  // looks through the card at the page).
  const word = await pointOfText(two, '经济仍');
  await two.mouse.move(word.x + 1, word.y);
  await two.mouse.move(button.x, button.y, { steps: 8 });
  await two.mouse.click(button.x, button.y);
  await waitForCard(two, (h) => h.includes('Added another sentence'), 'another sentence');

  const vocabulary = await openExtensionPage(env.session, 'vocabulary.html');
  await vocabulary.locator('li.word-row').first().waitFor();
  const { words, contexts } = await stored(vocabulary);
  assert.deepEqual(words.map((w) => [w.simplified, w.state]).sort(), [
    ['市场', 'known'],
    ['经济', 'new'],
  ]);
  const jingji = words.find((w) => w.simplified === '经济');
  const mine = contexts.filter((c) => c.wordId === jingji?.id);
  assert.deepEqual(
    mine.map((c) => [
      c.sentence,
      c.sentence.slice(c.start, c.start + c.length),
      new URL(c.url).pathname,
      c.title,
    ]),
    [
      ['今年全国经济持续恢复。', '经济', '/vocab/one.html', '第一篇新闻'],
      ['专家认为，明年的经济仍有支撑。', '经济', '/vocab/two.html', '第二篇新闻'],
    ],
  );
  await vocabulary.locator('li.word-row', { hasText: '经济' }).locator('button.open').click();
  const sentences = vocabulary.getByTestId('word-detail').locator('.contexts > li');
  await sentences.nth(1).waitFor(); // the details load after the click
  assert.equal(await sentences.count(), 2);

  // Review: the saved word comes up with its sentence, and a grade moves it on to learning.
  const review = await openExtensionPage(env.session, 'review.html');
  await review.getByTestId('review-word').waitFor();
  assert.equal(await review.getByTestId('review-word').textContent(), '经济');
  await review.keyboard.press('Space');
  await review.getByTestId('review-back').waitFor();
  await review.keyboard.press('3');
  await review.getByTestId('review-status').filter({ hasText: 'Good' }).waitFor();
  const after = await stored(vocabulary);
  assert.equal(after.words.find((w) => w.simplified === '经济')?.state, 'learning');
  for (const page of [review, vocabulary, two, one]) await page.close();
});
