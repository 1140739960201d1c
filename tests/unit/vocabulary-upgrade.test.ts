// Upgrades of the vocabulary database from every earlier version (issue 17 §4). Each version that
// ever shipped has a case: how that version wrote its data (literal records, as its code stored them,
// not through today's functions) and what the current code must find after opening it. The list is
// checked against VOCABULARY_SCHEMAS, so adding a version without its case fails here.
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { addWord, contextsOf, openVocabularyDb, wordStates } from '../../lib/vocabulary/db';
import { DEFAULT_REVIEW_SETTINGS, gradeCard, nextCard } from '../../lib/vocabulary/review';
import { CURRENT_VERSION, VOCABULARY_SCHEMAS } from '../../lib/vocabulary/versions';
import { contextAt, jingji } from './vocabulary-fixtures';

type Rows = Record<'words' | 'contexts' | 'cards' | 'logs', Record<string, unknown>[]>;

interface UpgradeCase {
  /** The records exactly as this version stored them. */
  written: Rows;
  /** What the current code reads back (the same records, or as the upgrades rewrite them). */
  expected: Rows;
}

const v1Rows: Rows = {
  words: [
    {
      id: 1,
      simplified: '经济',
      traditional: '經濟',
      pinyin: 'jīng jì',
      definitions: ['economy'],
      key: '经济',
      state: 'learning',
      hsk2: 4,
      hsk3: 3,
      frequency: 1376,
      sites: ['news.example.cn'],
      note: '常见',
      addedAt: 1000,
      updatedAt: 2000,
    },
    {
      id: 2,
      simplified: '领导',
      traditional: '領導',
      pinyin: 'lǐng dǎo',
      definitions: ['leadership'],
      key: '领导',
      state: 'new',
      hsk2: null,
      hsk3: null,
      frequency: null,
      sites: [],
      note: '',
      addedAt: 1500,
      updatedAt: 1500,
    },
  ],
  contexts: [
    {
      id: 1,
      wordId: 1,
      sentence: '经济持续发展。',
      start: 0,
      length: 2,
      url: 'https://news.example.cn/a/1.html',
      title: '新闻',
      site: 'news.example.cn',
      published: null,
      clippingId: null,
      savedAt: 1000,
    },
  ],
  cards: [
    {
      wordId: 1,
      queue: 'review',
      due: 5000,
      stability: 2.3,
      difficulty: 5.1,
      elapsed_days: 0,
      scheduled_days: 1,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      last_review: 2000,
    },
    {
      wordId: 2,
      queue: 'new',
      due: 1500,
      stability: 0,
      difficulty: 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 0,
      lapses: 0,
      state: 0,
      last_review: null,
    },
  ],
  logs: [
    {
      id: 1,
      wordId: 1,
      rating: 3,
      review: 2000,
      state: 0,
      scheduled_days: 1,
      before: {
        card: {
          wordId: 1,
          queue: 'new',
          due: 1000,
          stability: 0,
          difficulty: 0,
          elapsed_days: 0,
          scheduled_days: 0,
          learning_steps: 0,
          reps: 0,
          lapses: 0,
          state: 0,
          last_review: null,
        },
        wordState: 'new',
      },
    },
  ],
};

/** One case per version that ever shipped, keyed by version number. v1 is the first schema: its data
 *  must open unchanged. Version N + 1 adds `N + 1: {…}` here (and the v1…N cases then check the
 *  upgrade path from each of them). */
const CASES: Record<number, UpgradeCase> = {
  1: { written: v1Rows, expected: v1Rows },
};

/** Writes `rows` with the schemas up to `version` only, as that release's code did. */
async function writtenBy(name: string, version: number, rows: Rows): Promise<void> {
  const old = new Dexie(name);
  VOCABULARY_SCHEMAS.slice(0, version).forEach((schema, i) => {
    old.version(i + 1).stores(schema);
  });
  await old.open();
  for (const table of ['words', 'contexts', 'cards', 'logs'] as const) {
    await old.table(table).bulkAdd(rows[table]);
  }
  old.close();
}

describe('vocabulary database upgrades', () => {
  it('has an upgrade case for every version in the schema list', () => {
    expect(CURRENT_VERSION).toBe(VOCABULARY_SCHEMAS.length);
    const missing = VOCABULARY_SCHEMAS.map((_, i) => i + 1).filter((v) => !(v in CASES));
    expect(missing, 'versions without an upgrade case').toEqual([]);
  });

  for (let version = 1; version <= VOCABULARY_SCHEMAS.length; version++) {
    it(`opens data written by v${version} under the current code`, async () => {
      const upgrade = CASES[version];
      if (!upgrade) throw new Error(`No upgrade case for v${version}`);
      const name = `vocabulary-upgrade-v${version}`;
      await writtenBy(name, version, upgrade.written);
      const db = openVocabularyDb(name);
      await db.open();
      expect(db.verno).toBe(CURRENT_VERSION);
      expect(await db.words.orderBy('id').toArray()).toEqual(upgrade.expected.words);
      expect(await db.contexts.orderBy('id').toArray()).toEqual(upgrade.expected.contexts);
      expect(await db.cards.orderBy('wordId').toArray()).toEqual(upgrade.expected.cards);
      expect(await db.logs.orderBy('id').toArray()).toEqual(upgrade.expected.logs);

      // The current code works on the old data: the indexes answer, a save finds the old word (either
      // script) and adds a context, the queue finds the old card and a grade goes through.
      expect((await wordStates(db)).get('经济')).toBe('learning');
      const again = await addWord(
        db,
        { ...jingji, simplified: '經濟' },
        contextAt('經濟增長。', '經濟'),
        undefined,
        9000,
      );
      expect(again).toMatchObject({ wordId: 1, created: false });
      expect(await contextsOf(db, 1)).toHaveLength(2);
      const item = await nextCard(db, DEFAULT_REVIEW_SETTINGS, 10_000, 0);
      expect(item?.word.simplified).toBe('经济');
      await gradeCard(db, 1, 3, DEFAULT_REVIEW_SETTINGS, 10_000);
      expect(await db.logs.where('wordId').equals(1).count()).toBe(2);
      db.close();
      await Dexie.delete(name);
    });
  }
});
