import { describe, expect, it } from 'vitest';
import { detectScript } from '../../lib/convert/script';
import { SIMPLIFIED_ONLY, TRADITIONAL_ONLY } from '../../lib/convert/script-chars';
import {
  convertText,
  createTextConverter,
  detectSource,
  langForTarget,
  sourceFromTag,
} from '../../lib/convert/text/text';

describe('detectScript', () => {
  it('tells Simplified from Traditional news text', () => {
    const hans = detectScript('国务院总理在会议上说，这个问题要认真对待。');
    expect(hans.script).toBe('zh-Hans');
    expect(hans.simplified).toBeGreaterThan(3);
    expect(hans.traditional).toBe(0);
    const hant = detectScript('國務院總理在會議上說，這個問題要認真對待。');
    expect(hant.script).toBe('zh-Hant');
    expect(hant.traditional).toBeGreaterThan(3);
    expect(hant.simplified).toBe(0);
  });

  it('does not count characters both scripts use', () => {
    // 台, 后, 干, 著, 里 are everyday Traditional characters too.
    const r = detectScript('台后干著里');
    expect(r.simplified).toBe(0);
    expect(r.traditional).toBe(0);
    expect(r.han).toBe(5);
  });

  it('calls mostly-Latin text other', () => {
    expect(detectScript('An English article that mentions 北京 once.').script).toBe('other');
    expect(detectScript('').script).toBe('other');
  });

  it('honours the limit', () => {
    const r = detectScript(`${'a'.repeat(100)}這個`, 100);
    expect(r.han).toBe(0);
  });

  it('ships compact, disjoint character tables', () => {
    const hans = new Set(SIMPLIFIED_ONLY);
    const overlap = [...TRADITIONAL_ONLY].filter((c) => hans.has(c));
    expect(overlap).toEqual([]);
    expect(hans.size).toBeGreaterThan(1000);
    expect(new TextEncoder().encode(SIMPLIFIED_ONLY + TRADITIONAL_ONLY).length).toBeLessThan(20_000);
  });
});

describe('convertText', () => {
  it('converts Simplified to every Traditional target', () => {
    expect(convertText('头发', { from: 'cn', to: 't' })).toBe('頭髮');
    expect(convertText('头发', { from: 'cn', to: 'tw' })).toBe('頭髮');
    expect(convertText('头发', { from: 'cn', to: 'hk' })).toBe('頭髮');
    expect(convertText('软件', { from: 'cn', to: 'twp' })).toBe('軟體');
    expect(convertText('软件', { from: 'cn', to: 'tw' })).toBe('軟件');
    expect(convertText('鼠标', { from: 'cn', to: 'twp' })).toBe('滑鼠');
    expect(convertText('为赋新词强说愁', { from: 'cn', to: 'hk' })).toBe('為賦新詞強説愁');
    expect(convertText('为赋新词强说愁', { from: 'cn', to: 't' })).toBe('爲賦新詞強說愁');
  });

  it('converts Traditional variants to Simplified', () => {
    expect(convertText('發展', { from: 'tw', to: 'cn' })).toBe('发展');
    expect(convertText('發展', { from: 't', to: 'cn' })).toBe('发展');
    expect(convertText('頭髮', { from: 'hk', to: 'cn' })).toBe('头发');
  });

  it('converts between Traditional variants via OpenCC Traditional', () => {
    expect(convertText('為賦新詞強説愁', { from: 'hk', to: 't' })).toBe('爲賦新詞強說愁');
    expect(convertText('軟件', { from: 't', to: 'twp' })).toBe('軟體');
    expect(convertText('爲', { from: 't', to: 'tw' })).toBe('為');
  });

  it('leaves same-variant pairs alone', () => {
    expect(convertText('著名的头发', { from: 'cn', to: 'cn' })).toBe('著名的头发');
    expect(convertText('頭髮', { from: 'tw', to: 'tw' })).toBe('頭髮');
  });

  it('detects the source with auto', () => {
    expect(convertText('發展軟件', { from: 'auto', to: 'cn' })).toBe('发展软件');
    expect(convertText('发展软件', { from: 'auto', to: 'cn' })).toBe('发展软件');
    expect(convertText('发展软件', { from: 'auto', to: 'twp' })).toBe('發展軟體');
    expect(convertText('發展軟件', { from: 'auto', to: 't' })).toBe('發展軟件');
  });

  it('uses a script hint for auto instead of per-call detection', () => {
    // 台 alone carries no script evidence; the hint says the page is Traditional.
    const toCn = createTextConverter('auto', 'cn', 'zh-Hant');
    expect(toCn('臺')).toBe('台');
    // Issue 14: on a Simplified page a Traditional character is still converted (mixed text).
    expect(createTextConverter('auto', 'cn', 'zh-Hans')('臺')).toBe('台');
  });

  it('caches converters per pair', () => {
    expect(createTextConverter('cn', 'tw')).toBe(createTextConverter('cn', 'tw'));
  });
});

describe('tags', () => {
  it('maps page tags to sources', () => {
    expect(sourceFromTag('zh-TW')).toBe('tw');
    expect(sourceFromTag('zh-Hant-HK')).toBe('hk');
    expect(sourceFromTag('zh-Hant')).toBe('t');
    expect(sourceFromTag('zh-CN')).toBe('cn');
    expect(sourceFromTag('zh-Hans')).toBe('cn');
    expect(sourceFromTag('zh')).toBeUndefined();
    expect(sourceFromTag('en')).toBeUndefined();
    expect(sourceFromTag('other')).toBeUndefined();
  });

  it('detects a source from text', () => {
    expect(detectSource('這個')).toBe('t');
    expect(detectSource('这个')).toBe('cn');
  });

  it('gives the lang of each target', () => {
    expect(langForTarget('cn')).toBe('zh-Hans');
    expect(langForTarget('t')).toBe('zh-Hant');
    expect(langForTarget('tw')).toBe('zh-TW');
    expect(langForTarget('twp')).toBe('zh-TW');
    expect(langForTarget('hk')).toBe('zh-HK');
  });
});
