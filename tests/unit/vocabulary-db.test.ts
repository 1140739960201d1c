import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  addWord,
  contextsOf,
  deleteWords,
  listWords,
  markKnown,
  newestWords,
  openVocabularyDb,
  restoreWordStates,
  restoreWords,
  setWordStates,
  undoAddWord,
  undoMarkKnown,
  updateWord,
  wordStates,
} from '../../lib/vocabulary/db';
import { CURRENT_VERSION } from '../../lib/vocabulary/versions';
import { contextAt, fazhan, jingji, lingdao } from './vocabulary-fixtures';

const hsk = { hsk2: 4, hsk3: 3, frequency: 1376 };

describe('vocabulary db', () => {
  it('adds a word once: the same word again (either script) adds only another context', async () => {
    const db = openVocabularyDb();
    const first = await addWord(db, jingji, contextAt('经济持续发展。', '经济'), hsk, 1000);
    const again = await addWord(
      db,
      { ...jingji, simplified: '經濟' },
      contextAt('香港經濟復甦。', '經濟', 'https://hk.example.com/b'),
      hsk,
      2000,
    );
    expect(first.created).toBe(true);
    expect(again).toMatchObject({ wordId: first.wordId, created: false });
    expect(await db.words.count()).toBe(1);
    const contexts = await contextsOf(db, first.wordId);
    expect(contexts.map((c) => c.sentence)).toEqual(['香港經濟復甦。', '经济持续发展。']);
    expect(contexts[0]).toMatchObject({ start: 2, length: 2, savedAt: 2000 });
    const [word] = await listWords(db);
    expect(word).toMatchObject({ state: 'new', hsk3: 3, hsk2: 4, frequency: 1376, addedAt: 1000 });
    expect(word?.sites).toEqual(['news.example.cn', 'hk.example.com']);
    expect(await db.cards.get(first.wordId)).toMatchObject({ queue: 'new', state: 0 });
    // The very same context twice is kept once.
    const third = await addWord(db, jingji, contextAt('经济持续发展。', '经济'), hsk, 3000);
    expect(third.contextId).toBeNull();
    expect(await db.contexts.count()).toBe(2);
  });

  it('undoes a save: the context, or the word with its card when it was new', async () => {
    const db = openVocabularyDb();
    const first = await addWord(db, jingji, contextAt('经济持续发展。', '经济'), hsk);
    const second = await addWord(db, jingji, contextAt('经济好转。', '经济'), hsk);
    await undoAddWord(db, second);
    expect(await db.contexts.count()).toBe(1);
    await undoAddWord(db, first);
    expect(await db.words.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
    expect(await db.contexts.count()).toBe(0);
  });

  it('sets states (cards leave the queues when known) and puts them back', async () => {
    const db = openVocabularyDb();
    const a = await addWord(db, jingji, null, undefined);
    const b = await addWord(db, fazhan, null, undefined);
    await setWordStates(db, [a.wordId], 'learning');
    const previous = await setWordStates(db, [a.wordId, b.wordId], 'known');
    expect(previous).toEqual([
      { id: a.wordId, state: 'learning' },
      { id: b.wordId, state: 'new' },
    ]);
    expect((await db.cards.toArray()).map((c) => c.queue)).toEqual(['off', 'off']);
    expect(await wordStates(db)).toEqual(
      new Map([
        ['经济', 'known'],
        ['发展', 'known'],
      ]),
    );
    await restoreWordStates(db, previous);
    expect((await listWords(db)).map((w) => w.state)).toEqual(['learning', 'new']);
    expect((await db.cards.get(b.wordId))?.queue).toBe('new');
  });

  it('marks the rest of an article known in bulk, and undoes it exactly', async () => {
    const db = openVocabularyDb();
    const a = await addWord(db, jingji, null, undefined);
    const b = await addWord(db, fazhan, null, undefined);
    await setWordStates(db, [b.wordId], 'learning');
    const undo = await markKnown(
      db,
      [jingji, fazhan, lingdao, { ...lingdao, simplified: '領導' }],
      () => hsk,
    );
    expect(undo.changed).toEqual([{ id: a.wordId, state: 'new' }]);
    expect(undo.created).toHaveLength(1);
    expect(Object.fromEntries((await listWords(db)).map((w) => [w.simplified, w.state]))).toEqual({
      经济: 'known',
      发展: 'learning',
      领导: 'known',
    });
    await undoMarkKnown(db, undo);
    expect(Object.fromEntries((await listWords(db)).map((w) => [w.simplified, w.state]))).toEqual({
      经济: 'new',
      发展: 'learning',
    });
    expect(await db.cards.count()).toBe(2);
  });

  it('edits, deletes with everything it owns, and restores on undo', async () => {
    const db = openVocabularyDb();
    const a = await addWord(db, jingji, contextAt('经济持续发展。', '经济'), hsk, 1000);
    await updateWord(db, a.wordId, { note: '常用', definitions: ['economy'] }, 1500);
    const snapshot = await deleteWords(db, [a.wordId]);
    expect(snapshot.words).toHaveLength(1);
    expect(snapshot.contexts).toHaveLength(1);
    expect(snapshot.cards).toHaveLength(1);
    expect(await db.words.count()).toBe(0);
    expect(await db.contexts.count()).toBe(0);
    await restoreWords(db, snapshot);
    const [word] = await listWords(db);
    expect(word).toMatchObject({ note: '常用', definitions: ['economy'], updatedAt: 1500 });
    expect(await db.contexts.count()).toBe(1);
  });

  it('reads the newest words first from the index', async () => {
    const db = openVocabularyDb();
    await addWord(db, jingji, null, undefined, 3000);
    await addWord(db, fazhan, null, undefined, 1000);
    await addWord(db, lingdao, null, undefined, 2000);
    expect((await newestWords(db, 2)).map((w) => w.simplified)).toEqual(['经济', '领导']);
  });

  it('rejects a word without characters', async () => {
    const db = openVocabularyDb();
    await expect(
      addWord(db, { ...jingji, simplified: '', traditional: '' }, null, undefined),
    ).rejects.toThrow();
  });

  it('is at schema version 1 (an upgrade test comes with version 2)', async () => {
    const db = openVocabularyDb();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['cards', 'contexts', 'logs', 'words']);
    db.close();
    await Dexie.delete(db.name);
  });
});
