import { describe, expect, it } from 'vitest';
import { addWord, listWords, openVocabularyDb, setWordStates } from '../../lib/vocabulary/db';
import {
  DEFAULT_REVIEW_SETTINGS,
  dueCounts,
  gradeCard,
  KNOWN_AFTER_DAYS,
  nextCard,
  normaliseReviewSettings,
  stateAfter,
  undoLastGrade,
} from '../../lib/vocabulary/review';
import { fazhan, jingji, lingdao } from './vocabulary-fixtures';

const DAY = 86_400_000;
const T0 = Date.UTC(2025, 2, 6, 8);

async function seeded(name?: string) {
  const db = openVocabularyDb(name);
  const a = await addWord(db, jingji, null, undefined, T0);
  const b = await addWord(db, fazhan, null, undefined, T0 + 1);
  const c = await addWord(db, lingdao, null, undefined, T0 + 2);
  return { db, ids: [a.wordId, b.wordId, c.wordId] as const };
}

describe('vocabulary review (FSRS)', () => {
  it('shows new words in the order added, and a graded word moves to learning', async () => {
    const { db, ids } = await seeded();
    const first = await nextCard(db, DEFAULT_REVIEW_SETTINGS, T0 + 10, T0);
    expect(first?.word.simplified).toBe('经济');
    const graded = await gradeCard(db, ids[0], 3, DEFAULT_REVIEW_SETTINGS, T0 + 10);
    expect(graded.state).toBe('learning');
    expect(graded.card.queue).toBe('review');
    expect(graded.card.due).toBeGreaterThan(T0 + 10);
    // Good on a new card is a short learning step: it comes back within the learn-ahead window first.
    const next = await nextCard(db, DEFAULT_REVIEW_SETTINGS, T0 + 20, T0);
    expect(next?.word.simplified).toBe('经济');
    const later = await nextCard(db, DEFAULT_REVIEW_SETTINGS, T0 + DAY, T0 + DAY);
    expect(later?.word.id).toBe(ids[0]);
  });

  it('undoes the last grade: card, word state and log exactly as before', async () => {
    const { db, ids } = await seeded();
    const before = await db.cards.get(ids[1]);
    await gradeCard(db, ids[1], 1, DEFAULT_REVIEW_SETTINGS, T0 + 10);
    expect(await db.logs.count()).toBe(1);
    expect(await undoLastGrade(db, T0 + 20)).toBe(ids[1]);
    expect(await db.cards.get(ids[1])).toEqual(before);
    expect((await db.words.get(ids[1]))?.state).toBe('new');
    expect(await db.logs.count()).toBe(0);
    expect(await undoLastGrade(db)).toBeNull();
  });

  it('keeps to the daily new-word limit and counts what is due', async () => {
    const { db, ids } = await seeded();
    const settings = { ...DEFAULT_REVIEW_SETTINGS, newPerDay: 2 };
    expect(await dueCounts(db, settings, T0 + 10, T0)).toEqual({ new: 2, review: 0 });
    await gradeCard(db, ids[0], 4, settings, T0 + 10);
    await gradeCard(db, ids[1], 4, settings, T0 + 11);
    expect(await dueCounts(db, settings, T0 + 12, T0)).toEqual({ new: 0, review: 0 });
    expect(await nextCard(db, settings, T0 + 12, T0)).toBeNull();
    // The next day the third word is introduced and the first two are due in time.
    expect((await dueCounts(db, settings, T0 + DAY, T0 + DAY)).new).toBe(1);
    const far = T0 + 60 * DAY;
    expect(await dueCounts(db, settings, far, far)).toEqual({ new: 1, review: 2 });
    const limited = { ...settings, reviewsPerDay: 1 };
    await gradeCard(db, ids[0], 3, limited, far);
    expect((await dueCounts(db, limited, far + 1, far)).review).toBe(0);
  });

  it('never reviews known or ignored words', async () => {
    const { db, ids } = await seeded();
    await setWordStates(db, [ids[0], ids[1]], 'known');
    await setWordStates(db, [ids[2]], 'ignored');
    expect(await nextCard(db, DEFAULT_REVIEW_SETTINGS, T0 + 10, T0)).toBeNull();
  });

  it('asks for longer intervals at a lower desired retention (ts-fsrs does the maths)', async () => {
    const intervals: number[] = [];
    for (const retention of [0.8, 0.95]) {
      const { db, ids } = await seeded(`retention-${retention}`);
      const settings = { ...DEFAULT_REVIEW_SETTINGS, retention };
      await gradeCard(db, ids[0], 4, settings, T0);
      const { card } = await gradeCard(db, ids[0], 3, settings, T0 + 30 * DAY);
      intervals.push(card.scheduled_days);
    }
    expect(intervals[0]).toBeGreaterThan(intervals[1] ?? Number.POSITIVE_INFINITY);
  });

  it('turns a word known once its interval reaches the threshold', async () => {
    expect(stateAfter(KNOWN_AFTER_DAYS - 1)).toBe('learning');
    expect(stateAfter(KNOWN_AFTER_DAYS)).toBe('known');
    const { db, ids } = await seeded();
    let now = T0;
    for (let i = 0; i < 8 && (await db.words.get(ids[0]))?.state !== 'known'; i++) {
      const { card } = await gradeCard(db, ids[0], 4, DEFAULT_REVIEW_SETTINGS, now);
      now = card.due;
    }
    const word = (await listWords(db)).find((w) => w.id === ids[0]);
    expect(word?.state).toBe('known');
    expect((await db.cards.get(ids[0]))?.queue).toBe('off');
  });

  it('clamps settings into range', () => {
    expect(normaliseReviewSettings({ newPerDay: -3, reviewsPerDay: 1e9, retention: 2 })).toEqual({
      newPerDay: 0,
      reviewsPerDay: 9999,
      retention: 0.99,
    });
    expect(normaliseReviewSettings(null)).toEqual(DEFAULT_REVIEW_SETTINGS);
  });
});
