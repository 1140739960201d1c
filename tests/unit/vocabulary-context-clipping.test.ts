// A saved word's context names the clipping its page was saved as (issue 17 §1), matched by URL in
// the background against the real clippings database.
import { describe, expect, it } from 'vitest';
import { openClippingsDb, saveClipping } from '../../lib/clippings/db';
import { dispatch } from '../../lib/dispatch/dispatch';
import type { CallContext } from '../../lib/protocol/sender';
import type { ClippingInput } from '../../lib/types';
import { clippingForContext, fillClippings, pageUrl } from '../../lib/vocabulary/context-clipping';
import { addWord, contextsOf, openVocabularyDb } from '../../lib/vocabulary/db';
import { createVocabularyHandlers } from '../../lib/vocabulary/handlers';
import { DEFAULT_REVIEW_SETTINGS } from '../../lib/vocabulary/review';
import { contextAt, fazhan, jingji } from './vocabulary-fixtures';

const url = 'https://news.example.cn/a/1.html';
const article: ClippingInput = {
  url,
  title: '经济新闻',
  site: 'news.example.cn',
  byline: null,
  published: null,
  kind: 'article',
  text: '经济持续发展。香港發展迅速。',
  script: 'zh-Hans',
};
const tab: CallContext = {
  sender: { id: 'ext', url, tab: { id: 3 } },
  extensionOrigin: 'chrome-extension://ext/',
};

describe('the clipping of a saved word’s context', () => {
  it('is the article saved from the page (URL or canonical URL, fragment ignored), else null', async () => {
    const clippings = openClippingsDb(`ctx-clip-${Math.random()}`);
    expect(await clippingForContext(clippings, url, '经济持续发展。')).toBeNull();
    const { id } = await saveClipping(clippings, article);
    expect(await clippingForContext(clippings, url, '经济持续发展。')).toBe(id);
    expect(await clippingForContext(clippings, `${url}#comments`, '经济持续发展。')).toBe(id);
    expect(await clippingForContext(clippings, 'https://news.example.cn/a/2.html', '经济')).toBeNull();
    const moved = await saveClipping(clippings, {
      ...article,
      url: 'https://m.example.cn/3',
      canonicalUrl: 'https://news.example.cn/a/3.html',
    });
    expect(await clippingForContext(clippings, 'https://news.example.cn/a/3.html', '')).toBe(moved.id);
    expect(pageUrl('https://a.example/x#y')).toBe('https://a.example/x');
  });

  it('falls back to a saved selection of that page holding the sentence', async () => {
    const clippings = openClippingsDb(`ctx-sel-${Math.random()}`);
    const { id } = await saveClipping(clippings, {
      ...article,
      kind: 'selection',
      text: '香港發展迅速。',
    });
    expect(await clippingForContext(clippings, url, '香港發展迅速。')).toBe(id);
    expect(await clippingForContext(clippings, url, '经济持续发展。')).toBeNull();
  });

  it('is filled by saveWord in the background, and stays null when the clippings fail', async () => {
    const clippings = openClippingsDb(`ctx-save-${Math.random()}`);
    const { id } = await saveClipping(clippings, article);
    const db = openVocabularyDb(`ctx-words-${Math.random()}`);
    let broken = false;
    const handlers = createVocabularyHandlers({
      db: () => db,
      hsk: async () => null,
      reviewSettings: async () => DEFAULT_REVIEW_SETTINGS,
      clippingFor: (u, s) =>
        broken ? Promise.reject(new Error('gone')) : clippingForContext(clippings, u, s),
    });
    const save = (params: unknown) =>
      dispatch(handlers, { wenzhai: 1, to: 'background', name: 'saveWord', params }, tab);
    const saved = await save({ entry: jingji, context: contextAt('经济持续发展。', '经济', url) });
    expect(saved.ok).toBe(true);
    const wordId = saved.ok ? (saved.value as { wordId: number }).wordId : 0;
    expect((await contextsOf(db, wordId))[0]?.clippingId).toBe(id);
    broken = true;
    const other = await save({ entry: fazhan, context: contextAt('香港發展迅速。', '發展', url) });
    const otherId = other.ok ? (other.value as { wordId: number }).wordId : 0;
    expect(other.ok).toBe(true);
    expect((await contextsOf(db, otherId))[0]?.clippingId).toBeNull();
  });

  it('is filled in later for a word saved before its page was, and stored', async () => {
    const clippings = openClippingsDb(`ctx-late-${Math.random()}`);
    const db = openVocabularyDb(`ctx-late-words-${Math.random()}`);
    const { wordId } = await addWord(db, jingji, contextAt('经济持续发展。', '经济', url), undefined);
    const early = await contextsOf(db, wordId);
    expect(await fillClippings(db, clippings, early)).toEqual(early);
    const { id } = await saveClipping(clippings, article);
    const filled = await fillClippings(db, clippings, early);
    expect(filled.map((c) => c.clippingId)).toEqual([id]);
    expect((await contextsOf(db, wordId)).map((c) => c.clippingId)).toEqual([id]);
  });
});
