// The lookup engine the background, the CLI, the bench and the eval all use: the user's terms, the news
// glossary and CC-CEDICT combined (lib/lookup/combine.ts), with the segmentation hint (segment.ts)
// deciding which word goes first when text before the cursor is known.
import type { Dictionary } from '../dictionary/dictionary';
import type { Glossary, GlossaryMatch } from '../glossary/glossary';
import type { LookupResult } from '../types';
import { articleWordOffsets } from '../vocabulary/words';
import { combineLookup, type LookupSource } from './combine';
import { preferredLength, segment, type WordScorer } from './segment';

/** How much text around the cursor the hint reads. The best path's words after a boundary on it do not
 *  depend on what came before (optimal substructure), so a short window before the cursor is enough to
 *  tell whether the cursor starts a word at all. */
export const CONTEXT_BEFORE = 8;
export const CONTEXT_AFTER = 16;

/** A news-glossary term costs about as much as a fairly common word, so 十四五 beats 十四 | 五. */
const GLOSSARY_COST = 100;

export interface LookupEngine {
  /** Entries at the start of `text`; `before` is the text just before the cursor (may be empty). */
  lookup(text: string, before?: string): LookupResult;
  /** Plain longest match, no hint (the eval's baseline). */
  longestMatch(text: string): LookupResult;
  /** Glossary terms in a text (the article underliner). */
  glossaryMatches(text: string): GlossaryMatch[];
  /** The Chinese words of an article, flat offsets (lib/vocabulary/words.ts; known-word colouring). */
  articleWords(text: string): number[];
}

export function glossaryScorer(glossary: Glossary): WordScorer {
  return {
    prefixCosts(text, start, max, found) {
      for (const entry of glossary.lookup(text.slice(start, start + max), 8)) {
        const length = text.startsWith(entry.traditional, start)
          ? entry.traditional.length
          : text.startsWith(entry.simplified, start)
            ? entry.simplified.length
            : 0;
        // Glossary headwords fold regional variants (臺/台 …) one code unit to one, so the length holds.
        found(length || entry.simplified.length, GLOSSARY_COST);
      }
    },
  };
}

/** Characters of context either side of an underline candidate that the segmentation check reads. */
const MATCH_CONTEXT = 8;

/** Keeps the glossary matches that the best segmentation also cuts out as words: 党组 inside 党组织, or
 *  人大 across 伟人|大会, is a term matched inside other words, and underlining it would be wrong. */
export function onWordBoundaries<M extends { start: number; end: number }>(
  text: string,
  matches: readonly M[],
  scorers: readonly WordScorer[],
): M[] {
  return matches.filter(({ start, end }) => {
    const from = Math.max(0, start - MATCH_CONTEXT);
    const cuts = segment(text.slice(from, Math.min(text.length, end + MATCH_CONTEXT)), scorers);
    return cuts.includes(start - from) && cuts.includes(end - from);
  });
}

/** Whether a dictionary word longer than [start, end) covers it at this spot (人民银行 inside 中国人民银行,
 *  一季度 inside 第一季度): the reader sees the longer word, so the shorter term is not underlined. */
export function insideLongerWord(
  text: string,
  start: number,
  end: number,
  words: Pick<WordScorer, 'prefixCosts'>,
): boolean {
  let inside = false;
  for (let p = Math.max(0, end - MAX_COVERING_WORD); p <= start && !inside; p++) {
    words.prefixCosts(text, p, MAX_COVERING_WORD, (length) => {
      if (p + length >= end && length > end - start) inside = true;
    });
  }
  return inside;
}
const MAX_COVERING_WORD = 12;

export interface EngineSources {
  dictionary: Dictionary;
  glossary: Glossary;
  /** The user's terms; a getter because the background swaps the index when they change. */
  user?: () => (LookupSource & WordScorer) | null;
}

export function createLookupEngine({ dictionary, glossary, user }: EngineSources): LookupEngine {
  const glossaryWords = glossaryScorer(glossary);
  const sources = (): { lookup: LookupSource[]; scorers: WordScorer[] } => {
    const mine = user?.() ?? null;
    return mine
      ? { lookup: [mine, glossary, dictionary], scorers: [mine, glossaryWords, dictionary] }
      : { lookup: [glossary, dictionary], scorers: [glossaryWords, dictionary] };
  };
  return {
    lookup(text, before = '') {
      const { lookup, scorers } = sources();
      const after = text.slice(0, CONTEXT_AFTER);
      const prefer = preferredLength(before.slice(-CONTEXT_BEFORE), after, scorers);
      return combineLookup(after, lookup, prefer);
    },
    longestMatch(text) {
      return combineLookup(text.slice(0, CONTEXT_AFTER), sources().lookup);
    },
    articleWords: (text) => articleWordOffsets(text, sources().scorers),
    glossaryMatches(text) {
      const found = onWordBoundaries(text, glossary.findAll(text), sources().scorers);
      return found.filter(({ start, end }) => !insideLongerWord(text, start, end, dictionary));
    },
  };
}
