// "Read this word / sentence" from the hover card (issue 18 §5), as pure decisions: which variant of
// Chinese the text is in, and what to hand the speech engine — the reader's voice for that variant,
// its rate, and the consent rule (a voice that sends text off the device only after the user agreed).
// The card's wiring (say-aloud.ts) asks these and speaks; the unit tests ask them without a browser.
import type { Target } from '../types';
import type { ReaderPrefs, SpeechVariant } from './prefs';
import { pickVoice, speechLang, splitLong, type VoiceInfo } from './speech';

/** The word's two spellings, when the dictionary knows it. */
export interface Spellings {
  simplified: string;
  traditional: string;
}

/** The variant to read `word` in: its own script when the dictionary's two spellings differ (a
 *  Traditional word in the Traditional variant chosen in the options: Hong Kong or Taiwan), else the
 *  page's language (zh-HK, zh-TW / zh-Hant), else mainland Mandarin. */
export function sayVariant(
  word: string,
  spellings: Spellings | undefined,
  pageLang: string,
  traditional: Target,
): SpeechVariant {
  const hantVariant: SpeechVariant = traditional === 'hk' ? 'hk' : 'tw';
  if (spellings && spellings.simplified !== spellings.traditional) {
    if (word === spellings.traditional) return hantVariant;
    if (word === spellings.simplified) return 'cn';
  }
  const lang = pageLang.toLowerCase();
  if (/^(zh-(hk|mo)|yue)/.test(lang)) return 'hk';
  if (/^zh-(tw|hant)/.test(lang)) return hantVariant;
  return 'cn';
}

/** What to speak: the text in pieces no engine cuts off, the language, the voice and the rate. */
export interface SayPlan {
  pieces: string[];
  lang: string;
  voice: VoiceInfo;
  rate: number;
}

export type SaySettings = Pick<ReaderPrefs, 'voices' | 'allowOnlineVoices' | 'rate'>;

/** The plan for `text` in `variant`, or null when nothing may read it: no Chinese voice, or only
 *  online ones the user has not allowed (the engine's default voice is never left to choose, as it may
 *  be an online one). Blank text gives null too. */
export function sayPlan(
  text: string,
  variant: SpeechVariant,
  settings: SaySettings,
  voices: readonly VoiceInfo[],
): SayPlan | null {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!/[\p{L}\p{N}]/u.test(clean)) return null;
  const lang = speechLang(variant);
  const voice = pickVoice(voices, lang, settings.voices[variant], settings.allowOnlineVoices);
  if (!voice) return null;
  const pieces = splitLong(clean).map(({ start, end }) => clean.slice(start, end));
  return { pieces, lang, voice, rate: settings.rate };
}
