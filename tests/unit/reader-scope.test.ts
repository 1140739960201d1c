// Ruby scope (lib/reader/scope.ts): which words stay plain under every word / above an HSK level /
// unknown words, and the class pass over real <ruby> markup.
import { describe, expect, test } from 'vitest';
import { normalisePrefs } from '../../lib/reader/prefs';
import { rubyFragment } from '../../lib/reader/ruby';
import { chunks, isPlainWord, markPlainWords, rubyWords, type WordFacts } from '../../lib/reader/scope';
import { parseHsk } from '../../lib/vocabulary/hsk';
import type { WordState } from '../../lib/vocabulary/types';

const HSK = parseHsk(
  [
    '#simplified\ttraditional\thsk2\thsk3\tfrequency',
    '银行\t銀行\t3\t2\t900',
    '城市\t\t3\t3\t800',
    '经济\t經濟\t4\t4\t300',
    '行长\t行長\t\t7\t',
  ].join('\n'),
);

function facts(states: Record<string, WordState> = {}): WordFacts {
  return { hskLevel: (w) => HSK.get(w)?.hsk3 ?? null, state: (w) => states[w] };
}

describe('isPlainWord', () => {
  test('every word keeps its ruby', () => {
    expect(isPlainWord('银行', 'all', 7, facts({ 银行: 'known' }))).toBe(false);
  });

  test('HSK scope leaves words at or below the level plain, keeps higher and unlisted ones', () => {
    expect(isPlainWord('银行', 'hsk', 3, facts())).toBe(true);
    expect(isPlainWord('城市', 'hsk', 3, facts())).toBe(true);
    expect(isPlainWord('经济', 'hsk', 3, facts())).toBe(false);
    expect(isPlainWord('行长', 'hsk', 6, facts())).toBe(false);
    expect(isPlainWord('行长', 'hsk', 7, facts())).toBe(true);
    expect(isPlainWord('长大', 'hsk', 7, facts())).toBe(false);
    // Traditional text finds the simplified row.
    expect(isPlainWord('經濟', 'hsk', 4, facts())).toBe(true);
  });

  test('unknown scope: known and ignored words plain; learning, new and unsaved words keep ruby', () => {
    const states: Record<string, WordState> = {
      银行: 'known',
      城市: 'ignored',
      经济: 'learning',
      行长: 'new',
    };
    expect(isPlainWord('银行', 'unknown', 3, facts(states))).toBe(true);
    expect(isPlainWord('城市', 'unknown', 3, facts(states))).toBe(true);
    expect(isPlainWord('经济', 'unknown', 3, facts(states))).toBe(false);
    expect(isPlainWord('行长', 'unknown', 3, facts(states))).toBe(false);
    expect(isPlainWord('长大', 'unknown', 3, facts(states))).toBe(false);
  });
});

describe('markPlainWords', () => {
  const doc = document;
  const root = doc.createElement('div');
  root.append(
    rubyFragment(doc, [
      { text: '银行', start: 0, readings: ['yin2', 'hang2'] },
      { text: '的', start: 2, readings: ['de5'] },
      { text: '经济', start: 3, readings: ['jing1', 'ji4'] },
      { text: '，', start: 5, readings: [''] },
      { text: '银行', start: 6, readings: ['yin2', 'hang2'] },
    ]),
  );

  test('words are read from the ruby text, once each', () => {
    expect(rubyWords(root)).toEqual(['银行', '的', '经济']);
  });

  test('the class follows the predicate and is taken off again', async () => {
    expect(await markPlainWords(root, (w) => w === '银行')).toBe(2);
    expect([...root.querySelectorAll('ruby.plain')].map((r) => r.textContent)).toEqual(['银行', '银行']);
    expect(await markPlainWords(root, (w) => w === '经济')).toBe(1);
    expect([...root.querySelectorAll('ruby.plain')].map((r) => r.textContent)).toEqual(['经济']);
    expect(await markPlainWords(root, () => false)).toBe(0);
    expect(root.querySelector('ruby.plain')).toBeNull();
  });

  test('yields when the budget is spent, and stops when a newer pass starts', async () => {
    let clock = 0;
    let yields = 0;
    const slow = { budget: 0.5, now: () => (clock += 1) };
    const count = await markPlainWords(root, (w) => w !== '的', {
      ...slow,
      yieldNow: async () => {
        yields++;
      },
    });
    expect(count).toBe(3);
    expect(yields).toBeGreaterThan(1);
    const cancelled = await markPlainWords(root, () => false, {
      ...slow,
      yieldNow: async () => undefined,
      cancelled: () => true,
    });
    expect(cancelled).toBe(-1);
    // Cancelled after the first slice: later rubies keep the earlier pass's class.
    expect(root.querySelectorAll('ruby.plain').length).toBeGreaterThan(0);
    await markPlainWords(root, () => false);
    expect(root.querySelector('ruby.plain')).toBeNull();
  });
});

test('chunks split a list at the size', () => {
  expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  expect(chunks([], 3)).toEqual([]);
});

test('stored scope and level are checked', () => {
  expect(normalisePrefs({}).rubyScope).toBe('all');
  expect(normalisePrefs({ rubyScope: 'unknown', rubyHskLevel: 5 })).toMatchObject({
    rubyScope: 'unknown',
    rubyHskLevel: 5,
  });
  expect(normalisePrefs({ rubyScope: 'some', rubyHskLevel: 9 })).toMatchObject({
    rubyScope: 'all',
    rubyHskLevel: 3,
  });
});
