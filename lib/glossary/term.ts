// Shape of one curated glossary entry. Kept apart from lib/types.ts because only the glossary and its
// tests need it; everything that leaves the glossary is converted to the shared DictEntry.
// The terms themselves are data: lib/glossary/data/*.tsv, compiled by scripts/build-glossary.ts.

/** Topic of a term; shown to the reader next to the definition and usable for filtering. */
export type GlossaryCategory =
  | 'party-state'
  | 'economy-policy'
  | 'finance'
  | 'industry-tech'
  | 'rural'
  | 'social-policy'
  | 'governance'
  | 'pandemic'
  | 'hk-taiwan-cross-strait'
  | 'institutions'
  | 'diplomacy-security'
  | 'society-tech'
  | 'ecology-energy';

export const GLOSSARY_CATEGORIES: readonly GlossaryCategory[] = [
  'party-state',
  'economy-policy',
  'finance',
  'industry-tech',
  'rural',
  'social-policy',
  'governance',
  'pandemic',
  'hk-taiwan-cross-strait',
  'institutions',
  'diplomacy-security',
  'society-tech',
  'ecology-energy',
];

export interface GlossaryTerm {
  readonly simplified: string;
  /** Standard Traditional form; regional variant characters (臺/台, 綫/線 …) are folded at lookup. */
  readonly traditional: string;
  /** Taiwan's written form, only where it differs from `traditional` (not a mere variant character). */
  readonly taiwan?: string;
  /** Hong Kong's written form, only where it differs from `traditional`. */
  readonly hongkong?: string;
  /** Tone marks, one space-separated syllable per Han character; Latin letters and digits stay as one token. */
  readonly pinyin: string;
  /** One to three neutral sentences in plain English: what the term means and how it is used. */
  readonly definition: string;
  readonly category: GlossaryCategory;
  /** Year the term was coined or the thing it names began, where that is well established. */
  readonly year?: number;
  /** Simplified headwords of related glossary terms. */
  readonly related?: readonly string[];
}
