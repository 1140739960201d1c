// Drives a speechSynthesis-like engine from the pure queue (speech.ts). The engine and the utterance
// constructor are parameters, so unit and end-to-end tests can hand in a stub and see what is spoken,
// in which order, with which language and voice.
import {
  emptyQueue,
  nextQueue,
  type SpeechEvent,
  type SpeechPiece,
  type SpeechQueue,
  speechAction,
  type VoiceInfo,
} from './speech';

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: unknown;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
}

export interface SynthLike {
  speak(utterance: never): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): readonly VoiceInfo[];
}

export interface SpeakerDeps {
  synth: SynthLike;
  makeUtterance: (text: string) => UtteranceLike;
  /** Language, voice (one of synth.getVoices(), or null for the engine's default) and rate, asked for at
   *  each utterance so a change applies from the next sentence on. */
  settings: () => { lang: string; voice: VoiceInfo | null; rate: number };
  /** Called on every state change (to mark the current sentence and update the buttons). */
  onChange: (queue: SpeechQueue) => void;
}

export interface Speaker {
  send(event: SpeechEvent): void;
  setPieces(pieces: readonly SpeechPiece[]): void;
  readonly state: SpeechQueue;
}

export function createSpeaker(deps: SpeakerDeps): Speaker {
  let queue = emptyQueue([]);
  // Cancelling fires the old utterance's end/error events; only the newest utterance may advance.
  let generation = 0;

  const speak = (piece: SpeechPiece): void => {
    const mine = ++generation;
    deps.synth.cancel();
    const { lang, voice, rate } = deps.settings();
    const utterance = deps.makeUtterance(piece.text);
    utterance.lang = lang;
    utterance.rate = rate;
    if (voice) utterance.voice = voice;
    utterance.onend = () => {
      if (mine === generation) send({ type: 'ended' });
    };
    utterance.onerror = (event) => {
      // "interrupted"/"canceled" come from our own cancel(); anything else ends this piece.
      const error = (event as { error?: string } | null)?.error;
      if (mine === generation && error !== 'interrupted' && error !== 'canceled') send({ type: 'ended' });
    };
    deps.synth.speak(utterance as never);
  };

  const send = (event: SpeechEvent): void => {
    const before = queue;
    const after = nextQueue(before, event);
    queue = after;
    switch (speechAction(before, after)) {
      case 'speak': {
        const piece = after.pieces[after.index];
        if (piece) speak(piece);
        break;
      }
      case 'pause':
        deps.synth.pause();
        break;
      case 'resume':
        deps.synth.resume();
        break;
      case 'cancel':
        generation++;
        deps.synth.cancel();
        break;
      case 'none':
        break;
    }
    if (after !== before) deps.onChange(after);
  };

  return {
    send,
    setPieces(pieces) {
      if (queue.status === 'speaking' || queue.status === 'paused') send({ type: 'stop' });
      queue = emptyQueue(pieces);
      deps.onChange(queue);
    },
    get state() {
      return queue;
    },
  };
}
