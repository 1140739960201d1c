// Review with FSRS (ts-fsrs schedules; nothing here computes an interval). The next card is one index
// read on [queue+due]; a grade writes the card, the word's state and a log holding what it replaced,
// so Undo restores all three exactly.
import { fsrs, type Grade } from 'ts-fsrs';
import { queueOf, toFsrs, toStored } from './card';
import type { VocabularyDb } from './db';
import type { DueCounts, ReviewCard, ReviewLogRow, Word, WordState } from './types';

export type { DueCounts } from './types';

export interface ReviewSettings {
  /** New words introduced per day. */
  newPerDay: number;
  /** Reviews (of words already seen) per day. */
  reviewsPerDay: number;
  /** Desired retention, 0.7–0.99. */
  retention: number;
}

export const DEFAULT_REVIEW_SETTINGS: ReviewSettings = { newPerDay: 20, reviewsPerDay: 200, retention: 0.9 };
export const RETENTION_RANGE = { min: 0.7, max: 0.99 } as const;
export const LIMIT_RANGE = { min: 0, max: 9999 } as const;

/** Cards in short learning steps come back this early rather than leave the session idle (Anki's
 *  learn-ahead). */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** A word whose next interval reaches this many days counts as known (and leaves the queues). */
export const KNOWN_AFTER_DAYS = 21;

export function normaliseReviewSettings(value: Partial<ReviewSettings> | null | undefined): ReviewSettings {
  const clampInt = (v: unknown, fallback: number): number =>
    typeof v === 'number' && Number.isFinite(v)
      ? Math.min(LIMIT_RANGE.max, Math.max(LIMIT_RANGE.min, Math.round(v)))
      : fallback;
  const r = value?.retention;
  return {
    newPerDay: clampInt(value?.newPerDay, DEFAULT_REVIEW_SETTINGS.newPerDay),
    reviewsPerDay: clampInt(value?.reviewsPerDay, DEFAULT_REVIEW_SETTINGS.reviewsPerDay),
    retention:
      typeof r === 'number' && Number.isFinite(r)
        ? Math.min(RETENTION_RANGE.max, Math.max(RETENTION_RANGE.min, r))
        : DEFAULT_REVIEW_SETTINGS.retention,
  };
}

/** Local midnight of the day `now` falls in. */
export function startOfDay(now: number): number {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

async function doneToday(db: VocabularyDb, dayStart: number): Promise<{ new: number; review: number }> {
  const logs = await db.logs.where('review').aboveOrEqual(dayStart).toArray();
  const introduced = logs.filter((l) => l.state === 0).length;
  return { new: introduced, review: logs.length - introduced };
}

export async function dueCounts(
  db: VocabularyDb,
  settings: ReviewSettings,
  now = Date.now(),
  dayStart = startOfDay(now),
): Promise<DueCounts> {
  const done = await doneToday(db, dayStart);
  const due = await db.cards
    .where('[queue+due]')
    .between(['review', -Infinity], ['review', now + LEARN_AHEAD_MS], true, true)
    .count();
  const fresh = await db.cards.where('[queue+due]').between(['new', -Infinity], ['new', Infinity]).count();
  return {
    new: Math.max(0, Math.min(fresh, settings.newPerDay - done.new)),
    review: Math.max(0, Math.min(due, settings.reviewsPerDay - done.review)),
  };
}

export interface ReviewItem {
  card: ReviewCard;
  word: Word;
}

/** The card to show next: due reviews first (most overdue first), then new words in the order they
 *  were added, each within its daily limit. Null when the day's work is done. */
export async function nextCard(
  db: VocabularyDb,
  settings: ReviewSettings,
  now = Date.now(),
  dayStart = startOfDay(now),
): Promise<ReviewItem | null> {
  const done = await doneToday(db, dayStart);
  let card: ReviewCard | undefined;
  if (done.review < settings.reviewsPerDay) {
    card = await db.cards
      .where('[queue+due]')
      .between(['review', -Infinity], ['review', now + LEARN_AHEAD_MS], true, true)
      .first();
  }
  if (!card && done.new < settings.newPerDay) {
    card = await db.cards.where('[queue+due]').between(['new', -Infinity], ['new', Infinity]).first();
  }
  if (!card) return null;
  const word = await db.words.get(card.wordId);
  return word ? { card, word } : null;
}

/** The state a grade leaves the word in. */
export function stateAfter(scheduledDays: number): WordState {
  return scheduledDays >= KNOWN_AFTER_DAYS ? 'known' : 'learning';
}

/** Grades a word's card 1 Again, 2 Hard, 3 Good, 4 Easy. */
export async function gradeCard(
  db: VocabularyDb,
  wordId: number,
  rating: Grade,
  settings: ReviewSettings,
  now = Date.now(),
): Promise<{ card: ReviewCard; state: WordState }> {
  const scheduler = fsrs({ request_retention: settings.retention, enable_fuzz: false });
  return db.transaction('rw', db.words, db.cards, db.logs, async () => {
    const word = await db.words.get(wordId);
    const before = await db.cards.get(wordId);
    if (!word || !before) throw new Error(`No card for word ${wordId}`);
    const { card } = scheduler.next(toFsrs(before), new Date(now), rating);
    const state = stateAfter(card.scheduled_days);
    const stored = toStored(wordId, card, state);
    await db.cards.put(stored);
    await db.words.update(wordId, { state, updatedAt: now });
    const log: Omit<ReviewLogRow, 'id'> = {
      wordId,
      rating: rating as ReviewLogRow['rating'],
      review: now,
      state: before.state,
      scheduled_days: card.scheduled_days,
      before: { card: before, wordState: word.state },
    };
    await db.logs.add(log as ReviewLogRow);
    return { card: stored, state };
  });
}

/** Undoes the latest grade: card, word state and log go back as they were. Returns the word id, or
 *  null when there is nothing to undo (or the word was deleted since). */
export async function undoLastGrade(db: VocabularyDb, now = Date.now()): Promise<number | null> {
  return db.transaction('rw', db.words, db.cards, db.logs, async () => {
    const last = await db.logs.orderBy('id').last();
    if (!last) return null;
    await db.logs.delete(last.id);
    const word = await db.words.get(last.wordId);
    if (!word) return null;
    const { card, wordState } = last.before;
    await db.cards.put({ ...card, queue: queueOf(wordState, card.state) });
    await db.words.update(last.wordId, { state: wordState, updatedAt: now });
    return last.wordId;
  });
}
