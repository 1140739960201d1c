import { describe, expect, it } from 'vitest';
import { type LabelledSite, learnPolyphones } from '../../lib/reader/polyphones-learn';
import { predictReading } from '../../lib/reader/polyphones-score';
import { crossValidate, normalise, parseCases, randomFolds, sentenceFolds } from '../../scripts/eval-pinyin';

describe('eval pinyin helpers', () => {
  it('parses marked sentences and their labels', () => {
    const cases = parseCases('他去▁了▁北京。\n绿▁色▁\n', 'le5\nlu:4\n');
    expect(cases).toEqual([
      { text: '他去了北京。', at: 2, gold: 'le5' },
      { text: '绿色', at: 1, gold: 'lv4' },
    ]);
    expect(normalise('lü4')).toBe(normalise('lu:4'));
  });

  it('cross-validation scores every site with a model that never saw it', () => {
    // Five characters, one sentence each: left out, a character is unknown to the model and keeps the
    // dictionary path's reading; learned in-sample, the model reads it as labelled.
    const sites: LabelledSite[] = ['甲', '乙', '丙', '丁', '戊'].map((ch) => ({
      site: {
        text: `${ch}子`,
        at: 0,
        word: ch,
        pos: 0,
        prev: '^',
        next: '子',
        ours: 'y1',
        solo: 'y1',
        stats: undefined,
      },
      gold: 'x1',
    }));
    expect(crossValidate(sites, 5)).toEqual(['y1', 'y1', 'y1', 'y1', 'y1']);
    const inSample = learnPolyphones(sites);
    expect(sites.map((s) => predictReading(inSample, s.site))).toEqual(['x1', 'x1', 'x1', 'x1', 'x1']);
  });

  it('a random split is balanced, seeded and not the sentence-number split', () => {
    const folds = randomFolds(103, 5, 1);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(sizes.sort()).toEqual([20, 20, 21, 21, 21]);
    expect(randomFolds(103, 5, 1)).toEqual(folds);
    expect(randomFolds(103, 5, 2)).not.toEqual(folds);
    expect(folds).not.toEqual(sentenceFolds(103, 5));
    expect(sentenceFolds(7, 5)).toEqual([0, 1, 2, 3, 4, 0, 1]);
  });
});
