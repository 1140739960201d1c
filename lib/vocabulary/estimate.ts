// Known-word colouring and the article estimate ("known 87 % · 42 new words · HSK 4–5"): the article is
// segmented exactly as the hover card segments a sentence (lib/lookup/segment.ts over the same
// dictionary scorers), and each Chinese word is looked up in the reader's word states. Words never
// saved count as new. Pure: the caller supplies text, scorers, states and the HSK list, and decides
// where the colouring is painted (never where the page can read it).
import { fold } from '../clippings/fold';
import { t } from '../i18n';
import type { WordScorer } from '../lookup/segment';
import { type HskIndex, hsk3Label } from './hsk';
import type { WordState } from './types';
import { articleWords, type WordRange } from './words';

export { articleWords, SLICE, slices, type WordRange } from './words';

export interface ArticleEstimate {
  /** Share of the article's running Chinese words the reader knows (known or ignored), 0–100. */
  knownPercent: number;
  /** Distinct words that are new (never saved, or saved as new). */
  newWords: number;
  /** Distinct words being learned. */
  learningWords: number;
  /** Running Chinese words counted. */
  tokens: number;
  /** The HSK 3.0 band of the article's listed words: the levels that cover 80 % and 95 % of them;
   *  null when none is on the list. */
  hsk: { from: number; to: number } | null;
  /** Where each word is, by state (UTF-16 offsets into the text, end exclusive). */
  ranges: Record<WordState, WordRange[]>;
}

function band(levels: number[]): { from: number; to: number } | null {
  if (levels.length === 0) return null;
  const sorted = [...levels].sort((a, b) => a - b);
  const at = (share: number): number =>
    sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? 0;
  return { from: at(0.8), to: at(0.95) };
}

/** Colouring ranges and the estimate. `states` is keyed by the folded word (lib/vocabulary/db.ts
 *  wordKey), so a Traditional page finds words saved from a Simplified one. */
export function estimateArticle(
  text: string,
  scorers: readonly WordScorer[],
  states: ReadonlyMap<string, WordState>,
  hsk: HskIndex | null,
): ArticleEstimate {
  return estimateFromWords(text, articleWords(text, scorers), states, hsk);
}

/** The estimate from words already cut (the dictionary's holder cuts them; the background, which
 *  has the states, counts). A word is folded and looked up once however often it recurs. */
export function estimateFromWords(
  text: string,
  words: readonly WordRange[],
  states: ReadonlyMap<string, WordState>,
  hsk: HskIndex | null,
): ArticleEstimate {
  const ranges: Record<WordState, WordRange[]> = { new: [], learning: [], known: [], ignored: [] };
  const distinct = { new: new Set<string>(), learning: new Set<string>() };
  const seen = new Map<string, { key: string; state: WordState; level: number | null }>();
  const levels: number[] = [];
  let known = 0;
  for (const range of words) {
    const word = text.slice(range.start, range.end);
    let info = seen.get(word);
    if (!info) {
      const key = fold(word);
      info = { key, state: states.get(key) ?? 'new', level: hsk?.get(word)?.hsk3 ?? null };
      seen.set(word, info);
    }
    ranges[info.state].push(range);
    if (info.state === 'known' || info.state === 'ignored') known++;
    else distinct[info.state].add(info.key);
    if (info.level) levels.push(info.level);
  }
  return {
    knownPercent: words.length === 0 ? 100 : Math.round((known / words.length) * 100),
    newWords: distinct.new.size,
    learningWords: distinct.learning.size,
    tokens: words.length,
    hsk: band(levels),
    ranges,
  };
}

/** The distinct folded keys of the words (what the background asks the database about). */
export function wordKeysOf(text: string, words: readonly WordRange[]): string[] {
  const keys = new Set<string>();
  for (const range of words) keys.add(fold(text.slice(range.start, range.end)));
  return [...keys];
}

/** "4–5", "7–9", "3" — the band as the estimate line shows it. */
export function hskBandLabel(hsk: ArticleEstimate['hsk']): string {
  if (!hsk) return '–';
  const from = hsk3Label(hsk.from);
  const to = hsk3Label(hsk.to);
  if (from === to) return from;
  return hsk.to >= 7 ? `${from}–9` : `${from}–${to}`;
}

/** The estimate as the popup shows it: "known 87 % · 42 new words · HSK 4–5". */
export function estimateLine(estimate: Pick<ArticleEstimate, 'knownPercent' | 'newWords' | 'hsk'>): string {
  return t('estimateLine', {
    known: estimate.knownPercent,
    new: estimate.newWords,
    levels: hskBandLabel(estimate.hsk),
  });
}
