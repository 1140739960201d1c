import { describe, expect, it } from 'vitest';
import { learnContext, normalise, type Observed, parseCases } from '../../scripts/eval-pinyin';

describe('eval pinyin helpers', () => {
  it('parses marked sentences and their labels', () => {
    const cases = parseCases('他去▁了▁北京。\n绿▁色▁\n', 'le5\nlu:4\n');
    expect(cases).toEqual([
      { text: '他去了北京。', at: 2, gold: 'le5' },
      { text: '绿色', at: 1, gold: 'lv4' },
    ]);
    expect(normalise('lü4')).toBe(normalise('lu:4'));
  });

  it('the learned context prefers the same word, then a neighbour, then the character, else ours', () => {
    const o = (word: string, gold: string, prev = '^', next = '$'): Observed => ({
      char: '长',
      gold,
      ours: 'zhang3',
      word,
      prev,
      next,
    });
    const read = learnContext([
      o('长', 'chang2', '很'),
      o('长', 'chang2'),
      o('长', 'zhang3'),
      o('长', 'chang2'),
      o('长江', 'chang2'),
    ]);
    expect(read(o('长', '?', '很'))).toBe('chang2');
    expect(read(o('长', '?', '某', '末'))).toBe('chang2'); // no neighbour seen: the character's commonest
    expect(read(o('长江', '?'))).toBe('chang2');
    expect(read(o('长大', '?'))).toBe('zhang3'); // unseen word: ours
  });
});
