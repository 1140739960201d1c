import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileCedict, parseCedictLine } from '../../lib/dictionary/compile';
import { DictionaryFormatError, loadDictionary } from '../../lib/dictionary/dictionary';
import { DEFAULT_DICTIONARY_PATH, loadDictionaryFromDisk } from '../../lib/dictionary/node';

const CEDICT = `# a tiny CEDICT for tests
#! version=1
領 领 [ling3] /neck/collar/to lead/
領導 领导 [ling3 dao3] /to lead/leader/CL:位[wei4],個|个[ge4]/
領導人 领导人 [ling3 dao3 ren2] /leader/
人 人 [ren2] /person/
王 王 [Wang2] /surname Wang/
王 王 [wang2] /king/
干 干 [gan1] /to concern/
幹 干 [gan4] /tree trunk/to do/
乾 干 [gan1] /dry/
幹部 干部 [gan4 bu4] /cadre/
了 了 [le5] /(completed action marker)/
了 了 [le5] /(completed action marker)/
𠀋 𠀋 [zhang4] /a rare character outside the BMP/
𠀋𠀋 𠀋𠀋 [zhang4 zhang4] /a made-up word of two astral characters/
a 一 [yi1] /one/
一二三四五六七八 一二三四五六七八 [yi1 er4 san1 si4 wu3 liu4 qi1 ba1] /counting/
一二 一二 [yi1 er4] /one or two/
一二三 一二三 [yi1 er4 san1] /one two three/
一二三四 一二三四 [yi1 er4 san1 si4] /one to four/
一二三四五 一二三四五 [yi1 er4 san1 si4 wu3] /one to five/
一二三四五六 一二三四五六 [yi1 er4 san1 si4 wu3 liu4] /one to six/
一二三四五六七 一二三四五六七 [yi1 er4 san1 si4 wu3 liu4 qi1] /one to seven/
一 一 [yi1] /one/
this line is malformed
乙 乙 [yi3] /second/
`;
// A headword ending in a lone high surrogate: only the "never split a pair" rule keeps it from matching.
const BROKEN_KEY = '乙\ud840';
const SOURCE = `${CEDICT}${BROKEN_KEY} ${BROKEN_KEY} [yi3] /broken/\n`;

const dict = loadDictionary(compileCedict(SOURCE));
const heads = (text: string, max?: number): string[] =>
  dict.lookup(text, max).entries.map((e) => `${e.simplified}|${e.pinyin}`);

describe('compileCedict', () => {
  it('parses lines and converts pinyin in brackets', () => {
    const e = parseCedictLine('領導 领导 [ling3 dao3] /to lead/leader/CL:位[wei4],個|个[ge4]/');
    expect(e).toEqual({
      traditional: '領導',
      simplified: '领导',
      pinyin: 'lǐng dǎo',
      definitions: ['to lead', 'leader', 'CL:位[wèi],個|个[gè]'],
    });
    expect(parseCedictLine('# comment')).toBeNull();
    expect(parseCedictLine('garbage')).toBeNull();
  });

  it('is deterministic and counts entries and keys', () => {
    const stats = {};
    const a = new Uint8Array(compileCedict(SOURCE, stats));
    const b = new Uint8Array(compileCedict(SOURCE));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(stats).toMatchObject({ entries: 24, skipped: 1, duplicates: 1 });
    expect(dict.entryCount).toBe(24);
  });

  it('rejects buffers that are not dictionaries', () => {
    expect(() => loadDictionary(new ArrayBuffer(8))).toThrow(DictionaryFormatError);
    expect(() => loadDictionary(new ArrayBuffer(256))).toThrow(/Not a Wenzhai/);
    const truncated = compileCedict(CEDICT).slice(0, 200);
    expect(() => loadDictionary(truncated)).toThrow(DictionaryFormatError);
  });
});

describe('lookup', () => {
  it('returns the longest match first, then shorter words', () => {
    const r = dict.lookup('领导人会议');
    expect(r.matchLength).toBe(3);
    expect(heads('领导人会议')).toEqual(['领导人|lǐng dǎo rén', '领导|lǐng dǎo', '领|lǐng']);
    expect(r.entries[0]).toEqual({
      traditional: '領導人',
      simplified: '领导人',
      pinyin: 'lǐng dǎo rén',
      definitions: ['leader'],
      source: 'cedict',
    });
    expect(r.entries[1]?.definitions).toEqual(['to lead', 'leader', 'CL:位[wèi],個|个[gè]']);
  });

  it('finds traditional and simplified keys alike', () => {
    expect(dict.lookup('領導人會議').matchLength).toBe(3);
    expect(dict.lookup('領導').entries[0]?.simplified).toBe('领导');
    expect(dict.has('領導')).toBe(true);
    expect(dict.has('领导')).toBe(true);
    expect(dict.has('领导者')).toBe(false);
    expect(dict.has('')).toBe(false);
  });

  it('returns every entry of a headword, common readings before proper nouns, without duplicates', () => {
    expect(heads('王')).toEqual(['王|wáng', '王|Wáng']);
    expect(heads('了')).toEqual(['了|le']);
    expect(dict.get('干').map((e) => e.traditional)).toEqual(['干', '幹', '乾']);
    expect(heads('干部')).toEqual(['干部|gàn bù', '干|gān', '干|gàn', '干|gān']);
  });

  it('reports no match with matchLength 0', () => {
    expect(dict.lookup('会议')).toEqual({ matchLength: 0, entries: [] });
    expect(dict.lookup('')).toEqual({ matchLength: 0, entries: [] });
    expect(dict.matchLength('会议')).toBe(0);
  });

  it('respects max and never splits surrogate pairs', () => {
    expect(dict.lookup('领导人', 2).matchLength).toBe(2);
    expect(dict.lookup('𠀋𠀋x').matchLength).toBe(4);
    // With max 3 the second astral character would be cut in half: fall back to the first one.
    expect(dict.lookup('𠀋𠀋x', 3)).toMatchObject({ matchLength: 2 });
    expect(heads('𠀋𠀋')).toEqual(['𠀋𠀋|zhàng zhàng', '𠀋|zhàng']);
    expect(dict.has(BROKEN_KEY)).toBe(true);
    expect(dict.lookup('乙𠀋')).toMatchObject({ matchLength: 1, entries: [{ definitions: ['second'] }] });
    expect(dict.lookup(BROKEN_KEY).matchLength).toBe(2); // a lone surrogate at the end splits nothing
  });

  it('stops at seven headwords', () => {
    const r = dict.lookup('一二三四五六七八九');
    expect(r.matchLength).toBe(8);
    expect(new Set(r.entries.map((e) => e.simplified)).size).toBe(7);
    expect(r.entries.at(-1)?.simplified).toBe('一二');
    expect(dict.matchLength('一二三四五六七八九')).toBe(8);
  });

  it('matches ASCII headwords too', () => {
    expect(dict.lookup('abc').matchLength).toBe(1);
  });
});

describe.runIf(existsSync(DEFAULT_DICTIONARY_PATH))(
  'compiled CC-CEDICT (public/dict/words.bin + definitions.bin)',
  () => {
    const real = loadDictionaryFromDisk();

    it('has the whole dictionary', () => {
      expect(real.entryCount).toBeGreaterThan(100_000);
    });

    it('looks up news vocabulary in both scripts', () => {
      const r = real.lookup('领导人会议');
      expect(r.matchLength).toBe(3);
      expect(r.entries[0]).toMatchObject({
        simplified: '领导人',
        traditional: '領導人',
        pinyin: 'lǐng dǎo rén',
      });
      expect(real.lookup('領導人會議').entries[0]?.simplified).toBe('领导人');
      expect(real.lookup('中华人民共和国国务院').matchLength).toBe(7);
      expect(real.lookup('北京').entries[0]?.pinyin).toBe('Běi jīng');
      expect(real.has('国务院')).toBe(true);
    });

    it('has definitions with the card files and none with the words alone', () => {
      expect(real.get('银行')[0]?.definitions).toContain('bank');
      const wordsOnly = loadDictionaryFromDisk(DEFAULT_DICTIONARY_PATH, null);
      expect(wordsOnly.get('银行').map((e) => [e.pinyin, e.definitions.length])).toEqual([['yín háng', 0]]);
    });
  },
);

it('loadDictionaryFromDisk explains how to build a missing file', () => {
  expect(() => loadDictionaryFromDisk('/nonexistent/cedict.bin')).toThrow(/npm run build:data/);
});
