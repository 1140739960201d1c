// The journeys' driver for Firefox: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core
// (nothing downloaded). The test copy of the build is installed in the profile itself (an extension
// proxy file pointing at the unpacked copy, with signatures not required: ESR honours that), so it is
// a normal install that stays across restarts of the same profile, as a user's would; its moz-extension
// UUID is fixed by a pref. BiDi will not navigate a tab to a moz-extension: URL, so the copy lists its
// pages as web-accessible and a served page opens them with window.open.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type Page } from 'puppeteer-core';
import { ROOT, serveFixtures } from '../harness';
import { type Driver, READ_ROOT, type RootView, type Tab, waitUntil } from './driver';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const BUILD = join(ROOT, process.env.WENZHAI_OUT ?? '.output', 'firefox-mv2');
export const GECKO_ID = 'wenzhai@example.org';
const UUID = '5e0c3a1d-9f3b-4c8e-8d21-7a6b4f2e1c90';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;
const PAGES = [
  'popup.html',
  'options.html',
  'clippings.html',
  'welcome.html',
  'vocabulary.html',
  'review.html',
  'reader.html',
];

/** A copy of the Firefox build for the test profile: granted the test server's origin in place of the
 *  toolbar click (as the Chromium harness does), and its pages web-accessible so a served page can
 *  open them. Nothing else changes. */
export function firefoxExtensionCopy(): string {
  if (!existsSync(join(BUILD, 'manifest.json')))
    throw new Error('Build the Firefox extension first: npm run build:firefox');
  const dir = mkdtempSync(join(tmpdir(), 'wenzhai-ff-ext-'));
  cpSync(BUILD, dir, { recursive: true });
  const path = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as {
    permissions: string[];
    web_accessible_resources?: string[];
  };
  manifest.permissions.push('http://127.0.0.1/*');
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), ...PAGES];
  writeFileSync(path, JSON.stringify(manifest));
  return dir;
}

/** Starts firefox-esr headless on `profile` with the add-on at `extension` installed in it. */
export async function launchFirefox(profile: string, extension: string): Promise<Browser> {
  mkdirSync(join(profile, 'downloads'), { recursive: true });
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  writeFileSync(join(profile, 'extensions', GECKO_ID), extension);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true, // Firefox's -headless
    userDataDir: profile,
    defaultViewport: { width: 1200, height: 900 },
    extraPrefsFirefox: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'dom.disable_open_during_load': false, // the opener page's window.open
      'intl.locale.requested': 'en-US',
      // Optional permissions (the per-site rule's one origin) are granted without the doorhanger a
      // headless browser cannot show; as a user pressing Allow. A request outside a click still fails.
      'extensions.webextOptionalPermissionPrompts': false,
      // Downloads (the review page's exports) into the profile, never the home folder.
      'browser.download.folderList': 2,
      'browser.download.dir': join(profile, 'downloads'),
    },
  });
}

type BidiSend = { send(method: string, params: object): Promise<{ result: unknown }> };

/** A tab of the driver: `page`, or with `frame`, that child frame of it (input still on the page). */
function tabOf(browser: Browser, page: Page, frame?: Frame): Tab {
  const target = frame ?? page.mainFrame();
  return {
    evaluate: (fn, arg) => target.evaluate(fn as never, arg as never),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key as never),
    tap: (x, y) => page.touchscreen.tap(x, y),
    async setFile(selector, path) {
      const input = (await page.waitForSelector(selector)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    },
    async closedRoot(kind) {
      // BiDi serialises a closed shadow root when asked (includeShadowTree: 'all'); its shared id then
      // reaches it as an argument. Page scripts have no such way in.
      const connection = (browser as unknown as { connection: BidiSend }).connection;
      const context = (target as unknown as { _id: string })._id;
      const found = (await connection.send('script.callFunction', {
        // The last one: a content script cut off by an add-on reload leaves its host behind.
        functionDeclaration: `() => [...document.querySelectorAll('[data-wenzhai-ui=${JSON.stringify(kind)}]')].at(-1) ?? null`,
        target: { context },
        awaitPromise: false,
        serializationOptions: { includeShadowTree: 'all', maxDomDepth: 0 },
      })) as { result: { result: { value?: { shadowRoot?: { sharedId: string } } } } };
      const shadow = found.result.result.value?.shadowRoot;
      if (!shadow) return null;
      const read = (await connection.send('script.callFunction', {
        functionDeclaration: READ_ROOT,
        target: { context },
        arguments: [{ sharedId: shadow.sharedId }],
        awaitPromise: false,
        serializationOptions: { maxObjectDepth: 3 },
      })) as { result: { result: BidiValue } };
      return fromBidi(read.result.result) as RootView;
    },
    front: () => page.bringToFront(),
    close: () => page.close(),
    async frame(urlPart) {
      const child = await waitUntil(
        async () => page.frames().find((f) => f !== page.mainFrame() && f.url().includes(urlPart)),
        `a frame at ${urlPart}`,
      );
      return tabOf(browser, page, child);
    },
  };
}

type BidiValue = { type: string; value?: unknown };
/** A BiDi remote value (objects as [key, value] pairs) as plain data. */
function fromBidi(v: BidiValue): unknown {
  if (v.type === 'object')
    return Object.fromEntries(
      (v.value as [string, BidiValue][]).map(([k, inner]) => [k, fromBidi(inner)] as const),
    );
  if (v.type === 'array') return (v.value as BidiValue[]).map(fromBidi);
  if (v.type === 'null' || v.type === 'undefined') return null;
  return v.value;
}

export async function firefoxDriver(pages: Record<string, string>): Promise<Driver> {
  const { origin, server } = await serveFixtures({ ...pages, '/opener.html': '<!doctype html><p>opener' });
  const profile = mkdtempSync(join(tmpdir(), 'wenzhai-ff-profile-'));
  const extension = firefoxExtensionCopy();
  let browser = await launchFirefox(profile, extension);
  let opener: Page | undefined;
  let extensionPage: Page | undefined;

  const openExtensionPage = async (path: string): Promise<Page> => {
    if (!opener || opener.isClosed()) {
      opener = await browser.newPage();
      await opener.goto(`${origin}/opener.html`);
    }
    const before = new Set(await browser.pages());
    const url = `${EXTENSION_ORIGIN}/${path}`;
    // Until the add-on has started, its pages do not load (the window stays about:blank).
    const page = await waitUntil(async () => {
      await opener!.evaluate((u) => void window.open(u), url);
      const fresh = await waitUntil(async () => (await browser.pages()).find((p) => !before.has(p)), 'a tab');
      before.add(fresh);
      const loaded = await fresh
        .waitForFunction(() => location.protocol === 'moz-extension:' && document.readyState === 'complete', {
          timeout: 3000,
        })
        .then(() => true)
        .catch(() => false);
      if (loaded) return fresh;
      await fresh.close();
      return null;
    }, `${path} to open`);
    return page;
  };

  return {
    name: 'firefox',
    origin,
    async open(target) {
      const page = await browser.newPage();
      await page.goto(target);
      return tabOf(browser, page);
    },
    openExtensionPage: async (path) => tabOf(browser, await openExtensionPage(path)),
    async extension(fn, arg) {
      if (!extensionPage || extensionPage.isClosed()) extensionPage = await openExtensionPage('options.html');
      return extensionPage.evaluate(fn as never, arg as never);
    },
    async restartBackground() {
      // The background page is persistent: only reloading the add-on restarts it (as an update does).
      const page = extensionPage ?? (await openExtensionPage('options.html'));
      extensionPage = undefined;
      await page
        .evaluate(() => {
          const api = (globalThis as unknown as { browser: typeof chrome }).browser;
          setTimeout(() => api.runtime.reload(), 10);
        })
        .catch(() => undefined);
      await waitUntil(
        async () => page.isClosed() || (await page.evaluate(() => false).catch(() => true)),
        'reload',
      );
      return { contentScriptsSurvive: false };
    },
    async restartBrowser() {
      await browser.close();
      browser = await launchFirefox(profile, extension);
      opener = undefined;
      extensionPage = undefined;
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      rmSync(extension, { recursive: true, force: true });
      server.close();
    },
  };
}
