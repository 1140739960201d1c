// Quality checks on the shipped glossary data: coverage of the seed terms, unique headwords, pinyin that
// lines up with the characters, and Traditional forms that agree with OpenCC.
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { newsGlossary } from '../../lib/glossary/glossary';
import { GLOSSARY_CATEGORIES } from '../../lib/glossary/term';
import { NEWS_TERMS } from '../../lib/glossary/terms';

// Terms from the seed articles, in the Traditional form they appeared in.
const SEED_TRADITIONAL = [
  '四個意識',
  '四個自信',
  '兩個維護',
  '六穩',
  '復工復產',
  '聯防聯控',
  '群防群控',
  '外防輸入',
  '內防擴散',
  '高質量發展',
  '不忘初心',
  '牢記使命',
  '十三五',
  '中央政治局',
  '先行示範區',
  '雙區',
  '雙城聯動',
  '小升規',
  '新舊動能轉換',
  '主題教育',
  '黨組',
];
// The same terms written by hand in Simplified, so the test does not depend on the data to convert them.
const SEED_SIMPLIFIED = [
  '四个意识',
  '四个自信',
  '两个维护',
  '六稳',
  '复工复产',
  '联防联控',
  '群防群控',
  '外防输入',
  '内防扩散',
  '高质量发展',
  '不忘初心',
  '牢记使命',
  '十三五',
  '中央政治局',
  '先行示范区',
  '双区',
  '双城联动',
  '小升规',
  '新旧动能转换',
  '主题教育',
  '党组',
];

const HAN = /\p{Script=Han}/u;
const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const PLAIN_SYLLABLE = /^[a-zü]+$/;

/** Expected pinyin tokens per headword: one per Han character, one per run of Latin letters or digits. */
function tokens(headword: string): string[] {
  return headword.match(/[0-9A-Za-z]+|\p{Script=Han}/gu) ?? [];
}

function stripTones(syllable: string): string {
  return syllable
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

describe('news glossary data', () => {
  const glossary = newsGlossary();

  it('has at least 320 terms and every category is used', () => {
    expect(NEWS_TERMS.length).toBeGreaterThanOrEqual(320);
    for (const category of GLOSSARY_CATEGORIES) {
      expect(NEWS_TERMS.some((t) => t.category === category)).toBe(true);
    }
    expect(NEWS_TERMS.every((t) => GLOSSARY_CATEGORIES.includes(t.category))).toBe(true);
  });

  it('finds every seed term in both scripts', () => {
    expect(SEED_SIMPLIFIED).toHaveLength(SEED_TRADITIONAL.length);
    SEED_TRADITIONAL.forEach((traditional, i) => {
      const simplified = SEED_SIMPLIFIED[i]!;
      const fromTraditional = glossary.lookup(traditional)[0];
      const fromSimplified = glossary.lookup(simplified)[0];
      expect(fromTraditional?.traditional, traditional).toBe(traditional);
      expect(fromSimplified?.simplified, simplified).toBe(simplified);
      expect(fromTraditional).toBe(fromSimplified);
    });
  });

  it('has no duplicate headwords across entries', () => {
    const owner = new Map<string, string>();
    const duplicates: string[] = [];
    for (const term of NEWS_TERMS) {
      for (const head of new Set([term.simplified, term.traditional])) {
        if (owner.has(head)) duplicates.push(head);
        owner.set(head, term.simplified);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('writes Simplified and Traditional with the same number of characters', () => {
    const bad = NEWS_TERMS.filter((t) => [...t.simplified].length !== [...t.traditional].length);
    expect(bad.map((t) => t.simplified)).toEqual([]);
  });

  it('gives tone-marked pinyin with one syllable per character', () => {
    const problems: string[] = [];
    for (const { simplified, pinyin } of NEWS_TERMS) {
      const expected = tokens(simplified);
      const syllables = pinyin.split(' ');
      if (syllables.length !== expected.length) problems.push(`${simplified}: ${pinyin} (count)`);
      if (!syllables.some((s) => [...s].some((c) => TONE_MARKS.includes(c))))
        problems.push(`${simplified}: no tones`);
      syllables.forEach((syllable, i) => {
        const token = expected[i] ?? '';
        if (!HAN.test(token)) {
          // Digits and Latin letters are read as written (中国制造2025).
          if (syllable !== token) problems.push(`${simplified}: ${syllable} should be ${token}`);
          return;
        }
        const marks = [...syllable].filter((c) => TONE_MARKS.includes(c)).length;
        if (marks > 1 || !PLAIN_SYLLABLE.test(stripTones(syllable)))
          problems.push(`${simplified}: ${syllable}`);
      });
    }
    expect(problems).toEqual([]);
  });

  it('has Traditional forms that OpenCC produces for Taiwan or Hong Kong, and that convert back', () => {
    const toTaiwan = OpenCC.Converter({ from: 'cn', to: 'tw' });
    const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    // Where OpenCC's phrase tables are wrong or pick a rarer variant, checked by hand.
    const reviewed = new Set(['一個中國原則', '黃岩島']);
    const problems: string[] = [];
    for (const { simplified, traditional } of NEWS_TERMS) {
      const candidates = [toTaiwan(simplified), toHongKong(simplified)];
      if (!candidates.includes(traditional) && !reviewed.has(traditional)) {
        problems.push(`${simplified}: ${traditional} vs ${candidates.join('/')}`);
      }
      if (toSimplified(traditional) !== simplified)
        problems.push(`${traditional} -> ${toSimplified(traditional)}`);
    }
    expect(problems).toEqual([]);
  });

  it('has short definitions and plausible years', () => {
    for (const term of NEWS_TERMS) {
      expect(term.definition.trim(), term.simplified).toBe(term.definition);
      expect(term.definition.length, term.simplified).toBeGreaterThan(5);
      expect(term.definition.length, term.simplified).toBeLessThanOrEqual(260);
      if (term.year !== undefined) {
        expect(Number.isInteger(term.year), term.simplified).toBe(true);
        expect(term.year, term.simplified).toBeGreaterThanOrEqual(1949);
        expect(term.year, term.simplified).toBeLessThanOrEqual(2030);
      }
    }
  });
});
