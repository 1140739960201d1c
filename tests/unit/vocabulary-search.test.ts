import { describe, expect, it } from 'vitest';
import { createWordSearch, filterWords, NO_FILTERS, type WordFilters } from '../../lib/vocabulary/query';
import type { Word } from '../../lib/vocabulary/types';
import { nonEmpty } from './non-empty';

const word = (
  id: number,
  simplified: string,
  traditional: string,
  pinyin: string,
  definition: string,
): Word => ({
  id,
  simplified,
  traditional,
  pinyin,
  definitions: [definition],
  key: simplified,
  state: id % 2 ? 'new' : 'known',
  hsk2: null,
  hsk3: (id % 3) + 1,
  frequency: 100 - id,
  sites: [id % 2 ? 'a.example.cn' : 'b.example.cn'],
  note: '',
  addedAt: id * 10,
  updatedAt: id * 10,
});

const words: Word[] = [
  word(1, '经济', '經濟', 'jīng jì', 'economy'),
  word(2, '经历', '經歷', 'jīng lì', 'experience'),
  word(3, '发展', '發展', 'fā zhǎn', 'development'),
  word(4, '京剧', '京劇', 'jīng jù', 'Beijing opera'),
  word(5, '领导', '領導', 'lǐng dǎo', 'leadership'),
  word(6, '经济学', '經濟學', 'jīng jì xué', 'economics'),
];

describe('the vocabulary page search index', () => {
  it('answers every keystroke as the plain filter does, typing on, deleting and changing filters', () => {
    const search = createWordSearch(words);
    const steps: Partial<WordFilters>[] = [
      { query: 'j' },
      { query: 'ji' },
      { query: 'jin' },
      { query: 'jing' },
      { query: 'jingj' },
      { query: 'jingji' },
      { query: 'jing' },
      { query: '經' },
      { query: '經濟' },
      { query: '经济 econ' },
      { query: '经济 econ', state: 'known' },
      { query: '经', sort: 'frequency' },
      { query: 'jīng' },
      { query: '' },
      { query: '', hsk: 2 },
      { query: 'zzz' },
    ];
    for (const step of nonEmpty(steps)) {
      const filters = { ...NO_FILTERS, ...step };
      const ids = search.filter(filters).map((w) => w.id);
      expect(ids, JSON.stringify(step)).toEqual(filterWords([...words], filters).map((w) => w.id));
    }
    expect(search.filter({ ...NO_FILTERS, query: '经济' }).map((w) => w.simplified)).toEqual([
      '经济学',
      '经济',
    ]);
  });
});
