import { describe, expect, it } from 'vitest';
import { exportAnkiTsv, noteOf, parseAnkiTsv } from '../../lib/vocabulary/anki';
import { exportVocabulary, importVocabulary, validateVocabularyBackup } from '../../lib/vocabulary/backup';
import { addWord, contextsOf, listWords, openVocabularyDb, setWordStates } from '../../lib/vocabulary/db';
import { parseKnownWords } from '../../lib/vocabulary/import-known';
import { filterWords, NO_FILTERS, plainPinyin, sortWords } from '../../lib/vocabulary/query';
import { DEFAULT_REVIEW_SETTINGS, gradeCard } from '../../lib/vocabulary/review';
import { contextAt, fazhan, jingji, lingdao } from './vocabulary-fixtures';

async function seeded(name?: string) {
  const db = openVocabularyDb(name);
  await addWord(db, jingji, contextAt('经济持续发展。', '经济'), { hsk2: 4, hsk3: 3, frequency: 1376 }, 1000);
  await addWord(db, fazhan, contextAt('香港發展迅速。', '發展', 'https://hk.example.com/b'), undefined, 2000);
  await addWord(db, lingdao, null, { hsk2: 5, hsk3: 4, frequency: 900 }, 3000);
  return db;
}

describe('vocabulary search, filters and sort', () => {
  it('finds a word in either script without spaces, by toneless pinyin or a definition', async () => {
    const words = await listWords(await seeded());
    const find = (query: string) => filterWords(words, { ...NO_FILTERS, query }).map((w) => w.simplified);
    expect(find('經濟')).toEqual(['经济']);
    expect(find('领导')).toEqual(['领导']);
    expect(find('jingji')).toEqual(['经济']);
    expect(find('lǐngdǎo')).toEqual(['领导']);
    expect(find('develop')).toEqual(['发展']);
    expect(find('不在')).toEqual([]);
    expect(plainPinyin('Lǜ shī')).toBe('lvshi');
  });

  it('filters by state, HSK and site and sorts by added, due and frequency', async () => {
    const db = await seeded();
    const words = await listWords(db);
    await setWordStates(db, [words[0]?.id ?? 0], 'known');
    const fresh = await listWords(db);
    const pick = (f: Partial<typeof NO_FILTERS>) =>
      filterWords(fresh, { ...NO_FILTERS, ...f }).map((w) => w.simplified);
    expect(pick({ state: 'known' })).toEqual(['经济']);
    expect(pick({ hsk: 4 })).toEqual(['领导']);
    expect(pick({ hsk: 0 })).toEqual(['发展']);
    expect(pick({ site: 'hk.example.com' })).toEqual(['发展']);
    expect(pick({ from: 1500, to: 2500 })).toEqual(['发展']);
    expect(pick({})).toEqual(['领导', '发展', '经济']);
    expect(pick({ sort: 'frequency' })).toEqual(['领导', '经济', '发展']);
    const due = new Map([
      [fresh[1]?.id ?? 0, 5],
      [fresh[2]?.id ?? 0, 9],
    ]);
    expect(sortWords([...fresh], 'due', (id) => due.get(id)).map((w) => w.simplified)).toEqual([
      '发展',
      '领导',
      '经济',
    ]);
  });
});

describe('known-words import', () => {
  it('reads one word a line, with reasons for the rows it refuses', () => {
    const parsed = parseKnownWords('经济\n發展\n\nhello\n经济\n一二三四五六七八九十一二三四五六七\n');
    expect(parsed.words.map((w) => w.word)).toEqual(['经济', '發展']);
    expect(parsed.duplicates).toBe(1);
    expect(parsed.errors.map((e) => [e.line, e.reason])).toEqual([
      [3, 'empty'],
      [4, 'not-chinese'],
      [6, 'too-long'],
    ]);
  });

  it('reads the chosen column of an Anki TSV, a Pleco export and a Skritter CSV', () => {
    const anki = parseKnownWords('#separator:tab\n#html:true\njīngjì\t<b>经济</b>\neconomy\n', { column: 1 });
    expect(anki.delimiter).toBe('tab');
    expect(anki.words.map((w) => w.word)).toEqual(['经济']);
    expect(anki.errors).toEqual([{ line: 4, reason: 'missing-column', text: 'economy' }]);
    const pleco = parseKnownWords('经济[經濟]\tjing1ji4\teconomy\n');
    expect(pleco.words).toEqual([{ line: 1, word: '经济', traditional: '經濟' }]);
    const skritter = parseKnownWords('word,reading,definition\n"领导","lǐngdǎo","to lead, leader"\n', {
      header: true,
    });
    expect(skritter.delimiter).toBe('comma');
    expect(skritter.words.map((w) => w.word)).toEqual(['领导']);
    expect(skritter.errors).toEqual([]);
  });
});

describe('Anki export', () => {
  it('writes Anki file headers, and parsed back equals the words and their sentences', async () => {
    const db = await seeded();
    const words = await listWords(db);
    // Awkward content on purpose: HTML characters, a tab and a definition with a semicolon.
    const tricky = { ...words[0]!, definitions: ['<b>economy</b> & more', 'a; b\tc'] };
    const notes = [];
    for (const w of [tricky, ...words.slice(1)]) notes.push(noteOf(w, (await contextsOf(db, w.id))[0]));
    const tsv = exportAnkiTsv(notes, 'Wenzhai\tnews', ['wenzhai', 'news words']);
    const lines = tsv.split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '#separator:tab',
      '#html:true',
      '#columns:Simplified\tTraditional\tPinyin\tDefinitions\tSentence\tSource',
      '#deck:Wenzhai news',
      '#tags:wenzhai news_words',
    ]);
    expect(lines[5]?.split('\t')).toHaveLength(6);
    expect(lines[5]).toContain('<b>经济</b>持续发展。');
    const parsed = parseAnkiTsv(tsv);
    expect(parsed.headers.deck).toBe('Wenzhai news');
    expect(parsed.notes).toEqual(notes);
  });
});

describe('vocabulary backup', () => {
  it('round-trips words, contexts, cards and logs, and importing twice changes nothing more', async () => {
    const source = await seeded('source');
    const [first] = await listWords(source);
    await gradeCard(source, first!.id, 3, DEFAULT_REVIEW_SETTINGS, 5000);
    const backup = JSON.parse(JSON.stringify(await exportVocabulary(source)));
    expect(validateVocabularyBackup(backup)).toEqual([]);

    const target = openVocabularyDb('target');
    await addWord(target, lingdao, contextAt('领导讲话。', '领导'), undefined, 100);
    const once = await importVocabulary(target, backup);
    // 领导's card in the target is as fresh as the backup's (never reviewed): it stays.
    expect(once).toEqual({ words: 3, contexts: 2, cards: 2, logs: 1 });
    const snapshot = await exportVocabulary(target, 0);
    const twice = await importVocabulary(target, backup);
    expect(twice).toEqual({ words: 0, contexts: 0, cards: 0, logs: 0 });
    expect(await exportVocabulary(target, 0)).toEqual(snapshot);
    expect(await target.words.count()).toBe(3);
    expect(await target.contexts.count()).toBe(3);
    const graded = (await listWords(target)).find((w) => w.simplified === first!.simplified);
    expect(graded?.state).toBe('learning');
    expect((await target.cards.get(graded!.id))?.reps).toBe(1);
  });

  it('rejects a bad file record by record and writes nothing', async () => {
    const source = await seeded('source');
    const backup = JSON.parse(JSON.stringify(await exportVocabulary(source)));
    backup.words[1].state = 'famous';
    backup.contexts[0].start = -1;
    backup.logs.push({ wordId: 999 });
    expect(validateVocabularyBackup(backup)).toEqual([
      { table: 'words', index: 1, field: 'state' },
      { table: 'contexts', index: 0, field: 'start' },
      { table: 'logs', index: 0, field: 'rating' },
    ]);
    expect(validateVocabularyBackup({ format: 'other' })).toEqual([
      { table: 'file', index: 0, field: 'format' },
    ]);
    const target = openVocabularyDb('target');
    await expect(importVocabulary(target, backup)).rejects.toThrow(/Invalid vocabulary backup/);
    expect(await target.words.count()).toBe(0);
    const orphan = JSON.parse(JSON.stringify(await exportVocabulary(source)));
    orphan.contexts[0].wordId = 4242;
    expect(validateVocabularyBackup(orphan)).toEqual([{ table: 'contexts', index: 0, field: 'wordId' }]);
  });
});
