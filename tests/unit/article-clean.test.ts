import { describe, expect, it } from 'vitest';
import { cleanPinyinArtifacts, countPinyinArtifacts, stripRuby } from '../../lib/article/clean';
import { parseSyllable } from '../../lib/article/syllables';
import { parseFragment } from '../../lib/node/dom';

describe('parseSyllable', () => {
  it('reads tone marks, tone digits and ü spellings', () => {
    expect(parseSyllable('lǐng')).toEqual({ base: 'ling', tone: 3 });
    expect(parseSyllable('ling3')).toEqual({ base: 'ling', tone: 3 });
    expect(parseSyllable('lǜ')).toEqual({ base: 'lv', tone: 4 });
    expect(parseSyllable('lv4')).toEqual({ base: 'lv', tone: 4 });
    expect(parseSyllable('lu:4')).toEqual({ base: 'lv', tone: 4 });
    expect(parseSyllable('nüè')).toEqual({ base: 'nve', tone: 4 });
    expect(parseSyllable('zhuàng')).toEqual({ base: 'zhuang', tone: 4 });
    expect(parseSyllable('de5')).toEqual({ base: 'de', tone: 5 });
    expect(parseSyllable('men')).toEqual({ base: 'men', tone: 0 });
    expect(parseSyllable('li\u030Cng')).toEqual({ base: 'ling', tone: 3 }); // decomposed tone mark
  });

  it('rejects non-syllables and double tones', () => {
    for (const s of ['dance', 'AI', 'xyz', 'lǐng3', 'lǐǹg', 'ling6', 'bue', 'ab', '']) {
      expect(parseSyllable(s), s).toBeNull();
    }
  });
});

describe('cleanPinyinArtifacts', () => {
  const positive: [string, string][] = [
    ['領(lǐng)導(dǎo)', '領導'],
    ['會議強調(diào),要深入', '會議強調,要深入'],
    ['經(jīng)濟社會發(fā)展', '經濟社會發展'],
    ['穩（wěn）中求進', '穩中求進'],
    ['穩(wěn）定', '穩定'],
    ['領(ling3)導(dao3)', '領導'],
    ['綠(lǜ)色', '綠色'],
    ['綠(lv4)色', '綠色'],
    ['虐(nüè)待', '虐待'],
    ['領導(lǐngdǎo)幹部', '領導幹部'],
    ['領導(lǐng dǎo)幹部', '領導幹部'],
    ['領導(ling3dao3)', '領導'],
    ['我(wǒ)們(men)的(de)', '我們的'],
    ['他們(men)去(qù)了', '他們去了'],
    ['質(zhì)量(liàng)', '質量'],
    ['區(qū)', '區'],
    ['市防控領(lǐng)導(dǎo)小組(指揮部)', '市防控領導小組(指揮部)'],
    ['習(xí)近平', '習近平'],
    ['發(Fā)展', '發展'],
  ];
  it.each(positive)('cleans %s', (input, expected) => {
    expect(cleanPinyinArtifacts(input)).toBe(expected);
    expect(countPinyinArtifacts(cleanPinyinArtifacts(input))).toBe(0);
  });

  const negative = [
    '社區(社區)',
    '方案(2025—2027年)',
    '人工智能(AI)',
    '市防控領導小組(指揮部)',
    '龍(long)',
    '舞蹈(dance)',
    '他們(men)',
    '公司(Ltd)',
    '價格(USD)',
    'iPhone(píng)', // not after a Han character
    '領 (lǐng)', // separated by a space: not the flattened-ruby shape
    '(lǐng)開頭',
    '省委常委會（擴大）會議',
    '各區（縣）',
    '導(dǎoo)',
  ];
  it.each(negative)('leaves %s alone', (input) => {
    expect(cleanPinyinArtifacts(input)).toBe(input);
  });

  it('needs as many Han characters as syllables', () => {
    expect(cleanPinyinArtifacts('的領(lǐngdǎo)')).toBe('的領');
    expect(cleanPinyinArtifacts('A領(lǐngdǎo)')).toBe('A領(lǐngdǎo)');
  });

  it('keeps every Han character in order on a long chain', () => {
    const input =
      '會議傳達學(xué)習(xí)了習(xí)近平總書記重要講話精神,研究部署復(fù)工復(fù)產(chǎn)和聯(lián)防聯(lián)控工作。';
    const out = cleanPinyinArtifacts(input);
    const han = (s: string): string => (s.match(/\p{Script=Han}/gu) ?? []).join('');
    expect(han(out)).toBe(han(input));
    expect(out).toBe('會議傳達學習了習近平總書記重要講話精神,研究部署復工復產和聯防聯控工作。');
    expect(countPinyinArtifacts(input)).toBe(8);
  });

  it('returns text without parentheses unchanged', () => {
    const s = '沒有括號的一段文字。';
    expect(cleanPinyinArtifacts(s)).toBe(s);
  });
});

describe('stripRuby', () => {
  it('drops rt/rp on a clone and leaves the original untouched', () => {
    const { container } = parseFragment(
      '<p><ruby>領<rp>(</rp><rt>lǐng</rt><rp>)</rp></ruby><ruby>導<rt>dǎo</rt></ruby>幹部</p>',
    );
    const p = container.querySelector('p')!;
    const stripped = stripRuby(p);
    expect(stripped.textContent).toBe('領導幹部');
    expect(p.textContent).toBe('領(lǐng)導dǎo幹部');
    expect(p.querySelectorAll('rt')).toHaveLength(2);
  });
});
