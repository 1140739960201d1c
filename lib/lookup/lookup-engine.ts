// The lookup engine the background, the CLI, the bench and the eval all use: the user's terms, the news
// glossary and CC-CEDICT combined (lib/lookup/combine.ts), with the segmentation hint (segment.ts)
// deciding which word goes first when text before the cursor is known.
import type { Dictionary } from '../dictionary/dictionary';
import type { Glossary, GlossaryMatch } from '../glossary/glossary';
import type { LookupResult } from '../types';
import { combineLookup, type LookupSource } from './combine';
import { preferredLength, type WordScorer } from './segment';

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
}

function glossaryScorer(glossary: Glossary): WordScorer {
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
    glossaryMatches(text) {
      return glossary.findAll(text);
    },
  };
}
