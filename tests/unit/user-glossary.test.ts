import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../lib/background/handler-map';
import { openClippingsDb } from '../../lib/clippings/db';
import { listUserTerms, openUserGlossaryDb, putUserTerm } from '../../lib/glossary/user-db';
import {
  exportGlossary,
  parseDelimited,
  parseGlossaryImport,
  userTermsFromFile,
} from '../../lib/glossary/user-io';
import { createUserStore } from '../../lib/glossary/user-store';
import { createUserIndex, userTermProblem } from '../../lib/glossary/user-term';
import { dispatch, envelope } from '../../lib/messages';

describe('user term validation', () => {
  it('names what is wrong', () => {
    expect(userTermProblem({ term: '起源', pinyin: '', definition: 'origin', note: '' })).toBeNull();
    expect(userTermProblem({ term: '', definition: 'x' })).toBe('the term is empty');
    expect(userTermProblem({ term: 'abc', definition: 'x' })).toBe('the term has no Chinese characters');
    expect(userTermProblem({ term: '起 源', definition: 'x' })).toBe('the term contains spaces');
    expect(userTermProblem({ term: '起源', definition: ' ' })).toBe('the definition is empty');
    expect(userTermProblem({ term: '起源', definition: 'x', note: 3 })).toBe('note must be text');
    expect(userTermProblem({ term: '一二三四五六七八九十一二三四五六七', definition: 'x' })).toMatch(
      /longer than 16/,
    );
    expect(userTermProblem('起源')).toBe('not a term object');
  });
});

describe('import and export', () => {
  it('reads quoted CSV fields with commas, quotes and newlines, and reports their line', () => {
    const rows = parseDelimited('a,"b, ""c""",d\r\n"multi\nline",x\n\n', ',');
    expect(rows).toEqual([
      { line: 1, cells: ['a', 'b, "c"', 'd'] },
      { line: 2, cells: ['multi\nline', 'x'] },
    ]);
  });

  it('accepts CSV with or without a header, TSV and JSON', () => {
    const withHeader = parseGlossaryImport('definition,term\norigin,起源\n', 'csv');
    expect(withHeader).toEqual({
      terms: [{ term: '起源', pinyin: '', definition: 'origin', note: '' }],
      rejected: [],
    });
    const bare = parseGlossaryImport('六稳\tliù wěn\tsix stabilities\tmy note\n', 'tsv');
    expect(bare.terms[0]).toEqual({
      term: '六稳',
      pinyin: 'liù wěn',
      definition: 'six stabilities',
      note: 'my note',
    });
    const json = parseGlossaryImport('{"terms":[{"term":"双区","definition":"two zones"}]}', 'json');
    expect(json.terms).toHaveLength(1);
  });

  it('rejects bad rows one by one with their row number', () => {
    const parsed = parseGlossaryImport(
      'term,pinyin,definition\n起源,,origin\nabc,,x\n六稳,,\n六保,,a,b,c\n',
      'csv',
    );
    expect(parsed.terms).toHaveLength(1);
    expect(parsed.rejected).toEqual([
      { row: 3, message: 'the term has no Chinese characters' },
      { row: 4, message: 'the definition is empty' },
      { row: 5, message: '5 columns, expected at most 3' },
    ]);
    expect(parseGlossaryImport('[{"term":1}]', 'json').rejected[0]).toEqual({
      row: 1,
      message: 'term must be text',
    });
    expect(parseGlossaryImport('{', 'json').rejected[0]?.message).toMatch(/not valid JSON/);
    expect(parseGlossaryImport('', 'csv').rejected[0]?.message).toBe('no terms in the file');
  });

  it('round-trips every format', () => {
    const terms = [
      {
        id: 1,
        term: '起源',
        pinyin: 'qǐ yuán',
        definition: 'origin, "root"',
        note: 'line1\nline2',
        updatedAt: 0,
      },
      { id: 2, term: '六稳', pinyin: '', definition: 'six\tstabilities', note: '', updatedAt: 0 },
    ];
    for (const format of ['csv', 'tsv', 'json'] as const) {
      const back = parseGlossaryImport(exportGlossary(terms, format), format);
      expect(back.rejected).toEqual([]);
      expect(back.terms).toEqual(
        terms.map(({ term, pinyin, definition, note }) => ({ term, pinyin, definition, note })),
      );
    }
    expect(userTermsFromFile('term,definition\n起源,origin\n', 'my.csv')[0]).toMatchObject({
      id: 1,
      term: '起源',
    });
    expect(() => userTermsFromFile('term,definition\nabc,x\n', 'my.csv')).toThrow(
      /row 2: the term has no Chinese/,
    );
    expect(() => userTermsFromFile('', 'my.doc')).toThrow(/\.csv, \.tsv or \.json/);
  });
});

describe('user glossary store (Dexie, through the background)', () => {
  const setup = () => {
    const db = openUserGlossaryDb(`wenzhai-glossary-test-${Math.random()}`);
    const store = createUserStore(() => db);
    const handlers = createBackgroundHandlers({
      extensionId: 'abc',
      extensionOrigin: 'chrome-extension://abc/',
      db: () => openClippingsDb(),
      lookup: async () => ({ matchLength: 0, entries: [] }),
      injectContentScript: async () => {},
      injectConverter: async () => {},
      injectClipper: async () => {},
      glossary: { ...store, matches: async () => [] },
    });
    return { db, store, handlers };
  };
  const page = {
    extensionOrigin: 'chrome-extension://abc/',
    sender: { id: 'abc', url: 'chrome-extension://abc/options.html' },
  };
  const tab = {
    extensionOrigin: 'chrome-extension://abc/',
    sender: { id: 'abc', url: 'https://news.example/', tab: { id: 4 } },
  };

  it('adds, updates (also by headword), deletes, and refreshes the lookup index each time', async () => {
    const { db, store } = setup();
    const id = await store.put({ term: '起源', pinyin: '', definition: 'origin', note: '' });
    expect(store.index().lookup('起源的')[0]).toMatchObject({ userId: id, definitions: ['origin'] });
    expect(await store.put({ term: '起源', pinyin: 'qǐ yuán', definition: 'source', note: '' })).toBe(id);
    expect(await listUserTerms(db)).toHaveLength(1);
    await store.put({ term: '起点', pinyin: '', definition: 'start', note: '' }, id);
    expect(store.index().lookup('起源')).toEqual([]);
    expect(store.index().lookup('起点')[0]?.definitions).toEqual(['start']);
    expect(await store.remove(id)).toBe(true);
    expect(store.index().size).toBe(0);
    await expect(store.put({ term: '起源', pinyin: '', definition: 'x', note: '' }, 999)).rejects.toThrow(
      /No term/,
    );
  });

  it('imports all rows in one transaction, or none when any row is rejected', async () => {
    const { db, store } = setup();
    await putUserTerm(db, { term: '六稳', pinyin: '', definition: 'old', note: '' });
    const bad = await store.importText('term,definition\n六稳,new\n双区,two zones\nabc,x\n', 'csv');
    expect(bad).toEqual({
      imported: 0,
      rejected: [{ row: 4, message: 'the term has no Chinese characters' }],
    });
    expect((await listUserTerms(db)).map((t) => t.definition)).toEqual(['old']);
    const good = await store.importText('term,definition\n六稳,new\n双区,two zones\n', 'csv');
    expect(good).toEqual({ imported: 2, rejected: [] });
    expect((await listUserTerms(db)).map((t) => `${t.term}:${t.definition}`)).toEqual([
      '六稳:new',
      '双区:two zones',
    ]);
    expect(store.index().size).toBe(2);
  });

  it('lists and imports only for extension pages; tabs may save and delete terms', async () => {
    const { handlers } = setup();
    const list = envelope('background', 'userTerms', {});
    expect(await dispatch(handlers, list, tab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const put = envelope('background', 'putUserTerm', {
      term: { term: '起源', pinyin: '', definition: 'o', note: '' },
    });
    expect(await dispatch(handlers, put, tab)).toEqual({ ok: true, value: { id: 1 } });
    expect(await dispatch(handlers, list, page)).toMatchObject({ ok: true, value: [{ term: '起源' }] });
    const bad = envelope('background', 'putUserTerm', {
      term: { term: 'x', pinyin: '', definition: '', note: '' },
    });
    expect(await dispatch(handlers, bad, tab)).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const imp = envelope('background', 'importUserTerms', {
      text: 'term,definition\n起源,o\n',
      format: 'csv',
    });
    expect(await dispatch(handlers, imp, tab)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(handlers, envelope('background', 'deleteUserTerm', { id: 1 }), tab)).toEqual({
      ok: true,
      value: { deleted: true },
    });
  });

  it('is a prefix index, longest first', () => {
    const index = createUserIndex([
      { id: 1, term: '十四', pinyin: '', definition: 'a', note: '', updatedAt: 0 },
      { id: 2, term: '十四五', pinyin: '', definition: 'b', note: '', updatedAt: 0 },
    ]);
    expect(index.lookup('十四五规划').map((e) => e.simplified)).toEqual(['十四五', '十四']);
    const found: number[] = [];
    index.prefixCosts('规划十四五', 2, 16, (length) => found.push(length));
    expect(found).toEqual([3, 2]);
  });
});
