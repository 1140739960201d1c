// The polyphone model's shipped flat form (lib/reader/polyphones-flat.ts): it gives back the plain model
// feature for feature, and the scorer reads the same scores from either.
import { describe, expect, it } from 'vitest';
import type { PolyphoneModel, PolyphoneSite } from '../../lib/reader/polyphones';
import {
  flattenPolyphoneModel,
  isFlatPolyphoneModel,
  unflattenLazily,
} from '../../lib/reader/polyphones-flat';
import { knowsCharacter, siteScores } from '../../lib/reader/polyphones-score';
import { nonEmpty } from './non-empty';

const MODEL: PolyphoneModel = {
  version: 1,
  global: { ours0: 1.5, ours1: 0.25, solo: -0.5 },
  chars: {
    行: {
      readings: ['hang2', 'xing2'],
      weights: { 'b=': [0.1, -0.1], 'c+1=长': [2.125, -2.125], 'w0=银行': [-1, 1], 'pw=银行': [0.5, 0.75] },
    },
    长: { readings: ['chang2', 'zhang3'], weights: { 'c-1=行': [-3, 3] } },
  },
};

const site = (text: string, at: number, word: string, pos: number, prev: string): PolyphoneSite => ({
  text,
  at,
  word,
  pos,
  prev,
  next: '$',
  ours: 'hang2',
  solo: 'xing2',
  stats: undefined,
});

describe('the flat polyphone model', () => {
  it('gives back the plain model, features and rows in order', () => {
    const flat = JSON.parse(JSON.stringify(flattenPolyphoneModel(MODEL))) as unknown;
    expect(isFlatPolyphoneModel(flat)).toBe(true);
    const back = unflattenLazily(flat as ReturnType<typeof flattenPolyphoneModel>);
    expect(JSON.stringify(back)).toBe(JSON.stringify(MODEL));
    expect(isFlatPolyphoneModel(MODEL)).toBe(false);
  });

  it('is scored like the plain model', () => {
    const back = unflattenLazily(flattenPolyphoneModel(MODEL));
    const sites = [
      site('银行长', 1, '银行', 1, '^'),
      site('行长', 0, '行', 0, '银行'),
      site('长行', 1, '行', 0, '长'),
    ];
    for (const s of nonEmpty(sites)) expect(siteScores(back, s)).toEqual(siteScores(MODEL, s));
    expect(siteScores(back, sites[0] as PolyphoneSite)?.get('hang2')).toBeCloseTo(0.1 + 2.125 + 1.5);
    expect(knowsCharacter(back, '长')).toBe(true);
    expect(knowsCharacter(back, '银')).toBe(false);
  });

  it('pads short rows with zeros and refuses a feature name with a line break', () => {
    const ragged: PolyphoneModel = {
      ...MODEL,
      chars: { 行: { readings: ['a1', 'b2'], weights: { 'b=': [1] } } },
    };
    expect(flattenPolyphoneModel(ragged).chars.行?.w).toEqual([1, 0]);
    const broken: PolyphoneModel = {
      ...MODEL,
      chars: { 行: { readings: ['a1'], weights: { 'pw=a\nb': [1] } } },
    };
    expect(() => flattenPolyphoneModel(broken)).toThrow();
    expect(() =>
      unflattenLazily({
        version: 1,
        flat: 1,
        global: {},
        chars: { 行: { r: ['a1', 'b2'], f: 'b=', w: [1] } },
      }),
    ).toThrow();
  });
});
