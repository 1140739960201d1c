// Settings as typed storage items with defaults and a version (WXT storage). Every shape change bumps
// the version and adds a migration with a test.
import { storage } from 'wxt/utils/storage';
import type { UiLanguage } from './i18n/resolve';
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

/** The UI language (issue 7): 'auto' follows the browser's UI language (lib/i18n/resolve.ts). */
export const uiLanguage = storage.defineItem<UiLanguage>('local:uiLanguage', {
  fallback: 'auto',
  version: 1,
});

// ---- Options page (issue 7).
export const HOVER_FONT_MIN = 11;
export const HOVER_FONT_MAX = 28;
/** The hover card's text size in CSS pixels (headwords and readings scale with it). */
export const hoverFontSize = storage.defineItem<number>('local:hoverFontSize', { fallback: 14, version: 1 });

/** A stored font size made safe to use: a whole number of pixels within the range the card is laid out
 *  for; anything else (a hand-edited or damaged value) falls back to the default. */
export function normalizeFontSize(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 14;
  return Math.round(Math.max(HOVER_FONT_MIN, Math.min(HOVER_FONT_MAX, value)));
}

// ---- First run (issue 7).
/** Set once the welcome page has been opened: Chromium reports 'install' again each time it starts with
 *  an unpacked extension from the command line (`npm start`, the end-to-end tests); the page shows once. */
export const welcomeShown = storage.defineItem<boolean>('local:welcomeShown', {
  fallback: false,
  version: 1,
});

/** The script "convert" means by default — for the Alt+Shift+C shortcut and the preset of a new
 *  per-site rule: the opposite of the page's script ('auto'), or always 简体 / always 繁體. */
export type DefaultScript = 'auto' | 'hans' | 'hant';
export const defaultScript = storage.defineItem<DefaultScript>('local:defaultScript', {
  fallback: 'auto',
  version: 1,
});
