// Speaks a word or a sentence for the hover card with the browser's speechSynthesis (looked up when
// used, so a test can put a stub in its place), following the reader's read-aloud options (voice per
// variant, online consent, rate: lib/reader/prefs.ts) and the chosen Traditional variant.
import { traditionalTarget } from '../settings';
import { normalisePrefs, readerPrefs } from './prefs';
import { type Spellings, sayPlan, sayVariant } from './say';
import type { VoiceInfo } from './speech';

interface Utterance {
  text: string;
  lang: string;
  rate: number;
  voice: unknown;
}
interface Synth {
  speak(utterance: never): void;
  cancel(): void;
  getVoices(): readonly VoiceInfo[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** Chromium fills the voice list after the first ask: wait for it a little. */
const VOICES_WAIT_MS = 1000;

function voicesOf(synth: Synth): Promise<readonly VoiceInfo[]> {
  const now = synth.getVoices();
  if (now.length > 0 || !synth.addEventListener) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      synth.removeEventListener?.('voiceschanged', done);
      resolve(synth.getVoices());
    };
    const timer = setTimeout(done, VOICES_WAIT_MS);
    synth.addEventListener?.('voiceschanged', done);
  });
}

export interface SayRequest {
  text: string;
  /** The word as shown and its dictionary spellings (decides the variant). */
  word: string;
  spellings?: Spellings;
  /** The page's language tag (lang of the document). */
  pageLang: string;
}

/** Speaks `text`; resolves to false when nothing may read it (no speech engine, no allowed voice). */
export async function sayAloud(request: SayRequest): Promise<boolean> {
  const scope = globalThis as {
    speechSynthesis?: Synth;
    SpeechSynthesisUtterance?: new (text: string) => Utterance;
  };
  const synth = scope.speechSynthesis;
  const Make = scope.SpeechSynthesisUtterance;
  if (!synth || !Make) return false;
  const [prefs, traditional, voices] = await Promise.all([
    readerPrefs.getValue().then(normalisePrefs),
    traditionalTarget.getValue(),
    voicesOf(synth),
  ]);
  const variant = sayVariant(request.word, request.spellings, request.pageLang, traditional);
  const plan = sayPlan(request.text, variant, prefs, voices);
  if (!plan) return false;
  synth.cancel();
  for (const text of plan.pieces) {
    const utterance = new Make(text);
    utterance.lang = plan.lang;
    utterance.rate = plan.rate;
    utterance.voice = plan.voice;
    synth.speak(utterance as never);
  }
  return true;
}
