// Conversions between ts-fsrs's Card (Date fields) and the stored ReviewCard (epoch ms + queue).
import { type Card, createEmptyCard, State } from 'ts-fsrs';
import type { ReviewCard, WordState } from './types';

/** The queue a card belongs in: known and ignored words are never reviewed. */
export function queueOf(wordState: WordState, fsrsState: number): ReviewCard['queue'] {
  if (wordState === 'known' || wordState === 'ignored') return 'off';
  return fsrsState === State.New ? 'new' : 'review';
}

export function emptyCard(wordId: number, wordState: WordState, now: number): ReviewCard {
  return toStored(wordId, createEmptyCard(new Date(now)), wordState);
}

export function toStored(wordId: number, card: Card, wordState: WordState): ReviewCard {
  return {
    wordId,
    queue: queueOf(wordState, card.state),
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

export function toFsrs(card: ReviewCard): Card {
  return {
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as State,
    ...(card.last_review === null ? {} : { last_review: new Date(card.last_review) }),
  };
}
