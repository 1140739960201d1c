// Article clippings are stored in the page's original script, with the script the user was reading
// (issue 15 §5); the clippings page opens them in that script.
import { describe, expect, it } from 'vitest';
import { clippingError } from '../../lib/clippings/backup';
import { openingScript } from '../../lib/clippings/display';
import { hasValidClippingExtras } from '../../lib/clippings/validate';
import { dispatch, envelope } from '../../lib/messages';
import { createContentController, shownScriptOf } from '../../lib/tab/controller';
import type { Article, ClippingInput } from '../../lib/types';

describe('openingScript', () => {
  it('opens in the script the user was reading, or the original when it is the same or unknown', () => {
    expect(openingScript({ script: 'zh-Hant', shownScript: 'zh-Hans' })).toBe('hans');
    expect(openingScript({ script: 'zh-Hans', shownScript: 'zh-Hant' })).toBe('hant');
    expect(openingScript({ script: 'zh-Hant', shownScript: 'zh-Hant' })).toBe('original');
    expect(openingScript({ script: 'zh-Hant', shownScript: null })).toBe('original');
    expect(openingScript({ script: 'zh-Hant' })).toBe('original');
  });
});

describe('shownScriptOf', () => {
  it('is the converted target’s script, else the page’s own', () => {
    expect(shownScriptOf('zh-Hant', null)).toBe('zh-Hant');
    expect(shownScriptOf('zh-Hant', 'cn')).toBe('zh-Hans');
    expect(shownScriptOf('zh-Hans', 'hk')).toBe('zh-Hant');
    expect(shownScriptOf('zh-Hans', 'tw')).toBe('zh-Hant');
  });
});

describe('validation of shownScript', () => {
  it('accepts a short string or null, and nothing else', () => {
    expect(hasValidClippingExtras({ shownScript: 'zh-Hans' })).toBe(true);
    expect(hasValidClippingExtras({ shownScript: null })).toBe(true);
    expect(hasValidClippingExtras({ shownScript: 3 })).toBe(false);
    expect(hasValidClippingExtras({ shownScript: 'x'.repeat(36) })).toBe(false);
  });

  it('in a backup record too', () => {
    const record = {
      id: 1,
      url: 'https://a.example/1',
      canonicalUrl: null,
      title: 't',
      site: null,
      byline: null,
      published: null,
      kind: 'article',
      text: '文',
      html: '',
      sentence: '',
      script: 'zh-Hant',
      note: '',
      tags: [],
      savedAt: 1,
      updatedAt: 1,
      anchor: null,
    };
    expect(clippingError(record)).toBeNull();
    expect(clippingError({ ...record, shownScript: 'zh-Hans' })).toBeNull();
    expect(clippingError({ ...record, shownScript: 7 })).toBe('shownScript');
  });
});

describe('saveArticle', () => {
  it('saves the original text with the script shown after conversion', async () => {
    document.body.innerHTML = '<p>經濟</p>';
    const saved: ClippingInput[] = [];
    const article = {
      isArticle: true,
      title: '標題',
      byline: null,
      published: null,
      site: null,
      lang: 'zh-Hant',
      paragraphs: ['經濟發展穩中向好，領導強調高質量發展。'],
      html: '<p>經濟發展穩中向好，領導強調高質量發展。</p>',
    } as unknown as Article;
    const controller = createContentController({
      document,
      url: () => 'https://news.example/a.html',
      detect: () => article,
      pageConverter: { convert: async () => 0, observe: () => undefined, restore: async () => undefined },
      loadEngine: async () => ({ createTextConverter: () => (s: string) => s }),
      langForTarget: () => 'zh-CN',
      save: async (input) => {
        saved.push(input);
        return { id: saved.length, updated: false };
      },
      setHover: () => undefined,
      hoverEnabled: () => false,
    });
    const run = (name: 'saveArticle' | 'convert' | 'restore', params: object) =>
      dispatch(controller.handlers, envelope('content', name, params as never), undefined);
    await run('saveArticle', {});
    await run('convert', { target: 'cn' });
    await run('saveArticle', {});
    expect(saved.map((s) => [s.script, s.shownScript, s.text])).toEqual([
      ['zh-Hant', 'zh-Hant', '經濟發展穩中向好，領導強調高質量發展。'],
      ['zh-Hant', 'zh-Hans', '經濟發展穩中向好，領導強調高質量發展。'],
    ]);
  });
});
