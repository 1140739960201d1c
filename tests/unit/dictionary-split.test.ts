// The shipped dictionary is two files: the words (headwords, readings, word costs), which the hover
// card and the reader both read, and the definitions, which only the card loads.
import { describe, expect, it } from 'vitest';
import { compileCedict, compileCedictSplit } from '../../lib/dictionary/compile';
import {
  compileDefinitions,
  DefinitionsFormatError,
  loadDefinitions,
} from '../../lib/dictionary/definitions';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { nonEmpty } from './non-empty';

const CEDICT = [
  '# CC-CEDICT',
  '銀行 银行 [yin2 hang2] /bank/CL:家[jia1]/',
  '行 行 [hang2] /row/line/',
  '行 行 [xing2] /to walk/to go/',
  '行 行 [hang2] /profession/',
  '王 王 [Wang2] /surname Wang/',
  '王 王 [wang2] /king/',
  ...Array.from({ length: 40 }, (_, i) => `詞${i} 词${i} [ci2] /word number ${i}/${'é'.repeat(i)}/`),
  'broken line',
].join('\n');

const WORDS = ['银行', '銀行', '行', '王', '词0', '詞17', '词39', '不在'];

describe('the dictionary split into words and definitions', () => {
  it('answers every lookup as the one-file dictionary does', () => {
    const whole = loadDictionary(compileCedict(CEDICT));
    const { words, definitions } = compileCedictSplit(CEDICT);
    const split = loadDictionary(words, definitions);
    for (const word of nonEmpty(WORDS)) {
      expect(split.get(word)).toEqual(whole.get(word));
      expect(split.lookup(`${word}们`)).toEqual(whole.lookup(`${word}们`));
    }
    expect(split.get('銀行')[0]?.definitions).toEqual(['bank', 'CL:家[jiā]']);
  });

  it('reads the words alone with the same readings, costs and no definitions', () => {
    const whole = loadDictionary(compileCedict(CEDICT));
    const wordsOnly = loadDictionary(compileCedictSplit(CEDICT).words);
    for (const word of nonEmpty(WORDS)) {
      expect(wordsOnly.get(word).map((e) => [e.traditional, e.simplified, e.pinyin, e.definitions])).toEqual(
        whole.get(word).map((e) => [e.traditional, e.simplified, e.pinyin, []]),
      );
    }
    const costs = (d: typeof whole): number[][] => {
      const out: number[][] = [];
      d.prefixCosts('銀行行長', 0, 4, (length, cost) => out.push([length, cost]));
      return out;
    };
    expect(costs(wordsOnly)).toEqual(costs(whole));
    expect(wordsOnly.byteLength).toBeLessThan(whole.byteLength);
  });

  it('refuses a definitions file from another build', () => {
    const { words } = compileCedictSplit(CEDICT);
    const other = compileCedictSplit('行 行 [hang2] /row/').definitions;
    expect(() => loadDictionary(words, other)).toThrow(DefinitionsFormatError);
    expect(() => loadDefinitions(new ArrayBuffer(16))).toThrow(/Not a Wenzhai definitions/);
    const truncated = compileDefinitions([['a', 'b'], ['c']]).slice(0, 20);
    expect(() => loadDefinitions(truncated)).toThrow(DefinitionsFormatError);
  });

  it('finds the definitions of each entry across the sparse offsets', () => {
    const perEntry = Array.from({ length: 53 }, (_, e) => (e % 7 === 3 ? [] : [`d${e}`, 'x'.repeat(e)]));
    const loaded = loadDefinitions(compileDefinitions(perEntry));
    expect(Array.from({ length: 53 }, (_, e) => loaded.get(e))).toEqual(perEntry);
    expect(loaded.get(53)).toEqual([]);
    expect(loaded.get(-1)).toEqual([]);
  });
});
