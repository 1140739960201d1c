// What the hover needs from outside the page: the dictionary (straight to its holder) and the user's
// glossary (through the background). Injectable, so the adapter runs in unit tests without a browser.
import { callBackground } from '../client';
import type { UserTermInput } from '../glossary/user-term';
import { dictionaryClient, lookupWord } from '../lookup/client';
import type { Result } from '../messages';
import type { LookupResult } from '../types';
import { callVocabulary } from '../vocabulary/client';
import type { PageInfo } from '../vocabulary/context';
import type { ContextInput, WordEntryInput, WordState } from '../vocabulary/types';
import type { FrameTools } from './frame-tools';
import type { sayForCard } from './say-effect';
import type { underlineArticle } from './underline';

/** What the hover needs from the background; injectable for tests. */
export interface HoverDeps {
  lookup(text: string, before: string): Promise<Result<LookupResult>>;
  putTerm(term: UserTermInput, id?: number): Promise<Result<{ id: number }>>;
  deleteTerm(id: number): Promise<Result<{ deleted: boolean }>>;
  glossaryMatches(text: string): Promise<Result<{ start: number; end: number }[]>>;
  /** The vocabulary (issue 17): the card's `s`, its Undo, and `k` / `i`. */
  saveWord(
    entry: WordEntryInput,
    context: ContextInput | null,
  ): Promise<Result<{ wordId: number; created: boolean }>>;
  undoSaveWord(wordId: number): Promise<Result<{ undone: boolean }>>;
  setWordState(entry: WordEntryInput, state: WordState): Promise<Result<{ wordId: number }>>;
  /** Where the page is, for a saved word's context (the content script knows the article's title and date). */
  pageInfo?(): PageInfo;
  /** Hover turned on: get the way to the dictionary ready before the first hover. */
  warm?(): void;
  /** Disposed: let go of the way to the dictionary (its port). */
  release?(): void;
  /** What a tab loads on first need (the clipper bundle, content-script size): the reach into frames
   *  (issue 15 §2) when the page has one, the glossary underliner when underlining is on, speech
   *  when the card is asked to read aloud. */
  onNeed?(): Promise<{ frames?: FrameTools; underline?: typeof underlineArticle; say?: typeof sayForCard }>;
}

export const backgroundDeps: HoverDeps = {
  // Straight to the dictionary's holder (Chrome: the offscreen document), not through the service worker.
  lookup: lookupWord,
  warm: () => dictionaryClient().warm(),
  release: () => dictionaryClient().dispose(),
  putTerm: (term, id) => callBackground('putUserTerm', id === undefined ? { term } : { term, id }),
  deleteTerm: (id) => callBackground('deleteUserTerm', { id }),
  glossaryMatches: (text) => callBackground('glossaryMatches', { text }),
  saveWord: (entry, context) => callVocabulary('saveWord', { entry, context }),
  undoSaveWord: (wordId) => callVocabulary('undoSaveWord', { wordId }),
  setWordState: (entry, state) => callVocabulary('setWordState', { entry, state }),
};
