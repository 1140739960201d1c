import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hsk3Label, parseHsk } from '../../lib/vocabulary/hsk';
import { compileHskRows, HSK_HEADER } from '../../lib/vocabulary/hsk-compile';

describe('HSK extract', () => {
  it('compiles levels (lowest of each list), traditional forms and rank', () => {
    const tsv = compileHskRows([
      { s: '经济', l: ['n3', 'o4'], q: 1376, f: [{ t: '經濟' }, { t: '經濟' }] },
      { s: '爱', l: ['n1', 'o2', 'o1'], q: 300, f: [{ t: '愛' }] },
      { s: '阿拉伯语', l: ['n7'], q: 1_000_000, f: [{ t: '阿拉伯語' }] },
      { s: '一', l: ['o1', 'n1'], q: 21, f: [{ t: '一' }] },
    ]);
    expect(tsv.split('\n')).toEqual([
      HSK_HEADER,
      '一\t\t1\t1\t21',
      '爱\t愛\t1\t1\t300',
      '经济\t經濟\t4\t3\t1376',
      '阿拉伯语\t阿拉伯語\t\t7\t',
      '',
    ]);
    const index = parseHsk(tsv);
    expect(index.size).toBe(4);
    expect(index.get('經濟')).toEqual({ hsk2: 4, hsk3: 3, frequency: 1376 });
    expect(index.get('阿拉伯语')).toEqual({ hsk2: null, hsk3: 7, frequency: null });
    expect(index.get('不在')).toBeUndefined();
    expect(hsk3Label(7)).toBe('7–9');
    expect(hsk3Label(4)).toBe('4');
  });

  it('ships an extract with every level of both lists (the build does not need ../shared)', () => {
    const text = readFileSync(resolve(__dirname, '../../public/hsk/hsk.tsv'), 'utf8');
    const index = parseHsk(text);
    expect(index.size).toBeGreaterThan(11_000);
    expect(index.get('经济')?.hsk3).toBe(3);
    const hsk2 = new Set<number>();
    const hsk3 = new Set<number>();
    for (const line of text.split('\n').slice(1)) {
      const word = line.split('\t')[0];
      const info = word ? index.get(word) : undefined;
      if (info?.hsk2) hsk2.add(info.hsk2);
      if (info?.hsk3) hsk3.add(info.hsk3);
    }
    expect([...hsk2].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    expect([...hsk3].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(readFileSync(resolve(__dirname, '../../public/hsk/LICENSE.txt'), 'utf8')).toContain('MIT');
  });
});
