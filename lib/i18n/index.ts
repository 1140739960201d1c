// User-facing strings: t() looks a key up in the current language's catalog. The catalogs live beside
// this file — en.ts (the source: add new keys there), zh-hans.ts (简体中文), zh-hant.ts (繁體中文).
// t() stays synchronous for every caller: the current language is held here, set by initLocale()
// (lib/i18n/init.ts) when a page or script starts and again whenever the user changes the setting.
// This file imports no browser API, so the CLI and unit tests use it as is (English until told).
import { en, type MessageKey } from './en';
import type { Locale } from './resolve';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export type { Locale, UiLanguage } from './resolve';
export { isUiLanguage, LANGUAGE_NAMES, LOCALES, localeOfTag, resolveLocale, UI_LANGUAGES } from './resolve';
export type { MessageKey };

const catalogs: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = {
  en,
  'zh-Hans': zhHans,
  'zh-Hant': zhHant,
};

let current: Locale = 'en';
const listeners = new Set<(locale: Locale) => void>();

/** The string for `key` with `{name}` placeholders filled in, in the current UI language. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = catalogs[current][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** The language t() answers in now. */
export function currentLocale(): Locale {
  return current;
}

/** Switches the language and tells every subscriber (open pages re-render, menus are renamed). */
export function setLocale(locale: Locale): void {
  if (!(locale in catalogs) || locale === current) return;
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
export function catalogOf(locale: Locale): Readonly<Record<MessageKey, string>> {
  return catalogs[locale];
}
