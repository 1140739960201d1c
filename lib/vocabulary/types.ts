// The records of the vocabulary database (lib/vocabulary/db.ts). Plain data: they cross messages and
// go into backups as they are.

export const WORD_STATES = ['new', 'learning', 'known', 'ignored'] as const;
export type WordState = (typeof WORD_STATES)[number];

export const isWordState = (v: unknown): v is WordState =>
  typeof v === 'string' && (WORD_STATES as readonly string[]).includes(v);

/** A dictionary entry as the hover card shows it: what "save word" sends. */
export interface WordEntryInput {
  simplified: string;
  traditional: string;
  /** Pinyin with tone marks, syllables separated by spaces. */
  pinyin: string;
  /** The definitions the card showed. */
  definitions: string[];
}

/** Where a word was met: the sentence, the word's place in it, and the page. */
export interface ContextInput {
  sentence: string;
  /** Offset of the word in `sentence` (UTF-16 code units) and its length. */
  start: number;
  length: number;
  url: string;
  title: string;
  site: string | null;
  /** The article's own date (ISO 8601), when it was detected. */
  published: string | null;
  /** The clipping this context belongs to, if the page or selection was saved. */
  clippingId: number | null;
}

export interface Word extends WordEntryInput {
  id: number;
  /** The simplified form folded (lib/clippings/fold.ts): one row per word whatever the script. */
  key: string;
  state: WordState;
  /** HSK 2.0 level 1–6; HSK 3.0 level 1–6 or 7 (the 7–9 band); frequency rank. Null when unlisted. */
  hsk2: number | null;
  hsk3: number | null;
  frequency: number | null;
  /** Distinct sites of its contexts (an index: the page filters by site). */
  sites: string[];
  note: string;
  addedAt: number;
  updatedAt: number;
}

export interface WordContext extends ContextInput {
  id: number;
  wordId: number;
  savedAt: number;
}

/** An FSRS card (ts-fsrs's Card with dates as epoch milliseconds), one per word. */
export interface ReviewCard {
  wordId: number;
  /** Which queue the card is in: 'new' (never graded), 'review', or 'off' (the word is known or
   *  ignored). Indexed with `due`, so the next card is one index read. */
  queue: 'new' | 'review' | 'off';
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 New, 1 Learning, 2 Review, 3 Relearning. */
  state: number;
  last_review: number | null;
}

/** One grade, with what it replaced, so Undo puts the card and the word's state back exactly. */
export interface ReviewLogRow {
  id: number;
  wordId: number;
  rating: 1 | 2 | 3 | 4;
  review: number;
  /** The card's FSRS state before the grade (0 = it was new). */
  state: number;
  scheduled_days: number;
  before: { card: ReviewCard; wordState: WordState };
}

/** The article estimate without its ranges (lib/vocabulary/estimate.ts ArticleEstimate): what the
 *  popup's line shows. */
export interface EstimateSummary {
  knownPercent: number;
  newWords: number;
  learningWords: number;
  tokens: number;
  hsk: { from: number; to: number } | null;
}

/** A piece of an article coloured (the background's articleColouring answer). */
export interface Colouring {
  /** start, end, 0 new | 1 learning … in text order (known and ignored words are not drawn). */
  marks: number[];
  estimate: EstimateSummary;
}

export interface DueCounts {
  /** New words left to introduce today (within the daily limit). */
  new: number;
  /** Reviews due now and left within today's limit. */
  review: number;
}
