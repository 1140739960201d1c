import { describe, expect, it } from 'vitest';
import { createPageConverter } from '../../lib/convert/page/dom';
import { createWordConverter } from '../../lib/convert/text/engine';
import { parseLexicon } from '../../lib/convert/text/lexicon';
import { compileLexicon } from '../../lib/convert/text/lexicon-compile';
import { splitPieces } from '../../lib/convert/text/split';
import { createTextConverter, installLexicon } from '../../lib/convert/text/text';
import { parseFragment } from '../../lib/node/dom';

// A tiny lexicon: OpenCC-style tables and CEDICT-style pairs written for this test, with made-up counts.
const sources = {
  s2t: ['被发 被髮|头发 頭髮|了解 瞭解|的士 的士', '发 發|头 頭|发明 發明|只 只|长 長|现 現'],
  t2s: ['', '發 发|髮 发|頭 头|長 长|現 现'],
  cedict: [
    { simplified: '发', traditional: '發', definitions: ['to send out'] },
    { simplified: '发', traditional: '髮', definitions: ['hair'] },
    { simplified: '发明', traditional: '發明', definitions: ['to invent'] },
    { simplified: '发展', traditional: '發展', definitions: ['development'] },
    { simplified: '增长', traditional: '增長', definitions: ['to grow'] },
    { simplified: '一只', traditional: '一隻', definitions: ['one (animal)'] },
    { simplified: '士兵', traditional: '士兵', definitions: ['soldier'] },
  ],
  frequency: new Map([
    ['被', 5000],
    ['发', 3000],
    ['明', 3000],
    ['发明', 9000],
    ['发展', 2000],
    ['增长', 900],
    ['长', 2000],
    ['头', 2000],
    ['一只', 300],
    ['只', 3000],
    ['的', 90000],
    ['士兵', 400],
    ['士', 300],
    ['兵', 500],
  ]),
};
const lexicon = parseLexicon(compileLexicon(sources));

describe('compileLexicon', () => {
  it('never lets a word lose to a split of its own span', () => {
    const s2t = lexicon.section('s2t');
    const word = s2t.costs.get('被发')!;
    expect(word).toBeGreaterThan(0);
    expect(word).toBeLessThan(s2t.costs.get('被')! + s2t.costs.get('发')!);
  });

  it('marks prefixes so the segmenter can stop early', () => {
    expect(lexicon.section('s2t').costs.get('增')).toBeDefined();
  });
});

describe('word-aware conversion', () => {
  const tw = createWordConverter({ from: 'cn', to: 'tw', lexicon });

  it('converts a character inside the word it belongs to', () => {
    expect(tw('被发明')).toBe('被發明');
    expect(tw('增长发展')).toBe('增長發展');
    expect(tw('他的头发')).toBe('他的頭髮');
  });

  it('repeats a reduplicated measure word as the word before it', () => {
    expect(tw('一只只')).toBe('一隻隻');
  });

  it('lets a target phrase span whole words only', () => {
    const twp = createWordConverter({ from: 'cn', to: 'twp', lexicon });
    expect(twp('勇敢的士兵')).toBe('勇敢的士兵');
    expect(twp('用软件')).toBe('用軟體');
  });

  it('lets the user phrase table win over both', () => {
    const own = createWordConverter({ from: 'cn', to: 'tw', lexicon, phrases: new Map([['发明', '发明!']]) });
    expect(own('被发明')).toBe('被发明!');
  });

  it('reports pieces that add up to the output', () => {
    const pieces = tw.pieces('被发明，头发');
    expect(pieces.map((p) => p.out).join('')).toBe(tw('被发明，头发'));
    expect(pieces.at(-1)?.srcEnd).toBe(6);
  });

  it('gives the aligned output only when every word kept its length', () => {
    expect(tw.aligned('被发明，头发')).toBe(tw('被发明，头发'));
    const twp = createWordConverter({ from: 'cn', to: 'twp', lexicon });
    expect(twp.aligned('用软件')).toBe('用軟體');
    // U盘 → 隨身碟: two characters became three, so offsets in the source are not offsets in the output.
    expect(twp('插U盘')).toBe('插隨身碟');
    expect(twp.aligned('插U盘')).toBeNull();
  });
});

describe('splitPieces', () => {
  const fn = (s: string) => s.toUpperCase();
  it('cuts inside a same-length word at the same offset', () => {
    expect(splitPieces(['头', '发'], [{ srcEnd: 2, out: '頭髮' }], fn)).toEqual(['頭', '髮']);
  });
  it('converts each side on its own inside a word whose length changed', () => {
    expect(splitPieces(['ab', 'c'], [{ srcEnd: 3, out: 'XY' }], fn)).toEqual(['AB', 'C']);
  });
  it('keeps empty parts empty', () => {
    expect(splitPieces(['', 'ab', ''], [{ srcEnd: 2, out: 'XY' }], fn)).toEqual(['', 'XY', '']);
  });
});

describe('page conversion with the lexicon', () => {
  it('converts 头 and 发 in two text nodes as one word and restores every byte', async () => {
    installLexicon(lexicon);
    const html = '<p><b>头</b>发 <a href="#x" title="被发明">被发明</a></p>';
    const { document, container } = parseFragment(html);
    const page = createPageConverter(document, { root: container });
    await page.convert(createTextConverter('cn', 'tw'), 'zh-TW');
    expect(container.innerHTML).toBe('<p><b>頭</b>髮 <a href="#x" title="被發明">被發明</a></p>');
    page.restore();
    expect(container.innerHTML).toBe(html);
  });
});

describe('artifact cleaning while converting', () => {
  it('drops flattened pinyin before conversion and restore() puts it back', async () => {
    const { cleanPinyinArtifacts } = await import('../../lib/article/clean');
    const { withArtifactCleaning } = await import('../../lib/convert/text/clean-wrap');
    const html = '<p>市<b>領(lǐng)</b>導(dǎo)說，頭髮</p>';
    const { document, container } = parseFragment(html);
    const page = createPageConverter(document, { root: container });
    const fn = withArtifactCleaning(createTextConverter('tw', 'cn'), cleanPinyinArtifacts);
    await page.convert(fn, 'zh-Hans');
    expect(container.textContent).toBe('市领导说，头发');
    page.restore();
    expect(container.innerHTML).toBe(html);
  });
});
