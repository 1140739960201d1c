import { describe, expect, it } from 'vitest';
import { compileCedict } from '../../lib/dictionary/compile';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import {
  articleWords,
  estimateArticle,
  estimateLine,
  hskBandLabel,
  slices,
} from '../../lib/vocabulary/estimate';
import { parseHsk } from '../../lib/vocabulary/hsk';
import type { WordState } from '../../lib/vocabulary/types';
import { nonEmpty } from './non-empty';

const CEDICT = `研究 研究 [yan2 jiu1] /research/
研究生 研究生 [yan2 jiu1 sheng1] /graduate student/
生命 生命 [sheng1 ming4] /life/
生 生 [sheng1] /to be born/
命 命 [ming4] /fate/
的 的 [de5] /of/
起源 起源 [qi3 yuan2] /origin/
經濟 经济 [jing1 ji4] /economy/
發展 发展 [fa1 zhan3] /development/
`;
const FREQ = new Map([
  ['研究', 5000],
  ['生命', 3000],
  ['研究生', 800],
  ['的', 90000],
  ['起源', 300],
  ['经济', 4000],
  ['发展', 4000],
  ['(the rest of the corpus)', 100_000_000],
]);
const dict = loadDictionary(compileCedict(CEDICT, undefined, FREQ));
const HSK = parseHsk(
  '#h\n研究\t\t3\t2\t500\n生命\t\t4\t4\t900\n的\t\t1\t1\t1\n起源\t\t\t7\t5000\n经济\t經濟\t4\t3\t800\n发展\t發展\t4\t3\t700\n',
);

describe('article estimate and colouring ranges', () => {
  it('segments as the hover card does (研究 | 生命, not 研究生 | 命) and skips non-Chinese', () => {
    const text = 'AI 研究生命的起源。';
    const words = articleWords(text, [dict]).map((r) => text.slice(r.start, r.end));
    expect(words).toEqual(['研究', '生命', '的', '起源']);
  });

  it('gives ranges per state, in either script, and the estimate line', () => {
    const text = '研究生命的起源。經濟發展，研究經濟。';
    const states = new Map<string, WordState>([
      ['研究', 'known'],
      ['的', 'known'],
      ['经济', 'learning'],
      ['起源', 'ignored'],
    ]);
    const estimate = estimateArticle(text, [dict], states, HSK);
    const words = (state: WordState) => estimate.ranges[state].map((r) => text.slice(r.start, r.end));
    expect(words('known')).toEqual(['研究', '的', '研究']);
    expect(words('learning')).toEqual(['經濟', '經濟']);
    expect(words('ignored')).toEqual(['起源']);
    expect(words('new')).toEqual(['生命', '發展']);
    expect(estimate.tokens).toBe(8);
    expect(estimate.knownPercent).toBe(50); // 4 of 8 running words (known or ignored)
    expect(estimate.newWords).toBe(2);
    expect(estimate.learningWords).toBe(1);
    // Levels of the 8 words sorted: 1,2,2,3,3,3,4,7 → 80 % covered at 4, 95 % at 7–9.
    expect(hskBandLabel(estimate.hsk)).toBe('4–9');
    expect(estimateLine(estimate)).toBe('known 50 % · 2 new words · HSK 4–9');
  });

  it('says so when nothing is listed or there is no Chinese', () => {
    const empty = estimateArticle('Hello, world.', [dict], new Map(), HSK);
    expect(empty).toMatchObject({ tokens: 0, knownPercent: 100, newWords: 0, hsk: null });
    expect(hskBandLabel(null)).toBe('–');
    expect(hskBandLabel({ from: 4, to: 5 })).toBe('4–5');
    expect(hskBandLabel({ from: 3, to: 3 })).toBe('3');
  });

  it('cuts long text into slices after sentence ends, covering it exactly', () => {
    const text = '研究生命的起源。'.repeat(600);
    const parts = slices(text);
    expect(parts[0]?.[0]).toBe(0);
    expect(parts.at(-1)?.[1]).toBe(text.length);
    for (let i = 1; i < parts.length; i++) expect(parts[i]?.[0]).toBe(parts[i - 1]?.[1]);
    for (const [, end] of nonEmpty(parts.slice(0, -1))) expect(text[end - 1]).toBe('。');
    expect(articleWords(text, [dict])).toHaveLength(2400);
  });
});
