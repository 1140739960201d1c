// Behaviour of the glossary lookup: prefix matching, ordering, regional variants and in-text matching.
import { describe, expect, it } from 'vitest';
import { createGlossary, newsGlossary } from '../../lib/glossary/glossary';
import type { GlossaryTerm } from '../../lib/glossary/term';
import { NEWS_TERMS } from '../../lib/glossary/terms';
import { nonEmpty } from './non-empty';

const term = (simplified: string, traditional: string, pinyin: string, year?: number): GlossaryTerm => ({
  simplified,
  traditional,
  pinyin,
  definition: `Definition of ${simplified}.`,
  category: 'institutions',
  ...(year === undefined ? {} : { year }),
});

describe('createGlossary', () => {
  const small = createGlossary([
    term('中央', '中央', 'zhōng yāng'),
    term('中央政治局', '中央政治局', 'zhōng yāng zhèng zhì jú'),
    term('中央政治局常委会', '中央政治局常委會', 'zhōng yāng zhèng zhì jú cháng wěi huì', 2000),
    term('台独', '台獨', 'tái dú'),
    term('', '', ''),
  ]);

  it('returns prefix matches longest first, as glossary entries', () => {
    const found = small.lookup('中央政治局常委会召开会议');
    expect(found.map((e) => e.simplified)).toEqual(['中央政治局常委会', '中央政治局', '中央']);
    expect(found[0]).toMatchObject({
      traditional: '中央政治局常委會',
      pinyin: 'zhōng yāng zhèng zhì jú cháng wěi huì',
      source: 'glossary',
      definitions: ['Definition of 中央政治局常委会.'],
      category: 'institutions',
      year: 2000,
    });
    expect(found[1]).toMatchObject({ definitions: ['Definition of 中央政治局.'], category: 'institutions' });
    expect(found[1]?.year).toBeUndefined();
  });

  it('matches Traditional headwords and honours max', () => {
    expect(small.lookup('中央政治局常委會').map((e) => e.simplified)).toEqual([
      '中央政治局常委会',
      '中央政治局',
      '中央',
    ]);
    expect(small.lookup('中央政治局常委會', 1)).toHaveLength(1);
    expect(small.lookup('中央政治局', 0)).toEqual([]);
  });

  it('returns nothing when no headword starts the text', () => {
    expect(small.lookup('政治局')).toEqual([]);
    expect(small.lookup('')).toEqual([]);
  });

  it('folds regional variant characters (臺/台)', () => {
    expect(small.lookup('臺獨勢力')[0]?.traditional).toBe('台獨');
  });

  it('counts terms and ignores empty headwords', () => {
    expect(small.size).toBe(5);
    expect(small.findAll('abc')).toEqual([]);
  });

  it('finds non-overlapping leftmost-longest occurrences', () => {
    const text = '中央政治局常委会和中央政治局，中央';
    const found = small.findAll(text).map((m) => [m.start, m.end, m.entry.simplified]);
    expect(found).toEqual([
      [0, 8, '中央政治局常委会'],
      [9, 14, '中央政治局'],
      [15, 17, '中央'],
    ]);
  });

  it('keeps instances independent', () => {
    const a = createGlossary([term('两会', '兩會', 'liǎng huì')]);
    const b = createGlossary([term('人大', '人大', 'rén dà')]);
    expect(a.lookup('人大')).toEqual([]);
    expect(b.lookup('两会')).toEqual([]);
  });
});

describe('newsGlossary', () => {
  it('builds a new instance per call over the shipped terms', () => {
    const a = newsGlossary();
    expect(a).not.toBe(newsGlossary());
    expect(a.size).toBe(NEWS_TERMS.length);
  });

  it('underlines the terms in a Simplified sentence', () => {
    const text =
      '会议强调，要增强四个意识、坚定四个自信、做到两个维护，统筹推进复工复产和联防联控，推动高质量发展，谋划好十四五。';
    const found = newsGlossary().findAll(text);
    expect(found.map((m) => text.slice(m.start, m.end))).toEqual([
      '四个意识',
      '四个自信',
      '两个维护',
      '复工复产',
      '联防联控',
      '推动高质量发展',
      '十四五',
    ]);
    for (const m of nonEmpty(found)) expect(m.entry.simplified).toBe(text.slice(m.start, m.end));
  });

  it('underlines the terms in a Traditional sentence, with either regional spelling', () => {
    const text = '深圳把握「雙區」驅動、「雙城聯動」機遇，推動小升規；陸委會回應臺獨與九段綫問題。';
    const found = newsGlossary().findAll(text);
    expect(found.map((m) => m.term.simplified)).toEqual([
      '双区',
      '双城联动',
      '小升规',
      '陆委会',
      '台独',
      '九段线',
    ]);
    expect(found.map((m) => text.slice(m.start, m.end))).toContain('臺獨');
    expect(found.map((m) => text.slice(m.start, m.end))).toContain('九段綫');
  });

  it('prefers the longest term at a position in real data', () => {
    const found = newsGlossary().lookup('中央政治局常委会委员');
    expect(found.map((e) => e.simplified)).toEqual(['中央政治局常委会', '中央政治局']);
  });

  it('finds every term in a long article', () => {
    const glossary = newsGlossary();
    const text = '今年以来，全市坚持稳中求进，统筹疫情防控和经济社会发展，落实六稳六保任务。'.repeat(3000);
    const found = glossary.findAll(text);
    expect(found.slice(0, 4).map((m) => text.slice(m.start, m.end))).toEqual([
      '稳中求进',
      '疫情防控',
      '六稳',
      '六保',
    ]);
    expect(found.length).toBe(4 * 3000);
  });
});

describe('regional forms', () => {
  const glossary = newsGlossary();

  it("finds Taiwan's own word for a term", () => {
    const [entry] = glossary.lookup('人工智慧發展');
    expect(entry?.simplified).toBe('人工智能');
  });

  it('matches Hong Kong variant characters (税, 羣)', () => {
    expect(glossary.lookup('房地產税')[0]?.simplified).toBe('房地产税');
    expect(glossary.lookup('人民羣眾')[0]?.simplified).toBe('人民群众');
    expect(glossary.findAll('減税降費，印花税').map((m) => m.entry.simplified)).toEqual([
      '减税降费',
      '印花税',
    ]);
  });

  it('carries category, year and related terms for the card', () => {
    const [entry] = glossary.lookup('三个务必');
    expect(entry).toMatchObject({ category: 'party-state', year: 2022, related: ['两个务必'] });
  });
});
