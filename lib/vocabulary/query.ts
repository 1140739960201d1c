// Search, filters and sort for the vocabulary page, over the words in memory (20,000 words fold and
// scan in a few milliseconds; see `npm run bench -- vocabulary`). Search is script-blind and needs no
// spaces: 经济 finds 經濟, "jingji" finds jīngjì.
import { fold } from '../clippings/fold';
import type { ReviewCard, Word, WordState } from './types';

export type WordSort = 'added' | 'due' | 'frequency';

export interface WordFilters {
  query: string;
  state: WordState | 'all';
  /** HSK 3.0 level 1–7 (7 = 7–9), 0 = not on the list, 'all' = any. */
  hsk: number | 'all';
  site: string | 'all';
  /** Added on or after / before (epoch ms), or null. */
  from: number | null;
  to: number | null;
  sort: WordSort;
}

export const NO_FILTERS: WordFilters = {
  query: '',
  state: 'all',
  hsk: 'all',
  site: 'all',
  from: null,
  to: null,
  sort: 'added',
};

/** Pinyin without tone marks or spaces, lower case: "Jīng jì" → "jingji". */
export function plainPinyin(pinyin: string): string {
  return pinyin
    .replace(/[üǖǘǚǜÜǕǗǙǛ]/g, 'v')
    .normalize('NFD')
    .replace(/[\u0300-\u036f\s\d]/g, '')
    .toLowerCase();
}

const haystacks = new WeakMap<Word, string>();

/** The folded text a word is searched in: both scripts, plain pinyin, definitions, note. */
function haystackOf(word: Word): string {
  let text = haystacks.get(word);
  if (text === undefined) {
    text = fold(
      `${word.simplified}\u0001${word.traditional}\u0001${plainPinyin(word.pinyin)}\u0001${word.definitions.join('\u0001')}\u0001${word.note}`,
    );
    haystacks.set(word, text);
  }
  return text;
}

/** Whether a word matches the query: every space-separated part somewhere in it (Chinese needs none). */
export function matchesQuery(word: Word, query: string): boolean {
  const parts = fold(query).trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return true;
  const hay = haystackOf(word);
  return parts.every((p) => hay.includes(p) || hay.includes(plainPinyin(p)));
}

export function filterWords(
  words: readonly Word[],
  filters: WordFilters,
  dueOf: (wordId: number) => number | undefined = () => undefined,
): Word[] {
  const out = words.filter(
    (w) =>
      (filters.state === 'all' || w.state === filters.state) &&
      (filters.hsk === 'all' || (w.hsk3 ?? 0) === filters.hsk) &&
      (filters.site === 'all' || w.sites.includes(filters.site)) &&
      (filters.from === null || w.addedAt >= filters.from) &&
      (filters.to === null || w.addedAt < filters.to) &&
      matchesQuery(w, filters.query),
  );
  return sortWords(out, filters.sort, dueOf);
}

/** added: newest first; due: soonest first (words without a card last); frequency: most frequent
 *  first (unranked last). Ties by id, so the order is stable. */
export function sortWords(
  words: Word[],
  sort: WordSort,
  dueOf: (wordId: number) => number | undefined = () => undefined,
): Word[] {
  const inf = Number.POSITIVE_INFINITY;
  const by: Record<WordSort, (a: Word, b: Word) => number> = {
    added: (a, b) => b.addedAt - a.addedAt || b.id - a.id,
    due: (a, b) => (dueOf(a.id) ?? inf) - (dueOf(b.id) ?? inf) || a.id - b.id,
    frequency: (a, b) => (a.frequency ?? inf) - (b.frequency ?? inf) || a.id - b.id,
  };
  return words.sort((a, b) => {
    const d = by[sort](a, b);
    return Number.isNaN(d) ? 0 : d;
  });
}

/** Due time of each reviewable word (known and ignored words have none). */
export function dueIndex(cards: readonly ReviewCard[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const c of cards) if (c.queue !== 'off') map.set(c.wordId, c.due);
  return map;
}

/** The distinct sites, for the site filter. */
export function sitesOf(words: readonly Word[]): string[] {
  const set = new Set<string>();
  for (const w of words) for (const s of w.sites) set.add(s);
  return [...set].sort();
}
