// Which language the UI shows: the stored setting, or the browser's UI language for 'auto'; and the
// init that reads the setting and follows changes while a page is open.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { localeOfTag, resolveLocale } from '../../lib/i18n/resolve';

describe('localeOfTag', () => {
  test.each([
    ['zh-CN', 'zh-Hans'],
    ['zh-SG', 'zh-Hans'],
    ['zh_CN', 'zh-Hans'],
    ['zh-Hans', 'zh-Hans'],
    ['zh-Hans-HK', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'],
    ['zh-HK', 'zh-Hant'],
    ['zh-MO', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-Hant-CN', 'zh-Hant'],
    ['ZH-tw', 'zh-Hant'],
    ['zh', 'zh-Hans'],
    ['zh-MY', 'zh-Hans'],
    ['en-US', 'en'],
    ['en', 'en'],
    ['fr-FR', 'en'],
    ['ja', 'en'],
    ['', 'en'],
    [undefined, 'en'],
  ] as const)('%s → %s', (tag, expected) => {
    expect(localeOfTag(tag)).toBe(expected);
  });
});

describe('resolveLocale', () => {
  test('an explicit choice wins over the browser', () => {
    expect(resolveLocale('en', 'zh-TW')).toBe('en');
    expect(resolveLocale('zh-Hans', 'en-US')).toBe('zh-Hans');
    expect(resolveLocale('zh-Hant', 'zh-CN')).toBe('zh-Hant');
  });

  test("'auto' and anything not understood follow the browser", () => {
    expect(resolveLocale('auto', 'zh-HK')).toBe('zh-Hant');
    expect(resolveLocale('auto', 'de')).toBe('en');
    expect(resolveLocale('klingon', 'zh-CN')).toBe('zh-Hans');
    expect(resolveLocale(undefined, 'zh-TW')).toBe('zh-Hant');
    expect(resolveLocale(null, null)).toBe('en');
  });
});

describe('initLocale', () => {
  // Each test gets the modules fresh: the current language is module state.
  beforeEach(() => vi.resetModules());
  afterEach(() => vi.restoreAllMocks());

  const load = async () => {
    const settings = await import('../../lib/settings');
    const i18n = await import('../../lib/i18n');
    const init = await import('../../lib/i18n/init');
    return { ...settings, ...i18n, ...init };
  };

  test("'auto' (the default) follows the browser's language", async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('zh-TW');
    const { initLocale, t, uiLanguage } = await load();
    expect(await uiLanguage.getValue()).toBe('auto');
    expect(await initLocale()).toBe('zh-Hant');
    expect(t('saveArticle')).toBe('儲存文章');
  });

  test('the stored choice applies, and a later change reaches t() and subscribers', async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
    const { initLocale, t, uiLanguage, onLocaleChange, currentLocale } = await load();
    await uiLanguage.setValue('zh-Hans');
    expect(await initLocale()).toBe('zh-Hans');
    expect(t('saveArticle')).toBe('保存文章');

    const heard = new Promise<string>((resolve) => onLocaleChange(resolve));
    await uiLanguage.setValue('zh-Hant');
    expect(await heard).toBe('zh-Hant');
    expect(t('saveArticle')).toBe('儲存文章');

    await uiLanguage.setValue('auto');
    await vi.waitFor(() => expect(currentLocale()).toBe('en'));
    expect(t('saveArticle')).toBe('Save article');
  });

  test("keeps the page's <html lang> in step when given its document", async () => {
    vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-GB');
    const { initLocale, uiLanguage } = await load();
    const doc = document.implementation.createHTMLDocument('options');
    await initLocale({ document: doc });
    expect(doc.documentElement.lang).toBe('en');
    await uiLanguage.setValue('zh-Hant');
    await vi.waitFor(() => expect(doc.documentElement.lang).toBe('zh-Hant'));
  });

  test('calling it twice reads and watches once', async () => {
    const { initLocale, uiLanguage } = await load();
    const watch = vi.spyOn(uiLanguage, 'watch');
    await Promise.all([initLocale(), initLocale()]);
    expect(watch).toHaveBeenCalledTimes(1);
  });
});
