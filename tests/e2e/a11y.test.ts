// Accessibility in real Chromium: axe-core on the popup, the options page and the clippings review page
// (list and reading view, with a clipping saved), in the light and the dark colour scheme; no serious or
// critical violation may remain. The hover card lives in a closed shadow root that axe cannot enter: its
// painted colours are read through the DevTools protocol and held to 4.5:1 here, and its stylesheet (and
// the toast's) in tests/unit/settings-contrast.test.ts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import type { Page } from 'playwright-core';
import { contrastRatio } from '../../lib/contrast';
import {
  cardFrame,
  type DomNode,
  inClosedRoot,
  openPopupFor,
  pointOfText,
  ROOT,
  useSession,
  waitForCard,
} from './fixtures';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const SCHEMES = ['light', 'dark'] as const;

const env = useSession();
let clippingId: number;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string; html: string }[];
}

/** Runs axe on the page as it is now; returns the serious and critical violations. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Extension pages forbid inline scripts (CSP), so addScriptTag({content}) cannot run there; evaluating
  // the source through the DevTools protocol is not subject to the page's CSP.
  await page.addScriptTag({ content: AXE }).catch(() => undefined);
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(AXE);
  const violations = (await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, o: object): Promise<unknown> } }).axe;
    const result = (await axe.run(document, { resultTypes: ['violations'] })) as { violations: unknown[] };
    return result.violations;
  })) as Violation[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

function report(where: string, violations: Violation[]): string {
  return [
    `${violations.length} serious/critical axe violations on ${where}:`,
    ...violations.flatMap((v) => [
      `- [${v.impact}] ${v.id}: ${v.help}`,
      ...v.nodes
        .slice(0, 5)
        .map(
          (n) => `    ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n      ${n.failureSummary ?? ''}`,
        ),
    ]),
  ].join('\n');
}

async function assertClean(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  assert.equal(found.length, 0, report(where, found));
}

type Rgb = [number, number, number];
const rgba = (css: string): { rgb: Rgb; alpha: number } | null => {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(css);
  return m
    ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: m[4] === undefined ? 1 : Number(m[4]) }
    : null;
};

/** Every piece of text in the hover card with its painted colour and the background under it (the
 *  nearest opaque background up the tree), read through the DevTools protocol. */
async function cardTextColours(page: Page): Promise<{ text: string; ratio: number; fg: Rgb; bg: Rgb }[]> {
  return inClosedRoot(page, 'hover', async (cdp, shadow) => {
    const frame = cardFrame(shadow);
    assert.ok(frame, 'the card frame');
    await cdp.send('CSS.enable');
    const style = async (node: DomNode): Promise<Record<string, string>> => {
      const { computedStyle } = (await cdp.send('CSS.getComputedStyleForNode', { nodeId: node.nodeId })) as {
        computedStyle: { name: string; value: string }[];
      };
      return Object.fromEntries(computedStyle.map((p) => [p.name, p.value]));
    };
    const out: { text: string; ratio: number; fg: Rgb; bg: Rgb }[] = [];
    const walk = async (node: DomNode, under: Rgb): Promise<void> => {
      const look = await style(node);
      const own = rgba(look['background-color'] ?? '');
      const bg = own && own.alpha > 0.5 ? own.rgb : under;
      const fg = rgba(look.color ?? '')!.rgb;
      for (const child of node.children ?? []) {
        if (child.nodeType === 3 && child.nodeValue?.trim())
          out.push({ text: child.nodeValue.trim().slice(0, 30), fg, bg, ratio: contrastRatio(fg, bg) });
        else if (child.nodeType === 1) await walk(child, bg);
      }
    };
    await walk(frame, [255, 255, 255]);
    return out;
  });
}

async function extensionPage(path: string, scheme: 'light' | 'dark'): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(`chrome-extension://${env.session.extensionId}/${path}`);
  return page;
}

before(async () => {
  await env.ready;
  // One clipping, saved by the review page's own code, so the list and the reading view have content.
  const page = await extensionPage('clippings.html', 'light');
  await page.waitForFunction(() => 'wenzhaiClippings' in globalThis);
  clippingId = await page.evaluate(async () => {
    const api = (globalThis as unknown as { wenzhaiClippings: Record<string, (...a: unknown[]) => unknown> })
      .wenzhaiClippings;
    const result = (await api.saveClipping!(api.db, {
      url: 'https://news.example.cn/2024/05/article.html',
      title: '国务院常务会议部署加快城市更新',
      site: '新华网',
      byline: '记者 王明',
      published: '2024-05-06',
      kind: 'article',
      text: '国务院总理主持召开国务院常务会议，部署加快城市更新和老旧小区改造。',
      html: '<p>国务院总理主持召开国务院常务会议，部署加快城市更新和老旧小区改造。</p>',
      script: 'zh-Hans',
      tags: ['城市'],
      note: '',
    })) as { id: number };
    return result.id;
  });
  await page.close();
});

for (const scheme of SCHEMES) {
  test(`popup on the demo article (${scheme})`, async () => {
    const tab = await env.session.context.newPage();
    await tab.emulateMedia({ colorScheme: scheme });
    await tab.goto(`${env.origin}/demo/news.html`);
    const popup = await openPopupFor(env.session, tab);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
    await assertClean(popup, `the popup (${scheme})`);
    await popup.close();
    await tab.close();
  });

  test(`hover card on the demo article, tone colours on (${scheme})`, async () => {
    await env.session.worker.evaluate(() =>
      chrome.storage.local.set({ toneColours: true, readingStyle: 'both' }),
    );
    try {
      const tab = await env.session.context.newPage();
      await tab.emulateMedia({ colorScheme: scheme });
      await tab.goto(`${env.origin}/demo/news.html?scheme=${scheme}`);
      const popup = await openPopupFor(env.session, tab);
      await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
      await popup.close();
      await tab.bringToFront();
      await tab.mouse.move(2, 2);
      const p = await pointOfText(tab, '糧食生產');
      await tab.mouse.move(p.x, p.y, { steps: 2 });
      await waitForCard(tab, (h) => h.includes('class="tone2"'), 'the card with tone colours');
      const colours = await cardTextColours(tab);
      assert.ok(colours.length > 5, 'the card has text');
      const surface = colours[0]!.bg;
      assert.equal(
        scheme === 'dark' ? surface.every((c) => c < 80) : surface.every((c) => c > 200),
        true,
        `the card follows the ${scheme} scheme (background rgb(${surface.join(', ')}))`,
      );
      const poor = colours.filter((c) => c.ratio < 4.5);
      assert.deepEqual(
        poor.map(
          (c) => `${c.text}: rgb(${c.fg.join(',')}) on rgb(${c.bg.join(',')}) = ${c.ratio.toFixed(2)}`,
        ),
        [],
      );
      await tab.close();
    } finally {
      await env.session.worker.evaluate(() => chrome.storage.local.remove(['toneColours', 'readingStyle']));
    }
  });

  test(`options page (${scheme})`, async () => {
    const page = await extensionPage('options.html', scheme);
    await page.getByRole('heading', { name: 'Reading' }).waitFor();
    await page.getByTestId('clippings-count').getByText('1').waitFor({ timeout: 10_000 });
    await assertClean(page, `the options page (${scheme})`);
    // The second step of "Clear all clippings" too.
    await page.getByRole('button', { name: 'Clear all clippings…' }).click();
    await page.getByRole('textbox', { name: /type the number/ }).waitFor();
    await assertClean(page, `the options page, clear-all confirmation (${scheme})`);
    await page.close();
  });

  test(`clippings review page: list and reading view (${scheme})`, async () => {
    const page = await extensionPage('clippings.html', scheme);
    await page.getByText('国务院常务会议部署加快城市更新').first().waitFor({ timeout: 10_000 });
    await assertClean(page, `the clippings list (${scheme})`);
    await page.goto(`chrome-extension://${env.session.extensionId}/clippings.html?id=${clippingId}`);
    await page.getByRole('heading', { name: '国务院常务会议部署加快城市更新' }).waitFor({ timeout: 10_000 });
    await assertClean(page, `the clipping reading view (${scheme})`);
    await page.close();
  });
}
