// The three catalogs carry the same keys and, per key, the same {placeholders}; t() answers in the
// language set, and subscribers hear each change once.
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  catalogOf,
  currentLocale,
  LOCALES,
  type Locale,
  type MessageKey,
  onLocaleChange,
  setLocale,
  t,
} from '../../lib/i18n';
import { nonEmpty } from './non-empty';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
const HAN = /\p{Script=Han}/u;

afterEach(() => setLocale('en'));

describe('catalogs', () => {
  const english = catalogOf('en');
  const keys = Object.keys(english).sort();

  test('English has a reasonable number of keys (the check below is not vacuous)', () => {
    expect(keys.length).toBeGreaterThan(100);
  });

  for (const locale of nonEmpty(LOCALES.filter((l) => l !== 'en'))) {
    test(`${locale} has exactly the English keys`, () => {
      expect(Object.keys(catalogOf(locale)).sort()).toEqual(keys);
    });

    test(`${locale} keeps every {placeholder} of each English string`, () => {
      const catalog = catalogOf(locale);
      const wrong = keys.filter(
        (key) =>
          placeholders(catalog[key as MessageKey]).join() !== placeholders(english[key as MessageKey]).join(),
      );
      expect(wrong).toEqual([]);
    });

    test(`${locale} strings are non-empty and translated`, () => {
      const catalog = catalogOf(locale);
      expect(keys.filter((key) => catalog[key as MessageKey].trim() === '')).toEqual([]);
      // Nearly every string has Chinese in it; the few that do not are format names (CSV, Markdown).
      const untranslated = keys.filter((key) => !HAN.test(catalog[key as MessageKey]));
      expect(untranslated.length).toBeLessThan(keys.length / 20);
    });
  }

  test('Simplified and Traditional are different catalogs, written in their own script', () => {
    const hans = catalogOf('zh-Hans');
    const hant = catalogOf('zh-Hant');
    expect(hans.saveArticle).not.toBe(hant.saveArticle);
    expect(hans.clippingsTitle).toBe('剪报');
    expect(hant.clippingsTitle).toBe('剪報');
    // Characters that only one script uses must not leak into the other.
    const allHans = Object.values(hans).join('');
    const allHant = Object.values(hant).join('');
    for (const ch of ['報', '設', '錯', '開', '選', '簡'])
      expect(allHans.replace('領導', '')).not.toContain(ch);
    for (const ch of ['报', '设', '错', '开', '选', '简']) expect(allHant).not.toContain(ch);
  });
});

describe('t', () => {
  test('fills placeholders in the current language', () => {
    expect(t('resultCount', { n: 3 })).toBe('3 clippings');
    setLocale('zh-Hans');
    expect(t('resultCount', { n: 3 })).toBe('3 条剪报');
    setLocale('zh-Hant');
    expect(t('resultCount', { n: 3 })).toBe('3 則剪報');
    expect(t('importDone', { added: 1, updated: 2, unchanged: 3 })).toBe(
      '已匯入：新增 1 則，更新 2 則，3 則已存在。',
    );
  });

  test('a placeholder with no value stays visible rather than vanishing', () => {
    expect(t('error')).toBe('Something went wrong: {message}');
  });
});

describe('locale changes', () => {
  test('subscribers hear each change once, and not after unsubscribing', () => {
    const heard: Locale[] = [];
    const stop = onLocaleChange((l) => heard.push(l));
    setLocale('zh-Hant');
    setLocale('zh-Hant'); // no change, no call
    setLocale('zh-Hans');
    stop();
    setLocale('en');
    expect(heard).toEqual(['zh-Hant', 'zh-Hans']);
    expect(currentLocale()).toBe('en');
  });

  test('a throwing subscriber does not stop the others', () => {
    const other = vi.fn();
    const stopBad = onLocaleChange(() => {
      throw new Error('broken');
    });
    const stop = onLocaleChange(other);
    setLocale('zh-Hans');
    expect(other).toHaveBeenCalledWith('zh-Hans');
    stopBad();
    stop();
  });

  test('an unknown locale is refused', () => {
    setLocale('fr' as Locale);
    expect(currentLocale()).toBe('en');
  });
});
