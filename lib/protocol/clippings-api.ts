// Clippings' messages: saving with Undo, a page's saved selections, the options page's Data group.
// Type-only leaf: handlers in lib/clippings/handlers.ts and lib/background/data-handlers.ts.
import type { TextQuoteAnchor } from '../types';

export interface ClippingsApi {
  /** Undoes the last save of clipping `id` (the toast's Undo): deletes it, or puts the previous back. */
  undoSave: { params: { id: number }; result: { undone: boolean } };
  /** The text-quote anchors of the selections saved on a page (by URL or canonical URL). */
  pageSelections: { params: { urls: string[] }; result: { anchors: TextQuoteAnchor[] } };
}

/** Handled by the content script. */
export interface ClippingsContentApi {
  /** Saves the user's selection on the page, with its sentence and anchor, and shows the toast. */
  saveSelection: { params: Record<string, never>; result: { id: number; updated: boolean } };
}

/** What the options page sends once the user has confirmed "Clear all clippings". */
export type ClearAllConfirmation = 'delete-all-clippings';

export interface DataApi {
  /** How many clippings are stored. Extension pages only. */
  clippingsCount: { params: Record<string, never>; result: { count: number } };
  /** Deletes every clipping and its search row, in one transaction. Extension pages only. */
  clearClippings: { params: { confirm: ClearAllConfirmation }; result: { deleted: number } };
}
