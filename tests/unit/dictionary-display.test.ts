import { describe, expect, it } from 'vitest';
import { readingSyllables, splitSenses, syllableTone } from '../../lib/dictionary/display';

describe('reading', () => {
  it('recovers tone numbers from tone marks', () => {
    expect(syllableTone('lǜ')).toEqual({ numbered: 'lu:4', tone: 4 });
    expect(syllableTone('Zhōng')).toEqual({ numbered: 'Zhong1', tone: 1 });
    expect(syllableTone('de')).toEqual({ numbered: 'de5', tone: 5 });
    expect(syllableTone('·').tone).toBe(0);
  });

  it('shows zhuyin on request, with tones for colours', () => {
    expect(readingSyllables('zhōng guó', 'zhuyin')).toEqual([
      { text: 'ㄓㄨㄥ', tone: 1 },
      { text: 'ㄍㄨㄛˊ', tone: 2 },
    ]);
    expect(readingSyllables('lǐng dǎo', 'pinyin').map((s) => s.tone)).toEqual([3, 3]);
    expect(readingSyllables('le', 'zhuyin')[0]?.text).toBe('˙ㄌㄜ');
  });
});

describe('senses', () => {
  it('pulls measure words and cross-references out of the definitions', () => {
    const s = splitSenses([
      'leader',
      'CL:位[wèi],個|个[gè]',
      'old variant of 領|领[lǐng]',
      'see also 領袖|领袖[lǐng xiù]',
    ]);
    expect(s.senses).toEqual(['leader']);
    expect(s.measureWords).toEqual([
      { word: '位', pinyin: 'wèi' },
      { word: '個/个', pinyin: 'gè' },
    ]);
    expect(s.references).toHaveLength(2);
  });
});
