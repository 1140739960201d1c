// Read-aloud as pure functions: the text of each block cut into sentences (and long sentences into pieces
// no engine cuts off), a queue that says what to speak next, and the choice of voice. The reader page
// feeds speechSynthesis from these; the unit tests drive them without a browser.

/** One utterance: a sentence (or a piece of a long one) of one block. */
export interface SpeechPiece {
  /** Index of the block (paragraph, list item, caption …) in reading order. */
  block: number;
  /** Code-unit offsets in the block's text. */
  start: number;
  end: number;
  text: string;
}

/** Chromium's engines stop speaking after roughly 15 s of one utterance (a Chinese sentence of ~200
 *  characters at rate 1), so pieces stay well below that. */
export const MAX_PIECE = 80;

const SENTENCE_END = /[。！？!?…；;]+[」』”’）)]*|\n+/g;
const CLAUSE_END = /[，、：,:]/;

/** Cuts one sentence into pieces of at most `max` code units, at clause punctuation where it can. */
export function splitLong(text: string, max = MAX_PIECE): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (text.length - start > max) {
    let cut = -1;
    for (let i = start + max - 1; i > start + max / 3; i--) {
      if (CLAUSE_END.test(text.charAt(i))) {
        cut = i + 1;
        break;
      }
    }
    if (cut < 0) {
      cut = start + max;
      // Never between the halves of a surrogate pair.
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    out.push({ start, end: cut });
    start = cut;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** The sentences of one block's text, each cut to pieces; empty and punctuation-only pieces dropped. */
export function splitSentences(text: string, block = 0, max = MAX_PIECE): SpeechPiece[] {
  const pieces: SpeechPiece[] = [];
  let start = 0;
  const push = (from: number, to: number) => {
    const sentence = text.slice(from, to);
    for (const part of splitLong(sentence, max)) {
      const piece = sentence.slice(part.start, part.end);
      const lead = piece.length - piece.trimStart().length;
      const trimmed = piece.trim();
      if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
      const s = from + part.start + lead;
      pieces.push({ block, start: s, end: s + trimmed.length, text: trimmed });
    }
  };
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    push(start, end);
    start = end;
  }
  if (start < text.length) push(start, text.length);
  return pieces;
}

export type SpeechStatus = 'idle' | 'speaking' | 'paused' | 'done';

export interface SpeechQueue {
  pieces: readonly SpeechPiece[];
  /** The piece being (or about to be) spoken. */
  index: number;
  status: SpeechStatus;
}

export type SpeechEvent =
  | { type: 'start'; from?: number }
  | { type: 'ended' }
  | { type: 'skip'; by: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop' };

export const emptyQueue = (pieces: readonly SpeechPiece[]): SpeechQueue => ({
  pieces,
  index: 0,
  status: 'idle',
});

const clamp = (n: number, max: number): number => Math.max(0, Math.min(n, max));

/** The next state of the queue. What to do with speechSynthesis follows from comparing the two states
 *  (see speechAction). */
export function nextQueue(queue: SpeechQueue, event: SpeechEvent): SpeechQueue {
  const last = queue.pieces.length - 1;
  switch (event.type) {
    case 'start':
      if (last < 0) return { ...queue, status: 'done' };
      return { ...queue, index: clamp(event.from ?? queue.index, last), status: 'speaking' };
    case 'ended':
      if (queue.status !== 'speaking') return queue;
      return queue.index >= last ? { ...queue, status: 'done' } : { ...queue, index: queue.index + 1 };
    case 'skip': {
      if (last < 0) return queue;
      const index = clamp(queue.index + event.by, last);
      return { ...queue, index, status: queue.status === 'done' ? 'speaking' : queue.status };
    }
    case 'pause':
      return queue.status === 'speaking' ? { ...queue, status: 'paused' } : queue;
    case 'resume':
      return queue.status === 'paused' ? { ...queue, status: 'speaking' } : queue;
    case 'stop':
      return { ...queue, index: 0, status: 'idle' };
  }
}

export type SpeechAction = 'speak' | 'pause' | 'resume' | 'cancel' | 'none';

/** What the engine must do to go from `before` to `after`. Speaking a new piece cancels the old first. */
export function speechAction(before: SpeechQueue, after: SpeechQueue): SpeechAction {
  if (after.status === 'speaking') {
    if (before.status === 'paused' && before.index === after.index) return 'resume';
    if (before.status !== 'speaking' || before.index !== after.index) return 'speak';
    return 'none';
  }
  if (after.status === 'paused') return before.status === 'speaking' ? 'pause' : 'none';
  if (after.status === 'idle' && before.status !== 'idle') return 'cancel';
  return 'none';
}

/** The fields of SpeechSynthesisVoice the choice needs (a plain object in tests). */
export interface VoiceInfo {
  name: string;
  lang: string;
  localService: boolean;
  voiceURI: string;
}

/** BCP 47 language for reading a text in a script variant. */
export function speechLang(variant: 'cn' | 'tw' | 'hk'): string {
  return variant === 'cn' ? 'zh-CN' : variant === 'hk' ? 'zh-HK' : 'zh-TW';
}

const langMatch = (voice: VoiceInfo, lang: string): number => {
  const v = voice.lang.replace('_', '-').toLowerCase();
  const want = lang.toLowerCase();
  if (v === want) return 2;
  // zh-HK text read by a Cantonese voice (yue-HK) or the other way is still the right language family.
  if (v.startsWith('zh') || v.startsWith('yue') || v.startsWith('cmn')) return 1;
  return 0;
};

/** The voices that can read `lang` (same language first, then the rest of the Chinese family), for
 *  a choice list. */
export function voicesFor(voices: readonly VoiceInfo[], lang: string): VoiceInfo[] {
  return voices
    .filter((v) => langMatch(v, lang) > 0)
    .sort((a, b) => langMatch(b, lang) - langMatch(a, lang) || a.name.localeCompare(b.name));
}

/** The voice to use: the chosen one when it is allowed, else the best on-device voice for `lang` (an
 *  exact language match first). A voice that sends text off the device (localService false) only when
 *  `allowRemote` (the user agreed). Null when no voice fits. */
export function pickVoice(
  voices: readonly VoiceInfo[],
  lang: string,
  chosen: string | null,
  allowRemote: boolean,
): VoiceInfo | null {
  const allowed = voices.filter((v) => (v.localService || allowRemote) && langMatch(v, lang) > 0);
  const named = chosen ? allowed.find((v) => v.voiceURI === chosen || v.name === chosen) : undefined;
  if (named) return named;
  const ranked = [...allowed].sort(
    (a, b) => langMatch(b, lang) - langMatch(a, lang) || Number(b.localService) - Number(a.localService),
  );
  return ranked[0] ?? null;
}
