import { describe, expect, it } from 'vitest';
import { compileCedict, costOf } from '../../lib/dictionary/compile';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { createGlossary } from '../../lib/glossary/glossary';
import { createUserIndex } from '../../lib/glossary/user-term';
import { combineLookup } from '../../lib/lookup/combine';
import { createLookupEngine } from '../../lib/lookup/lookup-engine';
import { preferredLength, segment } from '../../lib/lookup/segment';

const CEDICT = `研 研 [yan2] /to grind/
研究 研究 [yan2 jiu1] /research/
研究生 研究生 [yan2 jiu1 sheng1] /graduate student/
生 生 [sheng1] /to be born/
生命 生命 [sheng1 ming4] /life/
命 命 [ming4] /fate/
的 的 [de5] /of/
起源 起源 [qi3 yuan2] /origin/
十四 十四 [shi2 si4] /fourteen/
五 五 [wu3] /five/
`;
// Counts in the shape of the build-time frequency list (Simplified words).
const FREQ = new Map([
  ['研究', 5000],
  ['生命', 3000],
  ['研究生', 800],
  ['命', 400],
  ['的', 90000],
  ['起源', 300],
  ['十四', 200],
  ['五', 4000],
  // The real list counts ~100 million words; word costs are relative to that total.
  ['(the rest of the corpus)', 100_000_000],
]);
const dict = loadDictionary(compileCedict(CEDICT, undefined, FREQ));
const glossary = createGlossary([
  {
    simplified: '十四五',
    traditional: '十四五',
    pinyin: 'shí sì wǔ',
    definition: 'The 14th Five-Year Plan.',
    category: 'economy-policy',
    year: 2021,
  },
]);

describe('word costs', () => {
  it('stores -ln(p) per key, cheaper for more frequent words, known but unseen words capped below unknown', () => {
    const costs = new Map<number, number>();
    dict.prefixCosts('研究生命', 0, 16, (length, cost) => costs.set(length, cost));
    expect([...costs.keys()]).toEqual([1, 2, 3]);
    expect(costs.get(2)).toBeLessThan(costs.get(3) ?? 0);
    expect(costOf(0, 1000)).toBeGreaterThan(costOf(1, 1000));
    expect(costOf(10 ** 9, 10)).toBe(1);
  });

  it('finds words starting inside the text, not only at 0', () => {
    const found: number[] = [];
    dict.prefixCosts('研究生命', 2, 16, (length) => found.push(length));
    expect(found).toEqual([1, 2]); // 生, 生命
  });
});

describe('segmentation hint', () => {
  it('splits 研究生命 as 研究 | 生命, not 研究生 | 命', () => {
    expect(segment('研究生命的起源', [dict])).toEqual([0, 2, 4, 5, 7]);
    expect(preferredLength('', '研究生命的起源', [dict])).toBe(2);
  });

  it('keeps the longest match when the sentence agrees with it', () => {
    expect(preferredLength('', '研究生的起源', [dict])).toBe(3);
  });

  it('uses the text before the cursor and still answers for a word starting at the cursor', () => {
    expect(preferredLength('研究', '生命的起源', [dict])).toBe(2);
    // The cursor inside 研究 on the best path: the reader points here, so segment from the cursor.
    expect(preferredLength('研', '究生命', [dict])).toBe(1);
  });

  it('takes glossary terms as words', () => {
    const engine = createLookupEngine({ dictionary: dict, glossary });
    const result = engine.lookup('十四五规划');
    expect(result.entries[0]?.simplified).toBe('十四五');
    expect(result.matchLength).toBe(3);
  });
});

describe('the engine', () => {
  it('puts the hinted word first and says how long the longest match was', () => {
    const engine = createLookupEngine({ dictionary: dict, glossary });
    const hinted = engine.lookup('研究生命的起源', '科学家在');
    expect(hinted.entries.map((e) => e.simplified)).toEqual(['研究', '研究生', '研']);
    expect(hinted.matchLength).toBe(2);
    expect(hinted.longestMatch).toBe(3);
    const plain = engine.longestMatch('研究生命的起源');
    expect(plain.entries[0]?.simplified).toBe('研究生');
    expect(plain.longestMatch).toBeUndefined();
  });

  it('lets user terms win over both sources and follows the index as it changes', () => {
    let index = createUserIndex([]);
    const engine = createLookupEngine({ dictionary: dict, glossary, user: () => index });
    expect(engine.lookup('起源').entries[0]?.source).toBe('cedict');
    index = createUserIndex([
      { id: 7, term: '起源', pinyin: 'qǐ yuán', definition: 'mine', note: 'n', updatedAt: 0 },
    ]);
    const mine = engine.lookup('起源').entries[0];
    expect(mine).toMatchObject({ source: 'user', userId: 7, definitions: ['mine', 'n'] });
  });

  it('ranks by preferLength in combineLookup only when such a word exists', () => {
    const r = combineLookup('研究生命', [dict], 4);
    expect(r.entries[0]?.simplified).toBe('研究生');
    expect(r.matchLength).toBe(3);
  });
});
