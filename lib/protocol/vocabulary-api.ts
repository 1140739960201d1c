// Vocabulary messages (issue 17), answered by the background (lib/vocabulary/handlers.ts). Type-only leaf.
import type { Colouring, ContextInput, DueCounts, WordEntryInput, WordState } from '../vocabulary/types';

export interface VocabularyApi {
  /** Saves a word with the context it was met in (the hover card's `s`); again → another context. */
  saveWord: {
    params: { entry: WordEntryInput; context: ContextInput | null };
    result: { wordId: number; created: boolean; contextId: number | null; hsk3: number | null };
  };
  /** The toast's Undo of saveWord. */
  undoSaveWord: { params: { wordId: number }; result: { undone: boolean } };
  /** Sets a word's state (adding the word first if it is not saved yet). */
  setWordState: { params: { entry: WordEntryInput; state: WordState }; result: { wordId: number } };
  /** States of the given words (either script), for colouring a page and its estimate. Words not
   *  saved are left out (they count as new). */
  wordStates: { params: { words: string[] }; result: { states: Record<string, WordState> } };
  /** "Mark the rest of this article known", with its Undo. */
  markWordsKnown: {
    params: { entries: WordEntryInput[] };
    result: { token: number; created: number; changed: number };
  };
  /** Undoes a markWordsKnown by the token it answered (the undo data never leaves the background, so a
   *  tab cannot name words to delete). */
  undoMarkWordsKnown: { params: { token: number }; result: { undone: boolean } };
  /** Known-word colouring of a piece of an article (issue 17 §5): the new and learning words as flat
   *  triples (start, end, 0 new | 1 learning; known and ignored words stay plain), and the estimate of
   *  that text. The text is cut as hover cuts it, by the dictionary's holder. */
  articleColouring: {
    params: { text: string };
    result: Colouring;
  };
  /** What is due today (the popup's count). Extension pages only. */
  vocabularyDue: { params: Record<string, never>; result: DueCounts };
}
