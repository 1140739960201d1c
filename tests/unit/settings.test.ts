// Settings are typed storage items with a fallback and a version; values a hand (or an older build)
// may have left in storage are made safe before use.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  cleanArtifacts,
  HOVER_FONT_MAX,
  HOVER_FONT_MIN,
  hoverByDefault,
  hoverDelay,
  hoverFontSize,
  hoverModifier,
  normalizeFontSize,
  readingStyle,
  toneColours,
  traditionalTarget,
  underlineGlossary,
} from '../../lib/settings';

describe('settings items', () => {
  it('answer their fallback while nothing is stored', async () => {
    expect(await hoverByDefault.getValue()).toBe(true);
    expect(await traditionalTarget.getValue()).toBe('tw');
    expect(await cleanArtifacts.getValue()).toBe(true);
    expect(await underlineGlossary.getValue()).toBe(false);
    expect(await hoverDelay.getValue()).toBe(0);
    expect(await hoverModifier.getValue()).toBe('none');
    expect(await readingStyle.getValue()).toBe('pinyin');
    expect(await toneColours.getValue()).toBe(false);
    expect(await hoverFontSize.getValue()).toBe(14);
  });

  it('store plain values under their own keys (what the content script watches)', async () => {
    await hoverFontSize.setValue(20);
    await readingStyle.setValue('zhuyin');
    expect(await fakeBrowser.storage.local.get(['hoverFontSize', 'readingStyle'])).toEqual({
      hoverFontSize: 20,
      readingStyle: 'zhuyin',
    });
  });

  it('tell watchers about a change made elsewhere (another page, another tab)', async () => {
    const seen: number[] = [];
    const stop = hoverFontSize.watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ hoverFontSize: 18 });
    stop();
    await fakeBrowser.storage.local.set({ hoverFontSize: 22 });
    expect(seen).toEqual([18]);
  });
});

describe('normalizeFontSize', () => {
  it('keeps sizes in range, rounds, clamps, and falls back on garbage', () => {
    expect(normalizeFontSize(16)).toBe(16);
    expect(normalizeFontSize(16.6)).toBe(17);
    expect(normalizeFontSize(2)).toBe(HOVER_FONT_MIN);
    expect(normalizeFontSize(400)).toBe(HOVER_FONT_MAX);
    expect(normalizeFontSize('20')).toBe(14);
    expect(normalizeFontSize(Number.NaN)).toBe(14);
    expect(normalizeFontSize(null)).toBe(14);
  });
});
