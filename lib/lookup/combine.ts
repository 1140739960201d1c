// One lookup over every source. Order of trust: the user's own terms, then the news glossary, then
// CC-CEDICT. The longest match across sources decides how much text is highlighted.
import type { DictEntry, LookupResult } from '../types';

export interface LookupSource {
  /** Entries whose headword is a prefix of `text`, longest first. */
  lookup(text: string): DictEntry[] | LookupResult;
}

const MAX_ENTRIES = 12;

function entriesOf(found: DictEntry[] | LookupResult): DictEntry[] {
  return Array.isArray(found) ? found : found.entries;
}

function headwordLength(entry: DictEntry, text: string): number {
  if (text.startsWith(entry.traditional)) return entry.traditional.length;
  if (text.startsWith(entry.simplified)) return entry.simplified.length;
  return 0;
}

/** Looks `text` up in every source (user first) and merges: longest headword first, and at equal length
 *  the more trusted source first. Duplicate headword+pinyin+source triples are dropped.
 *  `preferLength` (from the segmentation hint) moves the words of that length to the front; the result's
 *  matchLength is then that length, because the highlighted word is the one shown first. */
export function combineLookup(
  text: string,
  sources: readonly LookupSource[],
  preferLength = 0,
): LookupResult {
  const ranked: { entry: DictEntry; length: number; rank: number; order: number }[] = [];
  let order = 0;
  sources.forEach((source, rank) => {
    for (const entry of entriesOf(source.lookup(text))) {
      const length = headwordLength(entry, text);
      if (length > 0) ranked.push({ entry, length, rank, order: order++ });
    }
  });
  const first = (length: number): number => (length === preferLength ? 0 : 1);
  ranked.sort(
    (a, b) =>
      first(a.length) - first(b.length) || b.length - a.length || a.rank - b.rank || a.order - b.order,
  );
  const seen = new Set<string>();
  const entries: DictEntry[] = [];
  for (const { entry } of ranked) {
    const key = `${entry.source}|${entry.traditional}|${entry.simplified}|${entry.pinyin}|${entry.definitions.join('/')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    entries.push(entry);
    if (entries.length >= MAX_ENTRIES) break;
  }
  let longest = 0;
  for (const r of ranked) longest = Math.max(longest, r.length);
  const result: LookupResult = { matchLength: ranked[0]?.length ?? 0, entries };
  if (longest !== result.matchLength) result.longestMatch = longest;
  return result;
}
