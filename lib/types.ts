// Shared data shapes. Plain data only: everything here crosses message boundaries and the CLI.

/** BCP 47 tag of the detected script: Chinese Simplified, Chinese Traditional, or something else. */
export type ScriptTag = 'zh-Hans' | 'zh-Hant' | (string & {});

/** Conversion targets, named as the CLI names them (OpenCC configs in brackets):
 *  cn = Simplified (mainland) [t2s/tw2s/hk2s], t = OpenCC standard Traditional [s2t],
 *  tw = Taiwan [s2tw], twp = Taiwan with phrases [s2twp], hk = Hong Kong [s2hk]. */
export type Target = 'cn' | 't' | 'tw' | 'twp' | 'hk';
export const TARGETS: readonly Target[] = ['cn', 't', 'tw', 'twp', 'hk'];

/** Source variants; `auto` detects from the text. */
export type Source = 'auto' | 'cn' | 't' | 'tw' | 'hk';
export const SOURCES: readonly Source[] = ['auto', 'cn', 't', 'tw', 'hk'];

export interface Article {
  isArticle: boolean;
  title: string;
  byline: string | null;
  /** ISO 8601, or null when the page does not say. */
  published: string | null;
  site: string | null;
  lang: ScriptTag;
  paragraphs: string[];
  /** Sanitised-later HTML of the body (ruby kept). */
  html: string;
  nextPageUrl: string | null;
}

export type EntrySource = 'cedict' | 'glossary' | 'user';

export interface DictEntry {
  simplified: string;
  traditional: string;
  /** Pinyin with tone marks, syllables separated by spaces. */
  pinyin: string;
  definitions: string[];
  source: EntrySource;
  /** The user glossary's row id, on entries from the user's own terms (so the card can edit them). */
  userId?: number;
  /** News-glossary entries: the term's topic (GlossaryCategory) and year, as data. The reader's side
   *  words them in the UI language as the entry's last line (lib/i18n/glossary-labels.ts). */
  category?: string;
  /** News-glossary entries: year the term entered use, where known. */
  year?: number;
  /** News-glossary entries: Simplified headwords of related glossary terms. */
  related?: string[];
}

/** Entries for the text at a position: the longest match first, then shorter words it contains. */
export interface LookupResult {
  /** Length (in UTF-16 code units of the queried text) of the longest match; 0 when nothing matched.
   *  With the segmentation hint, the length of the word shown first (and highlighted). */
  matchLength: number;
  entries: DictEntry[];
  /** Set when the hint put a shorter word first: the longest match's length. */
  longestMatch?: number;
}

export type ClippingKind = 'article' | 'selection';

export interface ClippingInput {
  url: string;
  title: string;
  site: string | null;
  byline: string | null;
  published: string | null;
  kind: ClippingKind;
  text: string;
  script: ScriptTag;
  /** The page's `<link rel=canonical>`: saving the same article again matches on it. */
  canonicalUrl?: string | null;
  /** Body HTML, sanitised with DOMPurify before it is stored and again before it is shown. */
  html?: string;
  /** For a selection: where it sits on the page, to highlight it again on a revisit. */
  anchor?: TextQuoteAnchor | null;
  /** For a selection: the sentence(s) around it. */
  sentence?: string;
  note?: string;
  tags?: string[];
  /** The script the user was reading when saving (the page converted or not; schema v3): the clipping
   *  opens in it. `text` stays in `script` (an article's original). Null or absent: not known. */
  shownScript?: ScriptTag | null;
}

/** A W3C-style text-quote selector, plus the character offset in the page's text as a tie-breaker. */
export interface TextQuoteAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  position: number;
}

export interface Clipping extends ClippingInput {
  id: number;
  savedAt: number;
  /** Clippings schema v2 fields (always present on stored records). */
  updatedAt: number;
  canonicalUrl: string | null;
  html: string;
  anchor: TextQuoteAnchor | null;
  sentence: string;
  note: string;
  tags: string[];
}

/** What the toolbar popup shows about the current tab. */
export interface TabState {
  url: string;
  article: {
    isArticle: boolean;
    title: string;
    byline: string | null;
    published: string | null;
    site: string | null;
    length: number;
  };
  script: ScriptTag;
  convertedTo: Target | null;
  hoverEnabled: boolean;
  /** The page reads as Japanese or Korean (lib/convert/language.ts): not converted unless the user
   *  confirms it for this page (`conversionConfirmed`). */
  otherLanguage?: 'ja' | 'ko' | null;
  conversionConfirmed?: boolean;
  /** The page is still settling and no article was found yet: a later `getState` (not `quick`) gives
   *  the final answer (issue 15 §5: the popup shows its controls at once). */
  detecting?: boolean;
}
