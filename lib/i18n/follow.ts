// Following the UI-language setting, for any context: read it, resolve 'auto' against the browser's
// language, load the catalog if this context does not ship it, and follow later changes. Imports no
// catalog but English (through index.ts), so the content script can use it (lib/tab/locale.ts).
import { browser } from 'wxt/browser';
import { uiLanguage } from '../settings';
import {
  type Catalog,
  currentLocale,
  hasCatalog,
  type Locale,
  provideCatalog,
  resolveLocale,
  setLocale,
} from './index';

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

/** Where a language's catalog comes from when it is not built in (the content script asks the
 *  background); undefined → English stays. */
export type CatalogSource = (locale: Locale) => Promise<Catalog | undefined>;

async function start(load: CatalogSource): Promise<Locale> {
  const apply = async (setting: unknown): Promise<void> => {
    const locale = resolveLocale(setting, browserLanguage());
    if (!hasCatalog(locale)) {
      const catalog = await load(locale).catch(() => undefined);
      if (catalog) provideCatalog(locale, catalog);
    }
    setLocale(locale);
  };
  try {
    // Watch first, so a change made while the first read is in flight is not missed.
    uiLanguage.watch((value) => void apply(value));
  } catch {
    // storage unavailable: the browser's language stays
  }
  await apply(await uiLanguage.getValue().catch(() => 'auto'));
  return currentLocale();
}

/** initLocale for a context that ships only English (the content script): other catalogs come from
 *  `load` when the setting asks for them. */
export function initLocaleFrom(load: CatalogSource): Promise<Locale> {
  started ??= start(load);
  return started;
}
