// Which words keep their ruby: every word, only words above a chosen HSK level, or only words the
// user does not know yet. The ruby is always written; a word left plain gets the class `plain` and CSS
// hides its readings, so changing the scope is a class pass over the <ruby> elements, never a rebuild.
import type { WordState } from '../vocabulary/types';

export type RubyScope = 'all' | 'hsk' | 'unknown';
export const RUBY_SCOPES: readonly RubyScope[] = ['all', 'hsk', 'unknown'];
/** HSK 3.0 levels 1–6, and 7 for the 7–9 band. */
export const HSK_LEVELS = [1, 2, 3, 4, 5, 6, 7] as const;

/** What a scope needs to know about a word: its HSK 3.0 level and its vocabulary state. */
export interface WordFacts {
  hskLevel(word: string): number | null;
  /** Vocabulary state; undefined when the word is not saved (it counts as unknown). */
  state(word: string): WordState | undefined;
}

/** States that mean "the user needs no reading for this word". */
const KNOWN_STATES: ReadonlySet<WordState> = new Set(['known', 'ignored']);

/** True when `word` is shown without readings under `scope`. Words not on the HSK lists are above
 *  every level (they keep the ruby). */
export function isPlainWord(word: string, scope: RubyScope, level: number, facts: WordFacts): boolean {
  if (scope === 'hsk') {
    const wordLevel = facts.hskLevel(word);
    return wordLevel !== null && wordLevel <= level;
  }
  if (scope === 'unknown') {
    const state = facts.state(word);
    return state !== undefined && KNOWN_STATES.has(state);
  }
  return false;
}

/** The word of a <ruby>: its text (the <rt> elements hold none, see ruby.ts). */
export const rubyWord = (ruby: Element): string => ruby.textContent ?? '';

/** The distinct words that carry ruby under `root`, in first-seen order. */
export function rubyWords(root: Element): string[] {
  const seen = new Set<string>();
  for (const ruby of root.querySelectorAll('ruby.w')) seen.add(rubyWord(ruby));
  return [...seen];
}

export interface SliceOptions {
  /** Milliseconds of work before yielding (the long-task limit is 50). */
  budget?: number;
  yieldNow?: () => Promise<void>;
  now?: () => number;
  /** Stops early (a newer pass started). */
  cancelled?: () => boolean;
}

/** Sets the `plain` class on every <ruby> under `root` whose word `plain` answers true for, yielding
 *  every `budget` ms (a 200,000-character article has ~150,000 rubies). Resolves to the number of plain
 *  words, or -1 when cancelled. */
export async function markPlainWords(
  root: Element,
  plain: (word: string) => boolean,
  options: SliceOptions = {},
): Promise<number> {
  const budget = options.budget ?? 12;
  const now = options.now ?? (() => performance.now());
  let count = 0;
  const memo = new Map<string, boolean>();
  let sliceStart = now();
  for (const ruby of root.querySelectorAll('ruby.w')) {
    const word = rubyWord(ruby);
    let isPlain = memo.get(word);
    if (isPlain === undefined) {
      isPlain = plain(word);
      memo.set(word, isPlain);
    }
    if (ruby.classList.contains('plain') !== isPlain) ruby.classList.toggle('plain', isPlain);
    if (isPlain) count++;
    if (options.yieldNow && now() - sliceStart > budget) {
      await options.yieldNow();
      if (options.cancelled?.()) return -1;
      sliceStart = now();
    }
  }
  return count;
}

/** Splits a word list into requests of at most `size` words (the background caps a bulk request). */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
