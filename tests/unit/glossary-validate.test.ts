// The glossary's build checks (lib/glossary/tsv.ts, validate.ts): every kind of bad row is rejected with
// its line, against small stand-ins for CC-CEDICT and OpenCC.
import { describe, expect, it } from 'vitest';
import { GLOSSARY_COLUMNS, parseGlossaryTsv } from '../../lib/glossary/tsv';
import {
  addsToCedict,
  type GlossaryReferences,
  numberedSyllable,
  pinyinAgrees,
  validateGlossary,
} from '../../lib/glossary/validate';

const CEDICT: Record<string, { readings: string[]; glosses: string[] }> = {
  六: { readings: ['liu4', 'lu4'], glosses: ['six'] },
  稳: { readings: ['wen3'], glosses: ['stable'] },
  穩: { readings: ['wen3'], glosses: ['stable'] },
  双: { readings: ['shuang1'], glosses: ['two'] },
  雙: { readings: ['shuang1'], glosses: ['two'] },
  碳: { readings: ['tan4'], glosses: ['carbon'] },
  碳中和: { readings: ['tan4 zhong1 he2'], glosses: ['carbon neutrality', 'carbon-neutral'] },
  中: { readings: ['zhong1', 'zhong4'], glosses: ['middle'] },
  和: { readings: ['he2', 'he4', 'huo5'], glosses: ['and'] },
  意思: { readings: ['yi4 si5'], glosses: ['meaning'] },
};
const T2S: Record<string, string> = { 六穩: '六稳', 雙碳: '双碳', 碳中和: '碳中和', 雙炭: '双碳' };
const S2T: Record<string, string> = { 六稳: '六穩', 双碳: '雙碳', 碳中和: '碳中和' };

const refs: GlossaryReferences = {
  readings: (w) => CEDICT[w]?.readings ?? [],
  glosses: (w) => CEDICT[w]?.glosses ?? [],
  toTraditional: (s) => [S2T[s] ?? s],
  regional: (s) => (s === '六稳' ? ['六穩定'] : [S2T[s] ?? s]),
  toSimplified: (t) => T2S[t] ?? t,
};

const HEADER = GLOSSARY_COLUMNS.join('\t');
const DEF = 'A definition long enough to explain what the phrase means and where it is used in the news.';
const row = (...fields: string[]) => fields.join('\t');
const GOOD_LIUWEN = row('六稳', '六穩', '', '', 'liù wěn', '2018', 'economy-policy', '双碳', DEF, '');
const GOOD_SHUANGTAN = row('双碳', '雙碳', '', '', 'shuāng tàn', '2020', 'ecology-energy', '', DEF, '');

function problemsOf(...rows: string[]): string[] {
  const parsed = parseGlossaryTsv([HEADER, ...rows].join('\n'), 'x.tsv');
  const found = [...parsed.problems, ...validateGlossary(parsed.rows, refs)];
  return found.map((p) => `${p.where}: ${p.message}`);
}

describe('glossary rows', () => {
  it('accepts good rows, comments and blank lines, and reads every field', () => {
    const parsed = parseGlossaryTsv(
      [HEADER, '# economy', GOOD_LIUWEN, '', GOOD_SHUANGTAN].join('\n'),
      'x.tsv',
    );
    expect(parsed.problems).toEqual([]);
    expect(parsed.rows[0]).toEqual({
      where: 'x.tsv:3',
      notes: {},
      term: {
        simplified: '六稳',
        traditional: '六穩',
        pinyin: 'liù wěn',
        year: 2018,
        category: 'economy-policy',
        related: ['双碳'],
        definition: DEF,
      },
    });
    expect(validateGlossary(parsed.rows, refs)).toEqual([]);
  });

  it('rejects a wrong header', () => {
    const parsed = parseGlossaryTsv(['simplified\ttraditional', GOOD_LIUWEN].join('\n'), 'x.tsv');
    expect(parsed.problems.map((p) => p.where)).toEqual(['x.tsv:1']);
  });

  it('rejects malformed rows with their line numbers', () => {
    expect(problemsOf(GOOD_LIUWEN, GOOD_SHUANGTAN, '六稳\t六穩\tliù wěn')).toEqual([
      'x.tsv:4: expected 10 tab-separated fields, found 3',
    ]);
    expect(problemsOf(row('六稳', '', '', '', 'liù wěn', '', 'economy-policy', '', DEF, ''))).toEqual([
      'x.tsv:2: traditional is empty',
    ]);
    expect(problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'sports', '', DEF, ''))).toEqual([
      'x.tsv:2: unknown category "sports"',
    ]);
    expect(problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '18', 'economy-policy', '', DEF, ''))).toEqual([
      'x.tsv:2: year "18" is not a year between 1900 and 2030',
    ]);
    expect(problemsOf(row('六稳 ', '六穩', '', '', 'liù wěn', '', 'economy-policy', '', DEF, ''))).toEqual([
      'x.tsv:2: simplified has leading or trailing spaces',
    ]);
    expect(
      problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'economy-policy', '', DEF, 'pinyin'))[0],
    ).toMatch(/^x.tsv:2: note "pinyin" must be/);
    expect(
      problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'economy-policy', '双碳,', DEF, ''))[0],
    ).toMatch(/^x.tsv:2: related "双碳," must be comma-separated/);
  });

  it('rejects pinyin that CC-CEDICT does not give for the parts, unless the row says why', () => {
    const wrong = row('六稳', '六穩', '', '', 'liù wèn', '', 'economy-policy', '', DEF, '');
    expect(problemsOf(wrong)).toEqual([
      'x.tsv:2: pinyin "liù wèn" does not agree with CC-CEDICT readings of the parts',
    ]);
    const excused = row(
      '六稳',
      '六穩',
      '',
      '',
      'liù wèn',
      '',
      'economy-policy',
      '',
      DEF,
      'pinyin: read so here',
    );
    expect(problemsOf(excused)).toEqual([]);
    expect(problemsOf(row('六稳', '六穩', '', '', 'liù', '', 'economy-policy', '', DEF, ''))).toHaveLength(1);
  });

  it('rejects a Traditional form OpenCC would not write or that does not convert back', () => {
    expect(problemsOf(row('六稳', '六稳', '', '', 'liù wěn', '', 'economy-policy', '', DEF, ''))).toEqual([
      'x.tsv:2: traditional 六稳 is not what OpenCC writes (六穩)',
    ]);
    expect(problemsOf(row('六稳', '六穩', '六穏', '', 'liù wěn', '', 'economy-policy', '', DEF, ''))).toEqual(
      ['x.tsv:2: taiwan 六穏 converts back to 六穏, not 六稳'],
    );
    expect(
      problemsOf(row('双碳', '雙碳', '', '雙碳', 'shuāng tàn', '', 'ecology-energy', '', DEF, '')),
    ).toEqual(['x.tsv:2: hongkong repeats traditional']);
    expect(
      problemsOf(row('双碳', '雙碳', '', '雙炭', 'shuāng tàn', '', 'ecology-energy', '', DEF, '')),
    ).toEqual([]);
  });

  it('rejects duplicate headwords in either script', () => {
    const again = row('六稳', '六穩', '', '', 'liù wěn', '', 'governance', '', DEF, '');
    expect(problemsOf(GOOD_SHUANGTAN, GOOD_LIUWEN, again)).toEqual([
      'x.tsv:4: duplicate headword 六稳 (first at x.tsv:3)',
      'x.tsv:4: duplicate headword 六穩 (first at x.tsv:3)',
    ]);
  });

  it('rejects definitions too short or too long', () => {
    expect(
      problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'economy-policy', '', 'Six stabilities.', '')),
    ).toEqual(['x.tsv:2: definition shorter than 40 characters']);
    const long = `${DEF} ${'More words. '.repeat(40)}`.trim();
    expect(problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'economy-policy', '', long, ''))).toEqual([
      'x.tsv:2: definition longer than 400 characters',
    ]);
  });

  it('rejects repeating what CC-CEDICT already says, unless the definition adds something', () => {
    const same = 'Carbon neutrality: a carbon-neutral state, carbon neutrality of carbon.';
    expect(
      problemsOf(row('碳中和', '碳中和', '', '', 'tàn zhōng hé', '', 'ecology-energy', '', same, ''))[0],
    ).toMatch(/^x.tsv:2: CC-CEDICT already defines it/);
    const more =
      'Carbon neutrality, which China pledged in 2020 to reach before 2060 as the second of its dual goals.';
    expect(
      problemsOf(row('碳中和', '碳中和', '', '', 'tàn zhōng hé', '', 'ecology-energy', '', more, '')),
    ).toEqual([]);
    expect(addsToCedict('anything at all', [])).toBe(true);
  });

  it('rejects related terms that are missing or the term itself', () => {
    expect(problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'economy-policy', '六保', DEF, ''))).toEqual(
      ['x.tsv:2: related term 六保 is not in the glossary'],
    );
    expect(problemsOf(row('六稳', '六穩', '', '', 'liù wěn', '', 'economy-policy', '六稳', DEF, ''))).toEqual(
      ['x.tsv:2: a term is not related to itself'],
    );
  });
});

describe('pinyin against CC-CEDICT', () => {
  it('numbers tone-marked syllables and reads CC-CEDICT spellings', () => {
    expect(numberedSyllable('zhōng')).toBe('zhong1');
    expect(numberedSyllable('lǜ')).toBe('lü4');
    expect(numberedSyllable('lu:4')).toBe('lü4');
    expect(numberedSyllable('Zhong1')).toBe('zhong1');
    expect(numberedSyllable('si')).toBe('si5');
  });

  it('accepts readings made of parts, neutral tones, and Latin or digits as written', () => {
    expect(pinyinAgrees('碳中和', 'tàn zhōng hé', refs)).toBe(true);
    expect(pinyinAgrees('意思', 'yì si', refs)).toBe(true);
    expect(pinyinAgrees('六稳2', 'liù wěn 2', refs)).toBe(true);
    expect(pinyinAgrees('六稳2', 'liù wěn 3', refs)).toBe(false);
    expect(pinyinAgrees('碳中和', 'tàn zhòng hé', refs)).toBe(true); // 中 alone is zhòng too
    expect(pinyinAgrees('碳中和', 'tán zhōng hé', refs)).toBe(false);
  });
});
