// The hover state machine's data: its state, events and effects (lib/hover/state.ts steps them). Apart
// from the steps so the vocabulary steps (vocabulary-steps.ts) can name them without an import cycle.
import type { UserTermInput } from '../glossary/user-term';
import type { HoverModifier, ReadingStyle } from '../settings';
import type { DictEntry } from '../types';
import type { HoverKeyAction } from './keys';

export interface HoverSettings {
  delay: number;
  modifier: HoverModifier;
  reading: ReadingStyle;
  colours: boolean;
  underline: boolean;
  fontSize: number;
}

export const DEFAULT_SETTINGS: HoverSettings = {
  delay: 0,
  modifier: 'none',
  reading: 'pinyin',
  colours: false,
  underline: false,
  fontSize: 14,
};

/** What the adapter tells us about a shown word (it builds these from the DOM and the answer). */
export interface CardInfo<P> {
  at: P;
  /** The word as written on the page, '' when the answer has no entry. */
  word: string;
  entry: DictEntry | undefined;
  /** Where "next word" goes (just past this word), and "previous" without history (one back). */
  next: P | null;
  previous: P | null;
}

export type StatusKey =
  | 'copied'
  | 'savedWord'
  | 'userTermDeleted'
  | 'saveFailed'
  | 'savedWordVocabulary'
  | 'savedWordContext'
  | 'wordSaveUndone'
  | 'wordMarkedKnown'
  | 'wordMarkedIgnored'
  | 'sayNoVoice';
export interface Status {
  key: StatusKey;
  message?: string;
  /** The status line offers Undo (a word just saved to the vocabulary). */
  undo?: boolean;
}

/** Word states the card's keys set (the vocabulary's others come from review and its page). */
export type CardWordState = 'known' | 'ignored';

export interface HoverForm {
  initial: UserTermInput;
  id?: number;
  error?: string;
}

export type Purpose = 'move' | 'next' | 'previous' | 'caret' | 'refresh' | 'related';

export interface HoverState<P, C extends CardInfo<P> = CardInfo<P>> {
  enabled: boolean;
  settings: HoverSettings;
  /** The latest pointer point not yet looked at. */
  point: { x: number; y: number } | null;
  /** Where the user's pointer last moved to. Chromium sends a still pointer's position again after
   *  the page lays out or scrolls; probing it then forces a layout (a second on a huge page being
   *  converted) for a word the user did not move to. */
  lastMove?: { x: number; y: number } | null;
  /** Bumped by every lookup and every hide: an answer for an older number is stale. */
  sequence: number;
  /** The pointer lookup in flight (one at a time), and whether moves arrived meanwhile. */
  inFlight: number | null;
  movedMeanwhile: boolean;
  /** Why the latest lookup was asked (what to do with its answer). */
  asked: { seq: number; purpose: Purpose; from?: P; status?: Status } | null;
  card: C | null;
  history: P[];
  form: HoverForm | null;
  status: Status | null;
  /** Cards reached by key are read out to screen readers; pointer cards are not. */
  byKey: boolean;
  /** `r` walking a glossary entry's related terms (issue 20); null once another card shows. */
  related?: { terms: readonly string[]; index: number } | null;
  /** The word the latest save (this card) added to the vocabulary, for Undo; cleared when the card goes. */
  lastSaved: { wordId: number } | null;
}

export type Hit<P> = { kind: 'none' } | { kind: 'same' } | { kind: 'char'; position: P };

export type HoverEvent<P, C extends CardInfo<P>> =
  | { type: 'enable' }
  | { type: 'disable' }
  | { type: 'settings'; patch: Partial<HoverSettings> }
  | { type: 'locale' }
  | { type: 'move'; x: number; y: number; trusted: boolean; shiftKey: boolean; altKey: boolean }
  /** A finger's tap on a touch screen (lib/hover/touch.ts, already checked as the user's): there is no
   *  hover there, so it looks up at once, whatever the modifier and delay. */
  | { type: 'tap'; x: number; y: number }
  | { type: 'timer' }
  | { type: 'probed'; hit: Hit<P> }
  | { type: 'answer'; seq: number; card: C | null }
  | {
      type: 'key';
      trusted: boolean;
      action: HoverKeyAction | null;
      caretKey: boolean;
      editable: boolean;
      inOwnUi: boolean;
    }
  | { type: 'caret' }
  | { type: 'caretProbed'; position: P | null }
  | { type: 'status'; status: Status }
  | { type: 'formSaved' }
  | { type: 'formFailed'; initial: UserTermInput; message: string }
  | { type: 'formClosed' }
  | { type: 'termDeleted' }
  | { type: 'wordLeftView' }
  /** The card's "Save word" button (the `s` key's twin). */
  | { type: 'saveClicked' }
  /** The status line's Undo button (the `u` key's twin). */
  | { type: 'undoClicked' }
  /** The card's "say" buttons (issue 18 §5), as the p / l keys. */
  | { type: 'sayClicked'; what: 'word' | 'sentence' }
  /** The vocabulary answered a save: a new word, or another sentence for a saved one. */
  /** `seq`: the card's sequence when the save was asked (an answer for an older card is not shown). */
  | { type: 'wordSaved'; seq: number; wordId: number; created: boolean }
  | { type: 'wordSaveUndone' }
  | { type: 'wordStateSet'; state: CardWordState };

export type HoverEffect<P> =
  | { type: 'listen'; on: boolean }
  | { type: 'warm' }
  | { type: 'underline' }
  | { type: 'startTimer'; ms: number }
  | { type: 'cancelTimer' }
  | { type: 'probe'; x: number; y: number }
  | { type: 'probeCaret' }
  | { type: 'lookup'; seq: number; position: P }
  /** A related term, not on the page: looked up by its text, shown where the card is. */
  | { type: 'lookupTerm'; seq: number; text: string }
  | { type: 'show'; announce: boolean }
  | { type: 'draw' }
  | { type: 'hide' }
  | { type: 'consumeKey' }
  | { type: 'copy'; word: string }
  | { type: 'saveWord'; seq: number; word: string; entry: DictEntry; at: P }
  | { type: 'undoSaveWord'; wordId: number }
  | { type: 'setWordState'; word: string; entry: DictEntry; state: CardWordState }
  | { type: 'announceNoWord' }
  | { type: 'say'; what: 'word' | 'sentence' }
  | { type: 'settled'; seq: number; shown: boolean };

export interface Step<P, C extends CardInfo<P>> {
  state: HoverState<P, C>;
  effects: HoverEffect<P>[];
}
