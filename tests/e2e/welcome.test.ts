// First run (issue 7): a fresh profile gets the welcome page in a new tab; it shows the three gestures
// and what Wenzhai may access; the hover card works on its demo passage by pointer and by key, and the
// passage converts. An update (same profile, higher version) does not open it again.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import { launch, pointOfText, ROOT, type Session, screenshot, useSession, waitForCard } from './fixtures';

const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

const env = useSession({ serve: false });
let welcome: Page;

const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');

async function welcomePages(s: Session, waitMs: number): Promise<Page[]> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const found = s.context.pages().filter(isWelcome);
    if (found.length > 0 || Date.now() > deadline) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
}

test('a fresh install opens the welcome page in a tab', async () => {
  const pages = await welcomePages(env.session, 15_000);
  assert.equal(pages.length, 1, 'one welcome tab');
  welcome = pages[0]!;
  assert.equal(new URL(welcome.url()).host, env.session.extensionId);
  await welcome.getByRole('heading', { level: 1 }).waitFor({ timeout: 10_000 });
});

test('it shows the three gestures, the demo passage and every permission with its reason', async () => {
  assert.equal(await welcome.getByRole('heading', { level: 1 }).textContent(), 'Welcome to Wenzhai 文摘');
  const gestures = await welcome.locator('.gestures > li h2').allTextContents();
  assert.equal(gestures.length, 3);
  assert.match(gestures[0]!, /toolbar|button/i);
  assert.match(gestures[1]!, /pointer on a word/);
  assert.match(gestures[2]!, /Save/);
  // The shortcuts named are the ones the browser has bound.
  const text = (await welcome.locator('main').textContent()) ?? '';
  for (const key of ['Alt+Shift+S', 'Alt+Shift+D', 'Alt+Shift+H']) assert.ok(text.includes(key), key);
  const permissions = await welcome
    .getByTestId('welcome-access')
    .locator('li')
    .evaluateAll((items) => items.map((li) => li.getAttribute('data-permission')));
  // Every permission the shipped manifest asks for is explained.
  const manifest = await env.session.worker.evaluate(() => chrome.runtime.getManifest());
  for (const permission of manifest.permissions ?? [])
    assert.ok(
      permissions.some((p) => p?.split(', ').includes(permission)),
      `${permission} is explained on the welcome page`,
    );
  assert.ok(permissions.includes('optional host permissions'));
  assert.match(text, /Nothing you read, convert, look up or save leaves your device/);
  assert.match((await welcome.getByTestId('welcome-demo').textContent()) ?? '', /复工复产/);
});

test('axe finds no serious or critical violation on the welcome page, light or dark', async () => {
  // Extension pages forbid inline scripts; evaluating through the DevTools protocol is not subject to CSP.
  await welcome.evaluate(AXE);
  for (const colorScheme of ['light', 'dark'] as const) {
    await welcome.emulateMedia({ colorScheme });
    const found = (await welcome.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(c: Document, o: object): Promise<unknown> } }).axe;
      const result = (await axe.run(document, { resultTypes: ['violations'] })) as {
        violations: { id: string; impact: string | null; nodes: { html: string }[] }[];
      };
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
    })) as string[];
    assert.deepEqual(found, [], `${colorScheme}: ${found.join('\n')}`);
  }
  await welcome.emulateMedia({ colorScheme: null });
});

test('resting the pointer on the demo passage opens the hover card', async () => {
  await welcome.bringToFront();
  const point = await pointOfText(welcome, '复工复产');
  await welcome.mouse.move(point.x, point.y);
  const html = await waitForCard(welcome, (h) => h.includes('復工復產'), 'the news term 复工复产');
  assert.match(html, /News term|新闻术语|新聞術語/);
  await screenshot(welcome, 'welcome');
  await welcome.keyboard.press('Escape');
});

test('Tab to the passage and Alt+Shift+H open the card at the caret, n moves on; the caret stays', async () => {
  await welcome.mouse.move(1, 1); // the pointer off the passage: only the key may open the card
  await welcome.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  // Tab from the top of the page until the passage has the focus (keyboard only).
  for (let i = 0; i < 20; i++) {
    await welcome.keyboard.press('Tab');
    if (await welcome.evaluate(() => document.activeElement?.getAttribute('data-testid') === 'welcome-demo'))
      break;
  }
  const caret = await welcome.evaluate(() => {
    const s = document.getSelection()!;
    return {
      focusVisible: document.activeElement?.matches(':focus-visible') ?? false,
      inPassage: document.querySelector('[data-testid=welcome-demo]')!.contains(s.focusNode),
      offset: s.focusOffset,
      collapsed: s.isCollapsed,
    };
  });
  assert.deepEqual(caret, { focusVisible: true, inPassage: true, offset: 0, collapsed: true });
  await welcome.keyboard.press('Alt+Shift+H');
  await waitForCard(welcome, (h) => h.includes('本市'), 'the first word of the passage, 本市');
  await welcome.keyboard.press('n');
  await waitForCard(welcome, (h) => !h.includes('本市') && /各|区/.test(h), 'the next word');
  const after = await welcome.evaluate(() => {
    const s = document.getSelection()!;
    return { offset: s.focusOffset, collapsed: s.isCollapsed };
  });
  assert.deepEqual(after, { offset: 0, collapsed: true }, 'the caret did not move');
  await welcome.keyboard.press('Escape');
});

test('the demo passage converts to 繁體 and back', async () => {
  await welcome.getByRole('button', { name: '繁體', exact: true }).click();
  await welcome
    .getByTestId('welcome-demo')
    .getByText(/復工復產/)
    .waitFor({ timeout: 15_000 });
  assert.equal(await welcome.getByTestId('welcome-demo').getAttribute('lang'), 'zh-Hant');
  await welcome.getByRole('button', { name: 'Original', exact: true }).click();
  await welcome
    .getByTestId('welcome-demo')
    .getByText(/复工复产/)
    .waitFor({ timeout: 5_000 });
});

test('an update or a restart does not open the welcome page again', async () => {
  const { profile, extension, extensionId } = env.session;
  await welcome.close(); // so a restored env.session could not bring it back either
  await env.session.close();
  const manifestPath = join(extension, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  manifest.version = `${manifest.version}.1`;
  writeFileSync(manifestPath, JSON.stringify(manifest));
  env.session = await launch({ profile, extension });
  assert.equal(env.session.extensionId, extensionId);
  // The worker has run its start-up (and onInstalled 'update') once an extension page has loaded and
  // talked to it; give a tab the time it would need to appear, then look.
  const page = await env.session.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/clippings.html`);
  await page.locator('main').waitFor({ timeout: 10_000 });
  assert.deepEqual(
    (await welcomePages(env.session, 2_000)).map((p) => p.url()),
    [],
    `open: ${env.session.context.pages().map((p) => p.url())}`,
  );
});
