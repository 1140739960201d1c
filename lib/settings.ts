// Settings as typed storage items with defaults and a version (WXT storage). Every shape change bumps
// the version and adds a migration with a test.
import { storage } from 'wxt/utils/storage';
import type { Target } from './types';

export const hoverByDefault = storage.defineItem<boolean>('local:hoverByDefault', {
  fallback: true,
  version: 1,
});

export const traditionalTarget = storage.defineItem<Target>('local:traditionalTarget', {
  fallback: 'tw',
  version: 1,
});

// ---- Hover popup (issue 5).
export type HoverModifier = 'none' | 'shift' | 'alt';
export type ReadingStyle = 'pinyin' | 'zhuyin' | 'both';

/** Milliseconds the pointer rests on a character before the card opens (0 = next frame). */
export const hoverDelay = storage.defineItem<number>('local:hoverDelay', { fallback: 0, version: 1 });
/** Only look words up while this key is held. */
export const hoverModifier = storage.defineItem<HoverModifier>('local:hoverModifier', {
  fallback: 'none',
  version: 1,
});
export const readingStyle = storage.defineItem<ReadingStyle>('local:readingStyle', {
  fallback: 'pinyin',
  version: 1,
});
export const toneColours = storage.defineItem<boolean>('local:toneColours', { fallback: false, version: 1 });
/** Underline every news-glossary term in the detected article. */
export const underlineGlossary = storage.defineItem<boolean>('local:underlineGlossary', {
  fallback: false,
  version: 1,
});

/** Remove pinyin flattened into the page text (領(lǐng)導(dǎo) → 領導) when converting the page. */
export const cleanArtifacts = storage.defineItem<boolean>('local:cleanArtifacts', {
  fallback: true,
  version: 1,
});
