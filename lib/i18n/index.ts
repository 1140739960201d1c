// User-facing strings: t() looks a key up in the current language's catalog. The catalogs live beside
// this file — en.ts (the source: add new keys there), zh-hans.ts (简体中文), zh-hant.ts (繁體中文).
// No catalog is built in here: they are handed in with provideCatalog — all at once by extension pages,
// the background, the CLI and unit tests (all-catalogs.ts; init.ts does it), and only the active one
// by the content script, which asks the background for it (lib/tab/locale.ts): ~60 KB less to inject.
// Until a catalog is there, t() answers the key itself (never seen in practice: the card and toasts
// appear after a round trip to the background, which the catalog's answer precedes).
// t() stays synchronous for every caller: the current language is held here, set by initLocale()
// (lib/i18n/init.ts) when a page or script starts and again whenever the user changes the setting.
// This file imports no browser API, so the CLI and unit tests use it as is (English until told).
import type { MessageKey } from './en';
import type { Locale } from './resolve';

export type { Locale, UiLanguage } from './resolve';
export { isUiLanguage, LANGUAGE_NAMES, LOCALES, localeOfTag, resolveLocale, UI_LANGUAGES } from './resolve';
export type { MessageKey };

/** One language's strings, by key. */
export type Catalog = Readonly<Record<MessageKey, string>>;

const catalogs = new Map<Locale, Catalog>();

let current: Locale = 'en';
const listeners = new Set<(locale: Locale) => void>();

/** The string for `key` with `{name}` placeholders filled in, in the current UI language. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = catalogs.get(current)?.[key] ?? catalogs.get('en')?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The language t() answers in now. */
export function currentLocale(): Locale {
  return current;
}

/** Switches the language and tells every subscriber (open pages re-render, menus are renamed). */
export function setLocale(locale: Locale): void {
  if (!catalogs.has(locale) || locale === current) return;
  current = locale;
  for (const listener of [...listeners]) {
    try {
      listener(locale);
    } catch {
      // one broken subscriber must not keep the others in the old language
    }
  }
}

/** Calls `listener` after each language change; returns the unsubscribe function. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The catalog of one language, for tests and for checking translations. */
export function catalogOf(locale: Locale): Catalog {
  const catalog = catalogs.get(locale);
  if (!catalog) throw new Error(`catalog ${locale} not provided (lib/i18n/all-catalogs.ts)`);
  return catalog;
}

/** Makes a language available to setLocale (and English the fallback for missing keys). */
export function provideCatalog(locale: Locale, catalog: Catalog): void {
  catalogs.set(locale, catalog);
}

/** Whether setLocale can switch to `locale` now. */
export function hasCatalog(locale: Locale): boolean {
  return catalogs.has(locale);
}
