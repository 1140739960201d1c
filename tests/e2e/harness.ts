// End-to-end harness: the built extension in Debian's Chromium, driven by playwright-core, with test
// pages served from 127.0.0.1 by the test itself.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { serveStatic } from '../../scripts/static-server';
import { cardFrame, inClosedRoot } from './closed-root';

/** Re-exported for the tests that find our hosts by hand (hover-hostile). */
export { isOwnHost } from './closed-root';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'tests/e2e/screenshots');
const BUILD = join(ROOT, process.env.WENZHAI_OUT ?? '.output', 'chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A copy of the built extension for the test profile. A headless browser cannot click the toolbar
 *  button, which is what grants `activeTab`; the copy is granted the test server's origin instead so the
 *  very same code path (popup → background `activateTab` → scripting.executeScript) can run. Nothing
 *  else in the build changes. */
function extensionCopy(): string {
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  const dir = mkdtempSync(join(tmpdir(), 'wenzhai-ext-'));
  cpSync(BUILD, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

export interface Session {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
  extension: string;
  close(): Promise<void>;
}

/** `lang`: the browser's UI language (default en-US), for tests of what follows it (issue 7). On Linux
 *  Chromium takes it from the LANGUAGE variable (needs Debian's chromium-l10n), --lang elsewhere. */
export async function launch(
  options: { profile?: string; extension?: string; lang?: string } = {},
): Promise<Session> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'wenzhai-profile-'));
  const extension = options.extension ?? extensionCopy();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang.replace('-', '_') } } : {}),
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${options.lang ?? 'en-US'}`,
    ],
    viewport: { width: 1200, height: 900 },
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    worker,
    extensionId,
    profile,
    extension,
    close: () => context.close(),
  };
}

export function cleanup(session: Session): void {
  rmSync(session.profile, { recursive: true, force: true });
  rmSync(session.extension, { recursive: true, force: true });
}

/** Serves tests/fixtures (and extra in-memory pages) on 127.0.0.1. */
export function serveFixtures(
  pages: Record<string, string> = {},
): Promise<{ origin: string; server: Server }> {
  return serveStatic(join(ROOT, 'tests/fixtures'), { pages });
}

/** The id of the tab showing `url`, asked of the extension itself. */
export async function tabIdOf(session: Session, url: string): Promise<number> {
  return session.worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (!tab?.id) throw new Error(`no tab for ${target}`);
    return tab.id;
  }, url);
}

/** Opens the toolbar popup as a page bound to `page`'s tab: the same code the toolbar click runs. */
export async function openPopupFor(session: Session, page: Page): Promise<Page> {
  const tabId = await tabIdOf(session, page.url());
  const popup = await session.context.newPage();
  await popup.setViewportSize({ width: 380, height: 520 });
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** The HTML inside our closed shadow root, read through the DevTools protocol (page scripts cannot). */
export async function hoverCardHtml(page: Page): Promise<{ html: string; hidden: boolean } | null> {
  return inClosedRoot(page, 'hover', async (cdp, shadow) => {
    const frame = cardFrame(shadow);
    if (!frame) return null;
    const { outerHTML } = (await cdp.send('DOM.getOuterHTML', { nodeId: frame.nodeId })) as {
      outerHTML: string;
    };
    return { html: outerHTML, hidden: (frame.attributes ?? []).includes('hidden') };
  });
}

/** Waits (up to 10 s) for the hover card on `page` to be shown with HTML that satisfies `predicate`. */
export async function waitForCard(
  page: Page,
  predicate: (html: string) => boolean,
  what: string,
): Promise<string> {
  const deadline = Date.now() + 10_000;
  let last = '';
  while (Date.now() < deadline) {
    const card = await hoverCardHtml(page);
    if (card && !card.hidden && predicate(card.html)) return card.html;
    last = card?.html ?? '(no card)';
    await page.waitForTimeout(50);
  }
  throw new Error(`hover card never showed ${what}; last: ${last.slice(0, 400)}`);
}

/** Centre of the first occurrence of `text` in the page's text, for moving the mouse onto it. */
export async function pointOfText(
  page: Page,
  text: string,
  offsetInText = 0,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([needle, offset]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at + offset);
        range.setEnd(node, at + offset + 1);
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
      throw new Error(`text not found: ${needle}`);
    },
    [text, offsetInText] as const,
  );
}

/** The reader, opened as a user does: the popup on `page` (a fixture article), then "Read with pinyin".
 *  The popup is closed; `page` stays open (the reader asks its tab for the article). */
export async function openReaderFrom(session: Session, page: Page): Promise<Page> {
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('article-title').waitFor({ timeout: 15_000 });
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') });
  await popup.getByTestId('read').click();
  const reader = await opened;
  await popup.close();
  return reader;
}
