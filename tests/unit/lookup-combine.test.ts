import { describe, expect, it } from 'vitest';
import { combineLookup, type LookupSource } from '../../lib/lookup/combine';
import type { DictEntry } from '../../lib/types';

const entry = (
  traditional: string,
  simplified: string,
  source: DictEntry['source'],
  def = 'x',
): DictEntry => ({
  traditional,
  simplified,
  pinyin: '',
  definitions: [def],
  source,
});

const fixed = (entries: DictEntry[]): LookupSource => ({
  lookup: (text) => entries.filter((e) => text.startsWith(e.traditional) || text.startsWith(e.simplified)),
});

describe('combineLookup', () => {
  it('puts the longest headword first whatever its source', () => {
    const cedict = fixed([entry('復工', '复工', 'cedict'), entry('復', '复', 'cedict')]);
    const glossary = fixed([entry('復工復產', '复工复产', 'glossary')]);
    const result = combineLookup('复工复产各项工作', [glossary, cedict]);
    expect(result.matchLength).toBe(4);
    expect(result.entries.map((e) => e.simplified)).toEqual(['复工复产', '复工', '复']);
  });

  it('ranks user terms before glossary and dictionary at equal length', () => {
    const user = fixed([entry('六穩', '六稳', 'user', 'mine')]);
    const glossary = fixed([entry('六穩', '六稳', 'glossary', 'theirs')]);
    const result = combineLookup('六穩工作', [user, glossary]);
    expect(result.entries.map((e) => e.source)).toEqual(['user', 'glossary']);
  });

  it('reports no match as length 0', () => {
    expect(combineLookup('abc', [fixed([entry('領導', '领导', 'cedict')])])).toEqual({
      matchLength: 0,
      entries: [],
    });
  });
});
