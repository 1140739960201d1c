// Which catalog to show: the user's choice, or ('auto') the browser's UI language. Pure, so it is
// tested without a browser.

/** The UI languages Wenzhai ships: English, 简体中文, 繁體中文. */
export type Locale = 'en' | 'zh-Hans' | 'zh-Hant';
/** The stored setting: a language, or 'auto' to follow the browser. */
export type UiLanguage = 'auto' | Locale;

export const LOCALES: readonly Locale[] = ['en', 'zh-Hans', 'zh-Hant'];
export const UI_LANGUAGES: readonly UiLanguage[] = ['auto', ...LOCALES];

/** Each language named in itself: the selector shows these whatever the UI language is, so a reader
 *  who landed in the wrong one still finds theirs. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  en: 'English',
  'zh-Hans': '简体中文',
  'zh-Hant': '繁體中文',
};

export function isUiLanguage(value: unknown): value is UiLanguage {
  return typeof value === 'string' && (UI_LANGUAGES as readonly string[]).includes(value);
}

const TRADITIONAL_REGIONS = new Set(['tw', 'hk', 'mo']);

/** The catalog for a BCP 47 language tag (`zh-TW`, `zh_CN`, `zh-Hant-HK`, `en-US`): the script subtag
 *  decides when present, else the region (Taiwan, Hong Kong, Macau read Traditional), else Chinese
 *  means Simplified; anything else is English. */
export function localeOfTag(tag: string | null | undefined): Locale {
  const parts = (tag ?? '').trim().toLowerCase().replace(/_/g, '-').split('-');
  if (parts[0] !== 'zh') return 'en';
  if (parts.includes('hant')) return 'zh-Hant';
  if (parts.includes('hans')) return 'zh-Hans';
  return parts.some((p) => TRADITIONAL_REGIONS.has(p)) ? 'zh-Hant' : 'zh-Hans';
}

/** The language to show for the stored `setting` (anything not understood counts as 'auto'). */
export function resolveLocale(setting: unknown, browserLanguage: string | null | undefined): Locale {
  if (isUiLanguage(setting) && setting !== 'auto') return setting;
  return localeOfTag(browserLanguage);
}
