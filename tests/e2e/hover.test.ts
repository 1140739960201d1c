// The hover glossary in real Chromium: words in the demo page (a news-glossary term among them), a word
// inside an open shadow root, the segmentation hint, a hostile page stylesheet that must not change the
// card, keyboard next-word, and a user term added from the card that shows on the next hover.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  cardFrame,
  hoverCardHtml,
  inClosedRoot,
  ROOT,
  startWenzhai,
  useSession,
  waitForCard,
} from './fixtures';

const SHADOW_PAGE = readFileSync(join(ROOT, 'tests/fixtures/hover/shadow.html'), 'utf8');
const HOSTILE_CSS = readFileSync(join(ROOT, 'tests/fixtures/hover/hostile.css'), 'utf8');

const env = useSession({
  pages: {
    // The same page with the hostile stylesheet inlined after ours.
    '/hover/shadow-hostile.html': SHADOW_PAGE.replace('</head>', `<style>${HOSTILE_CSS}</style></head>`),
  },
});

/** Opens `path` and starts Wenzhai on it the way the toolbar button does. */
let opened = 0;
async function open(path: string): Promise<Page> {
  const page = await env.session.context.newPage();
  // A unique URL: the popup finds its tab by URL, and a page left open by a failed test must not match.
  await page.goto(`${env.origin}${path}?n=${++opened}`);
  await startWenzhai(env.session, page);
  return page;
}

/** Centre of character `offset` of the first occurrence of `needle`, looking into open shadow roots. */
async function pointOf(page: Page, needle: string, offset = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([text, at]) => {
      const roots: (Document | ShadowRoot)[] = [document];
      for (const el of Array.from(document.querySelectorAll('*')))
        if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const root of roots) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const i = (node as Text).data.indexOf(text);
          if (i < 0 || node.parentElement?.closest('script, style, title')) continue;
          const range = document.createRange();
          range.setStart(node, i + at);
          range.setEnd(node, i + at + 1);
          node.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error(`text not found: ${text}`);
    },
    [needle, offset] as const,
  );
}

async function hover(page: Page, needle: string, offset = 0): Promise<void> {
  // Leave the word first so the card is looked up afresh.
  await page.mouse.move(2, 2);
  const p = await pointOf(page, needle, offset);
  await page.mouse.move(p.x, p.y, { steps: 2 });
}

/** The card's text without tags (syllables are separate spans, for tone colours). */
const textOf = (html: string): string => html.replace(/<[^>]+>/g, '');

/** Headwords of the card's entries, in order. */
const headwords = (html: string): string[] =>
  [...html.matchAll(/<span class="trad">([^<]*)<\/span>/g)].map((m) => m[1] ?? '');

/** Size and key computed styles of the card, read through the DevTools protocol (our root is closed). */
async function cardLook(page: Page): Promise<Record<string, string>> {
  return inClosedRoot(page, 'hover', async (cdp, shadow) => {
    const frame = cardFrame(shadow);
    assert.ok(frame, 'card frame');
    await cdp.send('CSS.enable');
    const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: frame.nodeId })) as {
      computedStyle: { name: string; value: string }[];
    };
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: frame.nodeId })) as {
      model: { width: number; height: number };
    };
    const wanted = [
      'font-size',
      'font-family',
      'color',
      'background-color',
      'border-top-width',
      'transform',
      'display',
    ];
    const look: Record<string, string> = { width: String(model.width), height: String(model.height) };
    for (const { name, value } of computedStyle) if (wanted.includes(name)) look[name] = value;
    return look;
  });
}

test('demo page: a dictionary word and a news-glossary term', async () => {
  const page = await open('/demo/news.html');
  await hover(page, '糧食生產');
  const word = await waitForCard(page, (h) => headwords(h)[0] === '糧食', '糧食 first');
  assert.match(textOf(word), /liáng shi/);
  assert.match(word, /grain|cereal|food/i);
  assert.match(word, /粮食/);

  await hover(page, '四個意識');
  const term = await waitForCard(page, (h) => headwords(h)[0] === '四個意識', '四個意識 first');
  assert.match(term, /class="badge">News term</);
  assert.match(textOf(term), /sì gè yì shí/);
  await page.keyboard.press('Escape');
  assert.equal((await hoverCardHtml(page))?.hidden, true);
  await page.close();
});

test('shadow DOM page: a word inside an open shadow root, the segmentation hint, next word', async () => {
  const page = await open('/hover/shadow.html');
  await hover(page, '高質量發展'.replace('質', '质').replace('發', '发'));
  const inside = await waitForCard(
    page,
    (h) => headwords(h).includes('高質量發展'),
    '高质量发展 in the shadow root',
  );
  assert.match(inside, /News term/);

  // 研究生命: the longest match is 研究生 (graduate student); the sentence means 研究 | 生命.
  await hover(page, '研究生命');
  // Wait for the 研究 card itself: on the way there the pointer may cross another word, whose card
  // (also with several headwords) can show first.
  const hinted = await waitForCard(page, (h) => headwords(h).includes('研究生'), '研究 entries');
  assert.equal(headwords(hinted)[0], '研究');
  assert.ok(headwords(hinted).includes('研究生'), 'the longest match is still listed');

  await page.keyboard.press('n');
  const next = await waitForCard(page, (h) => headwords(h)[0] === '生命', 'next word 生命');
  assert.match(textOf(next), /shēng mìng/);
  await page.keyboard.press('b');
  await waitForCard(page, (h) => headwords(h)[0] === '研究', 'previous word 研究');
  await page.close();
});

test('a hostile page stylesheet does not change the card', async () => {
  const looks: Record<string, string>[] = [];
  for (const path of ['/hover/shadow.html', '/hover/shadow-hostile.html']) {
    const page = await open(path);
    await hover(page, '复工复产');
    await waitForCard(page, (h) => headwords(h)[0] === '復工復產', `復工復產 on ${path}`);
    looks.push(await cardLook(page));
    await page.close();
  }
  assert.equal(looks[0]?.display, 'block');
  assert.deepEqual(looks[1], looks[0]);
});

test('a term added from the card shows on the next hover, badged as mine', async () => {
  const page = await open('/hover/shadow.html');
  await hover(page, '起源');
  await waitForCard(page, (h) => headwords(h)[0] === '起源', '起源');
  await page.keyboard.press('a');
  await waitForCard(page, (h) => h.includes('user-term-form'), 'the add form');
  // The term field has focus and holds the word; fill the definition and save with Enter.
  await page.keyboard.press('Tab'); // pinyin (prefilled)
  await page.keyboard.press('Tab'); // definition
  await page.keyboard.type('origin (my own note on this word)');
  await page.keyboard.press('Enter');
  await waitForCard(page, (h) => h.includes('Saved to my glossary'), 'the saved status');

  await page.mouse.move(2, 2);
  await hover(page, '起源');
  const mine = await waitForCard(page, (h) => h.includes('My term'), 'the user term');
  assert.equal(headwords(mine)[0], '起源');
  assert.match(mine, /origin \(my own note on this word\)/);

  // The options page lists it (through the background, from the 'wenzhai-glossary' database).
  const options = await env.session.context.newPage();
  await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
  await options.getByRole('cell', { name: 'origin (my own note on this word)' }).waitFor({ timeout: 10_000 });
  await options.close();
  await page.close();
});

test('settings: zhuyin with tone colours, and every glossary term underlined in the article', async () => {
  await env.session.worker.evaluate(() =>
    chrome.storage.local.set({ readingStyle: 'both', toneColours: true, underlineGlossary: true }),
  );
  try {
    const page = await open('/demo/news.html');
    await hover(page, '糧食生產');
    const card = await waitForCard(page, (h) => h.includes('zhuyin'), 'zhuyin');
    assert.match(textOf(card), /ㄌㄧㄤˊ/);
    assert.match(card, /class="tone2">liáng/);
    // The underline is a CSS Custom Highlight over the article's glossary terms (the page's DOM is untouched),
    // under a per-instance random name ending in -underline.
    const underlined = await page.waitForFunction(
      () => {
        const all = [...(CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights];
        const h = all.find(([name]) => /^m[0-9a-f]{24}-underline$/.test(name))?.[1];
        return h && h.size > 0 ? [...h].map((r) => r.toString()) : null;
      },
      null,
      { timeout: 10_000 },
    );
    const terms = (await underlined.jsonValue()) as string[];
    for (const term of ['四個意識', '四個自信', '兩個維護', '六穩', '六保'])
      assert.ok(terms.includes(term), term);
    await page.close();
  } finally {
    await env.session.worker.evaluate(() =>
      chrome.storage.local.remove(['readingStyle', 'toneColours', 'underlineGlossary']),
    );
  }
});
