// Script-blind full-text search. Chinese has no spaces, so words cannot be tokens; instead every
// clipping's title, text, note, tags and site are stored folded to one script (fold.ts) and a query,
// folded the same way, is a substring test. Measured against a multiEntry index of character bigrams
// and unigrams in IndexedDB (10,000 clippings, Chromium): the index made search 1.6 s median (its
// candidates must be confirmed, and reading them back is the cost), a save 60+ ms and loading 10,000
// clippings 170 s; a scan of the folded texts, held in memory by the review page, takes milliseconds.
import { fold } from './fold';

/** Whitespace and the most common punctuation split runs: a gram never spans them. */
const SEPARATOR = /[\s\p{P}\p{S}]+/u;

function runsOf(folded: string): string[] {
  return folded.split(SEPARATOR).filter((r) => r.length > 0);
}

export interface SearchRow {
  id: number;
  /** Folded title, text, note, tags and site, each on its own line. */
  folded: string;
  /** Copied from the clipping so search results can be ordered without another read. */
  savedAt: number;
}

export interface Searchable {
  title: string;
  text: string;
  note: string;
  tags: string[];
  site: string | null;
  savedAt: number;
}

export function searchRowOf(id: number, c: Searchable): SearchRow {
  const folded = fold([c.title, c.text, c.note, c.tags.join(' '), c.site ?? ''].join('\n'));
  return { id, folded, savedAt: c.savedAt };
}

/** Folded query terms (split on spaces and punctuation); every term must occur. */
export function parseQuery(query: string): { terms: string[] } {
  return { terms: runsOf(fold(query.trim())) };
}

export function matchesAll(folded: string, terms: string[]): boolean {
  return terms.every((term) => folded.includes(term));
}

/** Ranges [start, end) in `text` where any term occurs, found on the folded text (same offsets). */
export function matchRanges(text: string, terms: string[]): [number, number][] {
  const folded = fold(text);
  const ranges: [number, number][] = [];
  for (const term of terms) {
    if (!term) continue;
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) {
      ranges.push([at, at + term.length]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}
