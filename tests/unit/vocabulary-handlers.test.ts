import { describe, expect, it } from 'vitest';
import { dispatch } from '../../lib/dispatch/dispatch';
import type { CallContext } from '../../lib/protocol/sender';
import { openVocabularyDb } from '../../lib/vocabulary/db';
import { createVocabularyHandlers } from '../../lib/vocabulary/handlers';
import { parseHsk } from '../../lib/vocabulary/hsk';
import { DEFAULT_REVIEW_SETTINGS } from '../../lib/vocabulary/review';
import { nonEmpty } from './non-empty';
import { contextAt, fazhan, jingji } from './vocabulary-fixtures';

const extensionOrigin = 'chrome-extension://ext/';
const tab: CallContext = {
  sender: { id: 'ext', url: 'https://news.example.cn/a/1.html', tab: { id: 3 } },
  extensionOrigin,
};
const page: CallContext = {
  sender: { id: 'ext', url: 'chrome-extension://ext/vocabulary.html' },
  extensionOrigin,
};

function setup() {
  const db = openVocabularyDb();
  let changes = 0;
  const handlers = createVocabularyHandlers({
    db: () => db,
    hsk: async () => parseHsk('#h\n经济\t經濟\t4\t3\t1376\n'),
    reviewSettings: async () => DEFAULT_REVIEW_SETTINGS,
    changed: () => {
      changes++;
    },
  });
  const call = (name: string, params: unknown, ctx = tab) =>
    dispatch(handlers, { wenzhai: 1, to: 'background', name, params }, ctx);
  return { db, call, changes: () => changes };
}

describe('vocabulary background handlers', () => {
  it('saves a word twice as one word with two contexts, with HSK, and undoes a save', async () => {
    const { db, call, changes } = setup();
    const first = await call('saveWord', { entry: jingji, context: contextAt('经济持续发展。', '经济') });
    expect(first).toMatchObject({ ok: true, value: { created: true, hsk3: 3 } });
    const second = await call('saveWord', { entry: jingji, context: contextAt('經濟好轉。', '經濟') });
    expect(second).toMatchObject({ ok: true, value: { created: false } });
    expect(await db.words.count()).toBe(1);
    expect(await db.contexts.count()).toBe(2);
    expect((await db.words.toArray())[0]?.hsk2).toBe(4);
    expect(changes()).toBe(2);
    const wordId = first.ok ? (first.value as { wordId: number }).wordId : 0;
    expect(await call('undoSaveWord', { wordId })).toEqual({ ok: true, value: { undone: true } });
    expect(await db.contexts.count()).toBe(1);
    expect(await call('undoSaveWord', { wordId })).toEqual({ ok: true, value: { undone: false } });
  });

  it('rejects malformed words and contexts', async () => {
    const { call } = setup();
    const bad = [
      { entry: { ...jingji, simplified: '', traditional: '' }, context: null },
      { entry: { ...jingji, definitions: 'economy' }, context: null },
      { entry: jingji, context: { ...contextAt('经济。', '经济'), start: 5 } },
      { entry: jingji },
    ];
    for (const params of nonEmpty(bad)) expect((await call('saveWord', params)).ok).toBe(false);
  });

  it('sets a state, answers the states of a page’s words in either script, and marks known in bulk', async () => {
    const { call } = setup();
    await call('setWordState', { entry: jingji, state: 'learning' });
    const states = await call('wordStates', { words: ['經濟', '发展', '不在'] });
    expect(states).toEqual({ ok: true, value: { states: { 經濟: 'learning' } } });
    const bulk = await call('markWordsKnown', { entries: [jingji, fazhan] });
    expect(bulk).toMatchObject({ ok: true, value: { created: 1, changed: 0 } });
    const after = await call('wordStates', { words: ['经济', '發展'] });
    expect(after).toEqual({ ok: true, value: { states: { 经济: 'learning', 發展: 'known' } } });
    const token = bulk.ok ? (bulk.value as { token: number }).token : 0;
    expect(await call('undoMarkWordsKnown', { token })).toEqual({ ok: true, value: { undone: true } });
    expect(await call('wordStates', { words: ['发展'] })).toEqual({ ok: true, value: { states: {} } });
  });

  it('gives due counts to extension pages only', async () => {
    const { call } = setup();
    await call('saveWord', { entry: jingji, context: null });
    expect(await call('vocabularyDue', {}, page)).toEqual({ ok: true, value: { new: 1, review: 0 } });
    expect(await call('vocabularyDue', {}, tab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
