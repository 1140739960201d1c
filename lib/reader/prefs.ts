// The reader's own preferences (typography, readings, tone colours, voices), one storage item, and the
// pure functions that turn them into the page's classes and style.
import { storage } from 'wxt/utils/storage';
import { HSK_LEVELS, RUBY_SCOPES, type RubyScope } from './scope';

export type RubyStyle = 'pinyin' | 'zhuyin' | 'none';
export type ToneColours = 'none' | 'standard' | 'safe';
export type ReaderScript = 'original' | 'hans' | 'hant';
export type ReaderTheme = 'auto' | 'light' | 'dark';
export type ReaderFont = 'sans' | 'serif';
export type SpeechVariant = 'cn' | 'tw' | 'hk';

export interface ReaderPrefs {
  fontSize: number;
  lineHeight: number;
  /** Measure in em (characters). */
  width: number;
  font: ReaderFont;
  theme: ReaderTheme;
  script: ReaderScript;
  ruby: RubyStyle;
  /** Which words keep their readings (lib/reader/scope.ts). */
  rubyScope: RubyScope;
  /** With rubyScope 'hsk': words at this HSK 3.0 level or below are left plain (7 = the 7–9 band). */
  rubyHskLevel: number;
  tones: ToneColours;
  rate: number;
  /** Chosen voice (voiceURI) per variant; null = the best on-device voice. */
  voices: Record<SpeechVariant, string | null>;
  /** The user agreed to voices that send text off the device (localService === false). */
  allowOnlineVoices: boolean;
}

export const DEFAULT_PREFS: ReaderPrefs = {
  fontSize: 20,
  lineHeight: 2.1,
  width: 34,
  font: 'sans',
  theme: 'auto',
  script: 'original',
  ruby: 'pinyin',
  rubyScope: 'all',
  rubyHskLevel: 3,
  tones: 'none',
  rate: 1,
  voices: { cn: null, tw: null, hk: null },
  allowOnlineVoices: false,
};

export const LIMITS = {
  fontSize: [14, 40],
  lineHeight: [1.4, 3],
  width: [16, 60],
  rate: [0.5, 2],
} as const;

const clamp = (n: unknown, [lo, hi]: readonly [number, number], fallback: number): number =>
  typeof n === 'number' && Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : fallback;
const oneOf = <T extends string>(v: unknown, all: readonly T[], fallback: T): T =>
  all.includes(v as T) ? (v as T) : fallback;
const voiceId = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);

/** Stored preferences, checked field by field (anything odd falls back to the default). */
export function normalisePrefs(value: unknown): ReaderPrefs {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_PREFS;
  const voices = (typeof v.voices === 'object' && v.voices !== null ? v.voices : {}) as Record<
    string,
    unknown
  >;
  return {
    fontSize: clamp(v.fontSize, LIMITS.fontSize, d.fontSize),
    lineHeight: clamp(v.lineHeight, LIMITS.lineHeight, d.lineHeight),
    width: clamp(v.width, LIMITS.width, d.width),
    font: oneOf(v.font, ['sans', 'serif'], d.font),
    theme: oneOf(v.theme, ['auto', 'light', 'dark'], d.theme),
    script: oneOf(v.script, ['original', 'hans', 'hant'], d.script),
    ruby: oneOf(v.ruby, ['pinyin', 'zhuyin', 'none'], d.ruby),
    rubyScope: oneOf(v.rubyScope, RUBY_SCOPES, d.rubyScope),
    rubyHskLevel: (HSK_LEVELS as readonly unknown[]).includes(v.rubyHskLevel)
      ? (v.rubyHskLevel as number)
      : d.rubyHskLevel,
    tones: oneOf(v.tones, ['none', 'standard', 'safe'], d.tones),
    rate: clamp(v.rate, LIMITS.rate, d.rate),
    voices: { cn: voiceId(voices.cn), tw: voiceId(voices.tw), hk: voiceId(voices.hk) },
    allowOnlineVoices: v.allowOnlineVoices === true,
  };
}

export const readerPrefs = storage.defineItem<ReaderPrefs>('local:readerPrefs', {
  fallback: DEFAULT_PREFS,
});

/** Classes of the article element: the reading style, tone scheme, font and theme are all CSS. */
export function articleClasses(prefs: ReaderPrefs): string {
  return [`ruby-${prefs.ruby}`, `tones-${prefs.tones}`, `font-${prefs.font}`].join(' ');
}

/** Inline custom properties for size, leading and measure. */
export function articleStyle(prefs: ReaderPrefs): Record<string, string> {
  return {
    '--reader-size': `${prefs.fontSize}px`,
    '--reader-leading': String(prefs.lineHeight),
    '--reader-width': `${prefs.width}em`,
  };
}
