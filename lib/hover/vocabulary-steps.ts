// The hover card's vocabulary part of the transition (issue 17): s / the Save button save the shown
// word with its sentence, u / Undo take that save back while its card is open, k / i set the word
// known / ignored; and the background's answers to them. Pure, like state.ts, which calls these.
import type { CardInfo, CardWordState, HoverEvent, HoverState, Status, Step } from './state-types';

type S<P, C extends CardInfo<P>> = HoverState<P, C>;
export type VocabularyAction = 'save' | 'known' | 'ignore' | 'undo';

/** A key's (or a button's) vocabulary action on the open card. */
export function vocabularyAction<P, C extends CardInfo<P>>(
  state: S<P, C>,
  action: VocabularyAction,
): Step<P, C> {
  const card = state.card;
  if (action === 'undo') {
    return state.lastSaved
      ? { state, effects: [{ type: 'undoSaveWord', wordId: state.lastSaved.wordId }] }
      : { state, effects: [] };
  }
  if (!card?.entry) return { state, effects: [] };
  if (action === 'save') {
    return {
      state,
      effects: [{ type: 'saveWord', seq: state.sequence, word: card.word, entry: card.entry, at: card.at }],
    };
  }
  const wordState: CardWordState = action === 'known' ? 'known' : 'ignored';
  return { state, effects: [{ type: 'setWordState', word: card.word, entry: card.entry, state: wordState }] };
}

/** The card's vocabulary buttons and the background's answers to them. */
export function stepVocabulary<P, C extends CardInfo<P>>(
  state: S<P, C>,
  event: HoverEvent<P, C>,
): Step<P, C> {
  if (!state.card || state.form) return { state, effects: [] };
  switch (event.type) {
    case 'saveClicked':
      return vocabularyAction(state, 'save');
    case 'undoClicked':
      return vocabularyAction(state, 'undo');
    case 'wordSaved': {
      // Saved while another word's card came up: that card is not the one to offer Undo on.
      if (event.seq !== state.sequence) return { state, effects: [] };
      const status: Status = { key: event.created ? 'savedWordVocabulary' : 'savedWordContext', undo: true };
      return {
        state: { ...state, status, lastSaved: { wordId: event.wordId } },
        effects: [{ type: 'draw' }],
      };
    }
    case 'wordSaveUndone':
      return {
        state: { ...state, status: { key: 'wordSaveUndone' }, lastSaved: null },
        effects: [{ type: 'draw' }],
      };
    case 'wordStateSet': {
      const key = event.state === 'known' ? 'wordMarkedKnown' : 'wordMarkedIgnored';
      return { state: { ...state, status: { key } }, effects: [{ type: 'draw' }] };
    }
    default:
      return { state, effects: [] };
  }
}
