import type { OwnUi } from '../closed-root';
// The browser-neutral layer the shared journeys (journeys.ts) are written against: one `Driver` per
// browser (chromium.ts on playwright-core, firefox.ts on puppeteer-core over WebDriver BiDi). Only
// trusted input (mouse, keys) and page-side evaluation; everything a journey checks is read the same
// way in both browsers.

/** What a closed shadow root shows: its first `div` (the hover card's frame), its text, the centres of
 *  its buttons by class (for a real click), and whether frame or host are hidden. */
export interface RootView {
  html: string;
  text: string;
  hidden: boolean;
  hostHidden: boolean;
  buttons: Record<string, { x: number; y: number }>;
}

export interface Tab {
  /** Evaluates `fn(arg)` in the page (its main world; in an extension page, with the extension API). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  mouseMove(x: number, y: number): Promise<void>;
  click(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  /** A finger's tap (touch pointer); only the Firefox driver has a touch screen. */
  tap?(x: number, y: number): Promise<void>;
  /** Puts the file at `path` into the `<input type=file>` matching `selector` (a user choosing it). */
  setFile(selector: string, path: string): Promise<void>;
  /** Our closed shadow root under the first `data-wenzhai-ui="<kind>"` host, through the browser's
   *  automation protocol (page scripts cannot reach it). */
  closedRoot(kind: OwnUi): Promise<RootView | null>;
  front(): Promise<void>;
  close(): Promise<void>;
  /** The child frame (any depth) whose URL contains `urlPart`, once there, as a tab: evaluation and
   *  closed roots in the frame's own document (one of another origin too), input on the whole tab.
   *  Only the Firefox driver has it (the Chromium tests reach frames through playwright-core). */
  frame?(urlPart: string): Promise<Tab>;
}

export interface Driver {
  readonly name: 'chromium' | 'firefox';
  /** The origin of the test server (tests/fixtures plus the journey's pages). */
  readonly origin: string;
  /** A web page in a new tab. */
  open(url: string): Promise<Tab>;
  /** One of the extension's pages (popup.html?tabId=…, clippings.html …) in a new tab. */
  openExtensionPage(path: string): Promise<Tab>;
  /** Evaluates `fn(arg)` in an extension page kept open for it (the extension API is there). */
  extension<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Restarts the extension's background: Chrome stops its service worker as when idle; Firefox's
   *  background page is persistent, so the add-on is reloaded (its content scripts are cut off then,
   *  and the user clicks the button again: `contentScriptsSurvive` false). */
  restartBackground(): Promise<{ contentScriptsSurvive: boolean }>;
  /** Closes the browser and starts it again on the same profile. */
  restartBrowser(): Promise<void>;
  close(): Promise<void>;
}

/** The extension API in an evaluated function: `browser` in Firefox, `chrome` in Chromium. */
export type ExtensionApi = typeof chrome;

/** Polls `check` every 50 ms until it returns a value other than null/false/undefined. */
export async function waitUntil<T>(
  check: () => Promise<T | null | false | undefined>,
  what: string,
  timeout = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== null && value !== false && value !== undefined) return value;
    } catch (error) {
      lastError = error; // a page mid-navigation; try again
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Reads a closed shadow root: run in the page on the root itself, by both drivers. A string, so the
 *  test runner's transform adds no helpers to it. */
export const READ_ROOT = `(root) => {
  const frame = root.querySelector('div');
  const buttons = {};
  for (const b of root.querySelectorAll('button')) {
    const r = b.getBoundingClientRect();
    for (const c of b.classList) buttons[c] = { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  }
  const text = [...root.childNodes].filter((n) => n.nodeName !== 'STYLE').map((n) => n.textContent).join(' ');
  return {
    html: frame ? frame.outerHTML : '',
    text,
    hidden: frame ? frame.hidden : true,
    hostHidden: root.host.hasAttribute('hidden'),
    buttons,
  };
}`;
