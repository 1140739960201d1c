// Search, filters and sort for the vocabulary page, over the words in memory (each word's folded text
// is computed once and cached; a keystroke scans pre-sorted lists; see `npm run bench -- vocabulary`).
// Search is script-blind and needs no spaces: 经济 finds 經濟, "jingji" finds jīngjì.
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

/** A query folded once: each space-separated part, and the part as toneless pinyin. */
export interface CompiledQuery {
  folded: string;
  parts: { text: string; plain: string }[];
}

export function compileQuery(query: string): CompiledQuery {
  const folded = fold(query).trim();
  const parts = folded
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, plain: plainPinyin(text) }));
  return { folded, parts };
}

function matchesCompiled(hay: string, query: CompiledQuery): boolean {
  for (const p of query.parts) if (!hay.includes(p.text) && !(p.plain && hay.includes(p.plain))) return false;
  return true;
}

/** Whether a word matches the query: every space-separated part somewhere in it (Chinese needs none). */
export function matchesQuery(word: Word, query: string | CompiledQuery): boolean {
  const compiled = typeof query === 'string' ? compileQuery(query) : query;
  return compiled.parts.length === 0 || matchesCompiled(haystackOf(word), compiled);
}

const passesFilters = (w: Word, filters: WordFilters): boolean =>
  (filters.state === 'all' || w.state === filters.state) &&
  (filters.hsk === 'all' || (w.hsk3 ?? 0) === filters.hsk) &&
  (filters.site === 'all' || w.sites.includes(filters.site)) &&
  (filters.from === null || w.addedAt >= filters.from) &&
  (filters.to === null || w.addedAt < filters.to);

export function filterWords(
  words: readonly Word[],
  filters: WordFilters,
  dueOf: (wordId: number) => number | undefined = () => undefined,
): Word[] {
  const query = compileQuery(filters.query);
  const out = words.filter((w) => passesFilters(w, filters) && matchesQuery(w, query));
  return sortWords(out, filters.sort, dueOf);
}

/** Search over a fixed list, built once per list (the vocabulary page rebuilds it when the words
 *  change): every word's folded haystack precomputed, the list pre-sorted per sort order (a filter
 *  keeps that order, so a keystroke never sorts), and a query that extends the previous one (typing on)
 *  scans only the previous hits. */
export interface WordSearch {
  filter(filters: WordFilters): Word[];
}

export function createWordSearch(
  words: readonly Word[],
  dueOf: (wordId: number) => number | undefined = () => undefined,
): WordSearch {
  const sorted = new Map<WordSort, Word[]>();
  const base = (sort: WordSort): Word[] => {
    let list = sorted.get(sort);
    if (!list) {
      list = sortWords([...words], sort, dueOf);
      sorted.set(sort, list);
    }
    return list;
  };
  let last: { rest: string; query: string; hits: Word[] } | null = null;
  return {
    filter(filters) {
      const query = compileQuery(filters.query);
      const rest = JSON.stringify({ ...filters, query: '' });
      // Typing on: every hit of "jingj" is among the hits of "jing" (parts only grow or are added).
      const from =
        last && last.rest === rest && query.folded.startsWith(last.query) && !/\s$/.test(filters.query)
          ? last.hits
          : base(filters.sort).filter((w) => passesFilters(w, filters));
      const hits =
        query.parts.length === 0 ? from : from.filter((w) => matchesCompiled(haystackOf(w), query));
      last = { rest, query: query.folded, hits };
      return hits;
    },
  };
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
