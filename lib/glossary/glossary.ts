// Prefix lookup and in-text matching over the curated news glossary.
// The hover popup asks "what starts here?" on every mouse move and the underliner scans whole articles,
// so headwords are bucketed by their first character and each bucket is kept longest-first: a query only
// compares the handful of headwords that can start at that position.
import type { DictEntry } from '../types';
import type { GlossaryTerm } from './term';
import { NEWS_TERMS } from './terms';

/** One occurrence of a glossary term in a text; offsets are UTF-16 code units, `end` exclusive. */
export interface GlossaryMatch {
  start: number;
  end: number;
  entry: DictEntry;
  term: GlossaryTerm;
}

export interface Glossary {
  /** Entries whose headword (either script) is a prefix of `text`, longest first, at most `max`. */
  lookup(text: string, max?: number): DictEntry[];
  /** Non-overlapping leftmost-longest occurrences, in text order. */
  findAll(text: string): GlossaryMatch[];
  /** Number of terms. */
  readonly size: number;
}

const DEFAULT_MAX = 8;

// Regional Traditional variants that mean the same character. Taiwan writes 臺 where Hong Kong writes 台,
// Hong Kong writes 綫/衞/爲/衆 where Taiwan writes 線/衛/為/眾, and so on. Headwords store one form; folding
// both the headwords and the text to the same form lets either spelling match. Every pair is one UTF-16
// code unit to one, so offsets in the folded text are offsets in the original.
const VARIANT_FOLD: Readonly<Record<string, string>> = {
  臺: '台',
  捲: '卷',
  巖: '岩',
  週: '周',
  綫: '線',
  衞: '衛',
  爲: '為',
  衆: '眾',
  峯: '峰',
  鈎: '鉤',
  // Hong Kong's 税/羣/脱/户/兑/閲/泄/着 where Taiwan writes 稅/群/脫/戶/兌/閱/洩/著.
  税: '稅',
  羣: '群',
  脱: '脫',
  户: '戶',
  兑: '兌',
  閲: '閱',
  泄: '洩',
  着: '著',
};
const VARIANT_RE = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'g');

function fold(text: string): string {
  return text.replace(VARIANT_RE, (c) => VARIANT_FOLD[c] ?? c);
}

interface Head {
  /** Folded headword. */
  key: string;
  index: number;
}

function toDictEntry(term: GlossaryTerm): DictEntry {
  // The topic and year tell the reader where the sense comes from, which matters when a general
  // dictionary gives a different, everyday meaning for the same characters. They travel as data: the
  // dictionary's holder does not know the UI language, the tab words them (lib/i18n/glossary-labels.ts).
  // Frozen because every lookup hands out these same objects; a caller editing one would corrupt the rest.
  return Object.freeze({
    simplified: term.simplified,
    traditional: term.traditional,
    pinyin: term.pinyin,
    definitions: Object.freeze([term.definition]) as string[],
    source: 'glossary',
    category: term.category,
    ...(term.year === undefined ? {} : { year: term.year }),
    ...(term.related ? { related: Object.freeze([...term.related]) as string[] } : {}),
  });
}

export function createGlossary(terms: readonly GlossaryTerm[]): Glossary {
  const entries = terms.map(toDictEntry);
  const buckets = new Map<string, Head[]>();
  let longest = 0;
  terms.forEach((term, index) => {
    // A Set, because most headwords are written the same in both scripts (and may fold together).
    const forms = [term.simplified, term.traditional, term.taiwan, term.hongkong];
    for (const key of new Set(forms.filter((f) => f !== undefined).map(fold))) {
      // An empty headword would match everywhere and stall findAll, so it is never indexed.
      if (key === '') continue;
      const first = key[0]!;
      const bucket = buckets.get(first);
      if (bucket) bucket.push({ key, index });
      else buckets.set(first, [{ key, index }]);
      longest = Math.max(longest, key.length);
    }
  });
  // Stable sort: equal lengths keep data order, so results are deterministic.
  for (const bucket of buckets.values()) bucket.sort((a, b) => b.key.length - a.key.length);

  /** Heads matching `folded` at `pos`, longest first (one per term). */
  function headsAt(folded: string, pos: number): Head[] {
    const bucket = buckets.get(folded[pos] ?? '');
    if (!bucket) return [];
    const found: Head[] = [];
    const seen = new Set<number>();
    for (const head of bucket) {
      if (seen.has(head.index) || !folded.startsWith(head.key, pos)) continue;
      seen.add(head.index);
      found.push(head);
    }
    return found;
  }

  /** The single longest head at `pos`, without collecting the rest. */
  function longestAt(folded: string, pos: number): Head | undefined {
    const bucket = buckets.get(folded[pos] ?? '');
    return bucket?.find((head) => folded.startsWith(head.key, pos));
  }

  return {
    size: terms.length,
    lookup(text: string, max = DEFAULT_MAX): DictEntry[] {
      if (max <= 0) return [];
      // Only the first `longest` characters can take part in a match.
      const folded = fold(text.slice(0, longest));
      return headsAt(folded, 0)
        .slice(0, max)
        .map((head) => entries[head.index]!);
    },
    findAll(text: string): GlossaryMatch[] {
      const folded = fold(text);
      const matches: GlossaryMatch[] = [];
      let pos = 0;
      while (pos < folded.length) {
        const head = longestAt(folded, pos);
        if (!head) {
          pos += 1;
          continue;
        }
        const end = pos + head.key.length;
        matches.push({ start: pos, end, entry: entries[head.index]!, term: terms[head.index]! });
        pos = end;
      }
      return matches;
    },
  };
}

/** A fresh glossary over the shipped news terms. Builds its index on every call: callers keep the result. */
export function newsGlossary(): Glossary {
  return createGlossary(NEWS_TERMS);
}
