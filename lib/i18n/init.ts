// Wiring of the UI language for extension pages and scripts: read the setting, resolve 'auto' against
// the browser's UI language, and follow the setting while the page is open. Kept apart from index.ts so
// t() itself needs no browser API.
import { browser } from 'wxt/browser';
import { uiLanguage } from '../settings';
import { currentLocale, type Locale, onLocaleChange, resolveLocale, setLocale } from './index';

/** The browser's UI language (`browser.i18n`, else `navigator.language`). */
export function browserLanguage(): string {
  try {
    const ui = browser.i18n?.getUILanguage?.();
    if (ui) return ui;
  } catch {
    // not available in this context (unit tests): navigator answers
  }
  return globalThis.navigator?.language ?? 'en';
}

let started: Promise<Locale> | undefined;

async function start(): Promise<Locale> {
  const apply = (setting: unknown): void => setLocale(resolveLocale(setting, browserLanguage()));
  try {
    // Watch first, so a change made while the first read is in flight is not missed.
    uiLanguage.watch((value) => apply(value));
  } catch {
    // storage unavailable: the browser's language stays
  }
  apply(await uiLanguage.getValue().catch(() => 'auto'));
  return currentLocale();
}

/** Sets the UI language from the stored setting and follows later changes (subscribers of
 *  onLocaleChange hear about them). Call at the start of every page and script, and await it before
 *  the first render where that is cheap; calling it again is harmless. `document`: keep that page's
 *  `<html lang>` in step (extension pages only, never a web page's document). */
export async function initLocale(options: { document?: Document } = {}): Promise<Locale> {
  started ??= start();
  const doc = options.document;
  if (doc) {
    onLocaleChange((locale) => {
      doc.documentElement.lang = locale;
    });
  }
  const locale = await started;
  if (doc) doc.documentElement.lang = currentLocale();
  return locale;
}
