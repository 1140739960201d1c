// Known-word colouring on the page (issue 17 §5) in Chromium, the whole loop: hover → save (twice, two
// sentences on two pages) → the popup's switch colours the article and shows its estimate → the
// vocabulary page lists the word → the review page grades it → it turns known → the still-open
// article tab drops its mark without a reload; then after a browser restart on the same profile the
// colouring is still on, and a state set from an extension page reaches the open tab again. The
// marks are read from our closed shadow root through DevTools (the page cannot read them), and axe
// checks the popup with the switch, light and dark.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import {
  type DomNode,
  inClosedRoot,
  launch,
  openExtensionPage,
  openPopupFor,
  pointOfText,
  ROOT,
  startWenzhai,
  useSession,
  waitForCard,
} from './fixtures';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const article = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>` +
  `<body><article><h1>${title}</h1>${body}</article></body></html>`;

const env = useSession({
  pages: {
    '/colour/one.html': article(
      '经济持续恢复向好',
      [
        '今年全国经济持续恢复，各地推动高质量发展，主要指标稳中有进，就业形势总体稳定，居民收入继续增长。',
        '市场信心明显增强，消费需求稳步回升，制造业投资保持较快增长，新动能加快成长，外贸进出口好于预期。',
        '专家表示，下一阶段要继续扩大内需，稳定就业，支持中小企业发展，加强基础设施建设，改善民生保障。',
        '会议指出，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。',
        '各地区各部门要认真落实决策部署，统筹发展和安全，切实做好保供稳价工作，确保群众生活平稳有序。',
        '有关负责人介绍，今年以来农业生产形势较好，粮食产量保持稳定，农村居民收入增长快于城镇居民。',
      ]
        .map((p) => `<p>${p}</p>`)
        .join(''),
    ),
    '/colour/two.html': article('第二篇', '<p>专家认为，明年的经济仍有支撑。</p>'),
  },
});

async function open(path: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(`${env.origin}${path}`);
  await startWenzhai(env.session, page);
  return page;
}

async function saveByHover(page: Page, needle: string, confirmation: string): Promise<void> {
  await page.mouse.move(2, 2);
  const p = await pointOfText(page, needle);
  await page.mouse.move(p.x, p.y, { steps: 2 });
  await waitForCard(page, (h) => h.includes('經濟') && h.includes('save-word'), `the card for ${needle}`);
  await page.keyboard.press('s');
  await waitForCard(page, (h) => h.includes(confirmation), confirmation);
  await page.keyboard.press('Escape');
}

interface MarkBox {
  state: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The boxes drawn in our closed root, as DevTools sees them. */
async function marks(page: Page): Promise<MarkBox[]> {
  return inClosedRoot(page, 'marks', async (_cdp, shadow) => {
    const boxes: MarkBox[] = [];
    const visit = (n: DomNode): void => {
      const a = n.attributes ?? [];
      const cls = a[a.indexOf('class') + 1] ?? '';
      const style = a[a.indexOf('style') + 1] ?? '';
      if (a.includes('class') && /^m s\d$/.test(cls)) {
        const num = (k: string) => Number(new RegExp(`${k}:\\s*([\\d.]+)px`).exec(style)?.[1] ?? Number.NaN);
        boxes.push({ state: cls.slice(2), x: num('left'), y: num('top'), w: num('width'), h: num('height') });
      }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) visit(c);
    };
    if (shadow) visit(shadow);
    return boxes;
  });
}

/** The state of the mark over the first occurrence of `needle` ('s0' new, 's1' learning), or null. */
async function markOver(page: Page, needle: string): Promise<string | null> {
  const point = await page.evaluate((text) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(text);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2 + scrollX, y: r.top + r.height / 2 + scrollY };
    }
    return null;
  }, needle);
  assert.ok(point, `${needle} on the page`);
  const hit = (await marks(page)).find(
    (b) => point.x >= b.x && point.x <= b.x + b.w && point.y >= b.y && point.y <= b.y + b.h,
  );
  return hit?.state ?? null;
}

async function waitForMark(page: Page, needle: string, want: string | null, what: string): Promise<void> {
  let last: string | null = 'never read';
  for (let i = 0; i < 100; i++) {
    last = await markOver(page, needle);
    if (last === want) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`${what}: the mark over ${needle} is ${last}, not ${want}`);
}

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const result = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe;
    return ((await axe.run(document, { resultTypes: ['violations'] })) as { violations: unknown[] })
      .violations;
  })) as { id: string; impact: string | null; nodes: { html: string }[] }[];
  return result
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`);
}

async function send(page: Page, name: string, params: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(
    ([n, p]) => chrome.runtime.sendMessage({ wenzhai: 1, to: 'background', name: n, params: p }),
    [name, params] as const,
  );
}

test('save twice → colour → review to known → the open tab updates; again after a restart', async () => {
  await env.ready;
  const one = await open('/colour/one.html');
  await saveByHover(one, '经济持续', 'Saved to vocabulary');
  const two = await open('/colour/two.html');
  await saveByHover(two, '经济仍', 'Added another sentence');
  await two.close();

  // The popup: the estimate of the article, and the switch (off by default), checked by axe both ways.
  const popup = await openPopupFor(env.session, one);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  const estimate = popup.getByTestId('popup-estimate');
  await estimate.waitFor({ timeout: 15_000 });
  assert.match((await estimate.textContent()) ?? '', /^known \d+ % · \d+ new words · HSK /);
  const toggle = popup.getByTestId('colour-words');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false', 'off until the user turns it on');
  await toggle.click();
  await popup.waitForFunction(
    () => document.querySelector('[data-testid="colour-words"]')?.getAttribute('aria-pressed') === 'true',
  );
  for (const scheme of ['light', 'dark'] as const) {
    await popup.emulateMedia({ colorScheme: scheme });
    assert.deepEqual(await seriousViolations(popup), [], `the popup with the switch (${scheme})`);
  }
  await popup.close();
  await one.bringToFront();

  // New words are marked in the tab, drawn in our closed root only.
  await waitForMark(one, '经济', 's0', 'a saved new word');
  await waitForMark(one, '市场', 's0', 'a word never saved');
  assert.equal(
    await one.evaluate(() => ('highlights' in CSS ? [...CSS.highlights.keys()].length : 0)),
    0,
    'nothing the page can enumerate',
  );

  // The vocabulary page lists the word with its two sentences.
  const vocabulary = await openExtensionPage(env.session, 'vocabulary.html');
  await vocabulary.locator('li.word-row', { hasText: '经济' }).waitFor();

  // Review: a card that has been remembered for a month; Easy schedules it past 21 days → known.
  const review = await openExtensionPage(env.session, 'review.html');
  await review.getByTestId('review-word').waitFor();
  await review.evaluate(async () => {
    const { db } = (
      globalThis as unknown as {
        wenzhaiReview: {
          db: {
            words: { toArray(): Promise<{ id: number; simplified: string }[]> };
            cards: { update(id: number, changes: object): Promise<number> };
          };
        };
      }
    ).wenzhaiReview;
    const word = (await db.words.toArray()).find((w) => w.simplified === '经济');
    const day = 86_400_000;
    await db.cards.update(word?.id ?? 0, {
      queue: 'review',
      state: 2,
      stability: 40,
      difficulty: 4,
      reps: 4,
      scheduled_days: 30,
      elapsed_days: 30,
      due: Date.now() - 1000,
      last_review: Date.now() - 30 * day,
    });
  });
  await review.reload();
  await review.getByTestId('review-word').filter({ hasText: '经济' }).waitFor();
  await review.keyboard.press('Space');
  await review.getByTestId('review-back').waitFor();
  await review.keyboard.press('4');
  await review.getByTestId('review-status').filter({ hasText: 'Easy' }).waitFor();

  // The article tab, never reloaded, drops the mark of the word now known; the others stay.
  await one.bringToFront();
  await waitForMark(one, '经济', null, 'a word reviewed to known');
  await waitForMark(one, '市场', 's0', 'a new word after the change');

  // Restart the browser on the same profile: the switch is still on, and a change made from an
  // extension page reaches the open article tab again.
  const { profile, extension } = env.session;
  await env.session.close();
  env.session = await launch({ profile, extension });
  const again = await open('/colour/one.html');
  await waitForMark(again, '市场', 's0', 'colouring after a restart');
  await waitForMark(again, '经济', null, 'the known word after a restart');
  const page = await openExtensionPage(env.session, 'vocabulary.html');
  const entry = { simplified: '经济', traditional: '經濟', pinyin: 'jīng jì', definitions: ['economy'] };
  assert.equal((await send(page, 'setWordState', { entry, state: 'learning' })).ok, true);
  await again.bringToFront();
  await waitForMark(again, '经济', 's1', 'a word set to learning after the restart');
});
