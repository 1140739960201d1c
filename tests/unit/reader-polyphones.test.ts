import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadReadingModelFromDisk } from '../../lib/reader/node';
import { type PolyphoneSite, parsePolyphoneModel, siteFeatures } from '../../lib/reader/polyphones';
import { type LabelledSite, learnPolyphones } from '../../lib/reader/polyphones-learn';
import { predictReading } from '../../lib/reader/polyphones-score';
import { annotate, pinyinLine, polyphonesOf, type ReadingModel } from '../../lib/reader/readings';
import { compilePolyphones, POLYPHONES_PATH, readCppCases } from '../../scripts/build-polyphones';

const site = (text: string, ours = 'zhang3', word = '长'): PolyphoneSite => {
  const at = text.indexOf('长');
  return { text, at, word, pos: 0, prev: '^', next: '$', ours, solo: 'zhang3', stats: undefined };
};

/** 长 reads chang2 after 很 and zhang3 elsewhere; the dictionary path always says zhang3. */
const fixture: LabelledSite[] = [
  ...['很长', '这很长', '路很长了', '很长的'].map((t) => ({ site: site(t), gold: 'chang2' })),
  ...['长大', '他长大了', '村长', '长得高'].map((t) => ({ site: site(t), gold: 'zhang3' })),
];

describe('polyphone model', () => {
  it('learns a context the dictionary path misses and keeps its reading elsewhere', () => {
    const model = learnPolyphones(fixture);
    expect(predictReading(model, site('她很长寿'))).toBe('chang2');
    expect(predictReading(model, site('长高了'))).toBe('zhang3');
    expect(predictReading(model, { ...site('很行', 'xing2'), at: 1 })).toBeUndefined(); // 行: no entry
  });

  it('learning is deterministic: the same data gives the same model', () => {
    expect(JSON.stringify(learnPolyphones(fixture))).toBe(JSON.stringify(learnPolyphones(fixture)));
  });

  it('features name the neighbours, the words and the Han characters nearby', () => {
    const features = siteFeatures({ ...site('他很长寿。'), prev: '很', next: '寿' });
    expect(features).toEqual(expect.arrayContaining(['c-1=很', 'c+1=寿', 'c-2=他很', 'pw=很', 'x=他']));
    expect(features).not.toContain('x=。');
  });

  it('features name the Han bigrams nearby once each, never one holding the character', () => {
    const features = siteFeatures(site('江水江水很长寿星寿星。'));
    expect(features.filter((f) => f.startsWith('xb='))).toEqual([
      'xb=江水',
      'xb=水江',
      'xb=水很',
      'xb=寿星',
      'xb=星寿',
    ]);
  });

  it('rejects what is not a model', () => {
    expect(() => parsePolyphoneModel({ version: 2 })).toThrow();
    expect(() => parsePolyphoneModel({ version: 1, global: {}, chars: { 长: { weights: {} } } })).toThrow();
  });
});

describe('the shipped polyphone model', () => {
  const model = loadReadingModelFromDisk();
  const committed = readFileSync(POLYPHONES_PATH, 'utf8');

  it('is valid, under 2 MB, and reaches annotate through readings.json', () => {
    expect(statSync(POLYPHONES_PATH).size).toBeLessThan(2_000_000);
    const parsed = parsePolyphoneModel(JSON.parse(committed));
    expect(Object.keys(parsed.chars).length).toBeGreaterThan(100);
    // Sandhi is not written: 一 and 不 are never decided by the model.
    expect(Object.hasOwn(parsed.chars, '一') || Object.hasOwn(parsed.chars, '不')).toBe(false);
    expect(JSON.stringify(polyphonesOf(model))).toBe(JSON.stringify(parsed));
  });

  it('reads context-dependent characters right and leaves dictionary words alone', () => {
    expect(pinyinLine('银行行长长大了', model, 'numbers')).toBe('yin2 hang2 hang2 zhang3 zhang3 da4 le5');
    expect(pinyinLine('重庆', model, 'numbers')).toBe('chong2 qing4');
    const without: ReadingModel = { ...model, polyphones: null };
    const text = '他把我给搞蒙了，我们都不知道。';
    expect(annotate(text, without).map((t) => t.text)).toEqual(annotate(text, model).map((t) => t.text));
  });

  const cases = readCppCases();
  it.runIf(cases !== null)(
    'is fresh: regenerating it from ../shared gives the committed file (npm run build:polyphones)',
    () => {
      expect(compilePolyphones(cases ?? [], model)).toBe(committed);
    },
    300_000,
  );
});
