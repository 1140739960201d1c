// Issue 20, in the card: a news term in Simplified and one in Traditional show the glossary entry first,
// with its topic line (category, year) and its related terms; the underline marks both; `r` reaches a
// related term's own entry. The page is written here (a short made-up report), not taken from the corpus.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { startWenzhai, useSession, waitForCard } from './fixtures';

const PARAGRAPH =
  '记者从有关部门获悉，今年以来各地继续推进对外合作项目，港口、铁路和能源设施建设稳步进行，' +
  '参与企业表示将进一步完善管理制度，提高项目质量，为当地创造更多就业机会。';
const PAGE = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>新闻报道</title></head>
<body><article><h1>对外合作项目稳步推进</h1>
<p>${PARAGRAPH}</p>
<p>专家认为，共建一带一路十多年来，合作领域不断拓展。${PARAGRAPH}</p>
<p>另據報導，兩岸學者在座談會上討論九二共識的由來與爭議。${PARAGRAPH}</p>
<p>${PARAGRAPH}</p>
</article></body></html>`;

const env = useSession({ pages: { '/glossary/news.html': PAGE } });

async function hover(page: Page, needle: string): Promise<void> {
  await page.mouse.move(2, 2);
  const p = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = (node as Text).data.indexOf(text);
      if (i < 0) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`text not found: ${text}`);
  }, needle);
  await page.mouse.move(p.x, p.y, { steps: 2 });
}

const textOf = (html: string): string => html.replace(/<[^>]+>/g, '');
/** The first entry's headword (traditional form), as the card prints it. */
const firstHeadword = (html: string): string => /<span class="trad">([^<]*)<\/span>/.exec(html)?.[1] ?? '';
/** The first entry's source (glossary, user, cedict). */
const firstSource = (html: string): string => /class="entry source-(\w+)"/.exec(html)?.[1] ?? '';

test('news terms in both scripts: glossary entry first with topic and related terms, underlined, r walks', async () => {
  await env.ready;
  await env.session.worker.evaluate(() => chrome.storage.local.set({ underlineGlossary: true }));
  try {
    const page = await env.session.context.newPage();
    await page.goto(`${env.origin}/glossary/news.html`);
    await startWenzhai(env.session, page);

    // The underline (a CSS Custom Highlight under a random name ending in -underline) marks both terms.
    const underlined = await page.waitForFunction(
      () => {
        const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights];
        const h = all.find(([name]) => /-underline$/.test(name))?.[1];
        return h && h.size > 0 ? [...h].map((r) => r.toString()) : null;
      },
      null,
      { timeout: 10_000 },
    );
    const terms = (await underlined.jsonValue()) as string[];
    assert.ok(terms.includes('一带一路'), `underlined: ${terms.join(', ')}`);
    assert.ok(terms.includes('九二共識'), `underlined: ${terms.join(', ')}`);

    // Simplified: the glossary entry comes first, with its topic line and its related terms.
    await hover(page, '一带一路');
    const hans = await waitForCard(page, (h) => h.includes('source-glossary'), 'glossary card for 一带一路');
    assert.equal(firstHeadword(hans), '一帶一路');
    assert.equal(firstSource(hans), 'glossary', 'the glossary entry is the first entry');
    assert.ok(textOf(hans).includes('(Diplomacy and security, 2013)'), textOf(hans));
    assert.ok(textOf(hans).includes('Related (r)'), textOf(hans));
    assert.ok(textOf(hans).includes('丝路基金'), textOf(hans));

    // r: the first related term's own entry, shown in the card; r again: the next one.
    await page.keyboard.press('r');
    const fund = await waitForCard(page, (h) => firstHeadword(h) === '絲路基金', 'related term 丝路基金');
    assert.ok(textOf(fund).includes('Silk Road Fund'), textOf(fund));
    await page.keyboard.press('r');
    await waitForCard(page, (h) => firstHeadword(h) === '中巴經濟走廊', 'next related term 中巴经济走廊');
    await page.keyboard.press('Escape');

    // Traditional: the same for a cross-strait term written in Traditional characters.
    await hover(page, '九二共識');
    const hant = await waitForCard(
      page,
      (h) => firstHeadword(h) === '九二共識',
      'glossary card for 九二共識',
    );
    assert.equal(firstSource(hant), 'glossary');
    assert.ok(textOf(hant).includes('(Hong Kong, Taiwan, cross-strait, 1992)'), textOf(hant));
    assert.ok(textOf(hant).includes('一中各表'), textOf(hant));
    await page.keyboard.press('r');
    await waitForCard(page, (h) => firstHeadword(h) === '一中各表', 'related term 一中各表');
    await page.close();
  } finally {
    await env.session.worker.evaluate(() => chrome.storage.local.remove(['underlineGlossary']));
  }
});
