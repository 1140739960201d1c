// The article underliner (engine.glossaryMatches) underlines a glossary term only where the reader sees
// that word: not inside a longer dictionary word, and not across the sentence's best word boundaries.
import { describe, expect, it } from 'vitest';
import { compileCedict } from '../../lib/dictionary/compile';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { createGlossary } from '../../lib/glossary/glossary';
import type { GlossaryTerm } from '../../lib/glossary/term';
import { createLookupEngine, insideLongerWord } from '../../lib/lookup/lookup-engine';

const CEDICT = `黨組織 党组织 [dang3 zu3 zhi1] /party organization/
組織 组织 [zu3 zhi1] /to organize; organization/
書記 书记 [shu1 ji4] /secretary/
中國人民銀行 中国人民银行 [Zhong1 guo2 Ren2 min2 Yin2 hang2] /People's Bank of China/
中國 中国 [Zhong1 guo2] /China/
偉人 伟人 [wei3 ren2] /great person/
大會 大会 [da4 hui4] /general assembly/
召開 召开 [zhao4 kai1] /to convene/
`;
const FREQ = new Map([
  ['党组织', 3000],
  ['组织', 20000],
  ['书记', 8000],
  ['中国', 90000],
  ['中国人民银行', 500],
  ['伟人', 2000],
  ['大会', 9000],
  ['召开', 6000],
  ['(the rest of the corpus)', 100_000_000],
]);
const term = (simplified: string, traditional: string, pinyin: string): GlossaryTerm => ({
  simplified,
  traditional,
  pinyin,
  definition: `Definition of ${simplified}, long enough.`,
  category: 'institutions',
});
const dictionary = loadDictionary(compileCedict(CEDICT, undefined, FREQ));
const glossary = createGlossary([
  term('党组', '黨組', 'dǎng zǔ'),
  term('人民银行', '人民銀行', 'rén mín yín háng'),
  term('人大', '人大', 'rén dà'),
]);
const engine = createLookupEngine({ dictionary, glossary });
const underlined = (text: string) => engine.glossaryMatches(text).map((m) => text.slice(m.start, m.end));

describe('glossary underlines', () => {
  it('underlines a term standing as a word', () => {
    expect(underlined('党组书记召开人大')).toEqual(['党组', '人大']);
  });

  it('does not underline a term inside a longer dictionary word', () => {
    expect(glossary.findAll('党组织').length).toBe(1); // the plain matcher would
    expect(underlined('基层党组织')).toEqual([]);
    expect(underlined('中国人民银行')).toEqual([]);
    expect(insideLongerWord('中国人民银行', 2, 6, dictionary)).toBe(true);
    expect(insideLongerWord('人民银行', 0, 4, dictionary)).toBe(false);
  });

  it('does not underline a term across the best word boundaries', () => {
    expect(glossary.findAll('伟人大会').map((m) => m.start)).toEqual([1]);
    expect(underlined('伟人大会')).toEqual([]);
  });

  it('works the same on Traditional text', () => {
    expect(underlined('黨組書記')).toEqual(['黨組']);
    expect(underlined('基層黨組織')).toEqual([]);
  });
});
