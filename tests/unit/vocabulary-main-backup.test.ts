// The vocabulary inside the main JSON backup (lib/clippings/files.ts with lib/vocabulary/main-backup.ts):
// a full export carries words, sentences, cards and review logs; import brings them back once (the same
// file twice adds nothing), and a file whose vocabulary part is bad changes neither database.
import { describe, expect, it } from 'vitest';
import { openClippingsDb, saveClipping } from '../../lib/clippings/db';
import { buildExport, importFile } from '../../lib/clippings/files';
import type { ClippingInput } from '../../lib/types';
import { addWord, listWords, openVocabularyDb } from '../../lib/vocabulary/db';
import { DEFAULT_REVIEW_SETTINGS, gradeCard } from '../../lib/vocabulary/review';
import { contextAt, fazhan, jingji } from './vocabulary-fixtures';

const clipping: ClippingInput = {
  url: 'https://a.example/1',
  title: '經濟新聞',
  site: '甲報',
  byline: null,
  published: '2025-01-02',
  kind: 'article',
  text: '经济持续发展。',
  script: 'zh-Hans',
  html: '<p>经济持续发展。</p>',
};

const fresh = () => ({
  clippings: openClippingsDb(`c-${Math.random()}`),
  words: openVocabularyDb(`v-${Math.random()}`),
});

async function source() {
  const dbs = fresh();
  await saveClipping(dbs.clippings, clipping, 1000);
  const saved = await addWord(dbs.words, jingji, contextAt('经济持续发展。', '经济'), undefined, 1000);
  await addWord(
    dbs.words,
    jingji,
    contextAt('香港經濟復甦。', '經濟', 'https://hk.example.com/b'),
    undefined,
    1100,
  );
  await addWord(dbs.words, fazhan, null, undefined, 1200);
  await gradeCard(dbs.words, saved.wordId, 4, DEFAULT_REVIEW_SETTINGS, 2000);
  return dbs;
}

async function counts(words: ReturnType<typeof openVocabularyDb>) {
  return {
    words: await words.words.count(),
    contexts: await words.contexts.count(),
    cards: await words.cards.count(),
    logs: await words.logs.count(),
  };
}

describe('vocabulary in the main JSON backup', () => {
  it('a full export carries the vocabulary and an import brings it back, once', async () => {
    const from = await source();
    const file = await buildExport(from.clippings, 'json', undefined, from.words);
    const parsed = JSON.parse(file.content) as { vocabulary?: { words: unknown[] } };
    expect(parsed.vocabulary?.words).toHaveLength(2);

    const to = fresh();
    const first = await importFile(to.clippings, file.content, to.words);
    expect(first.ok).toBe(true);
    expect(first.message).toMatch(/Vocabulary: 2 words, 2 sentences, 2 cards, 1 reviews added/);
    expect(await counts(to.words)).toEqual(await counts(from.words));
    const states = (await listWords(to.words)).map((w) => [w.simplified, w.state]);
    expect(states.sort()).toEqual((await listWords(from.words)).map((w) => [w.simplified, w.state]).sort());
    expect(await to.clippings.clippings.count()).toBe(1);

    const again = await importFile(to.clippings, file.content, to.words);
    expect(again.message).toMatch(/Vocabulary: 0 words, 0 sentences, 0 cards, 0 reviews added/);
    expect(await counts(to.words)).toEqual(await counts(from.words));
  });

  it('an export of selected clippings carries no vocabulary; a file without one imports as before', async () => {
    const from = await source();
    const ids = (await from.clippings.clippings.toArray()).map((c) => c.id);
    const file = await buildExport(from.clippings, 'json', ids, from.words);
    expect(JSON.parse(file.content)).not.toHaveProperty('vocabulary');
    const to = fresh();
    const result = await importFile(to.clippings, file.content, to.words);
    expect(result.ok).toBe(true);
    expect(await to.words.words.count()).toBe(0);
    expect(await to.clippings.clippings.count()).toBe(1);
  });

  it('a bad vocabulary record rejects the whole file: neither database changes', async () => {
    const from = await source();
    const file = JSON.parse((await buildExport(from.clippings, 'json', undefined, from.words)).content) as {
      vocabulary: { contexts: { start: unknown }[] };
    };
    const bad = file.vocabulary.contexts[1];
    if (bad) bad.start = 'nowhere';
    const to = fresh();
    const result = await importFile(to.clippings, JSON.stringify(file), to.words);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/contexts record 2 has an invalid “start”/);
    expect(await to.clippings.clippings.count()).toBe(0);
    expect(await counts(to.words)).toEqual({ words: 0, contexts: 0, cards: 0, logs: 0 });
  });

  it('a vocabulary that fails after the clippings were imported says so, not that the file was rejected', async () => {
    const from = await source();
    const file = await buildExport(from.clippings, 'json', undefined, from.words);
    const to = fresh();
    to.words.close(); // any storage failure in the second transaction, after the first committed
    const result = await importFile(to.clippings, file.content, to.words);
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^Imported: 1 new/);
    expect(result.message).toMatch(/Vocabulary not imported: .* Import the same file again/);
    expect(result.message).not.toMatch(/^Backup rejected/);
    expect(await to.clippings.clippings.count()).toBe(1);
  });
});
