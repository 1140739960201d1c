// Background handlers for clippings: saving (with Undo), and the anchors of a page's saved selections
// for highlighting them on a revisit. Spread into the background's handler map.
import type { BackgroundContext, SenderInfo } from '../background/handlers';
import { type Handler, isObject, MessageError } from '../messages';
import type { ClippingInput, TextQuoteAnchor } from '../types';
import type { SaveResult } from './db';
import {
  type ClippingsDb,
  deleteClippings,
  putClippings,
  saveClipping,
  selectionsForPage,
  storageErrorMessage,
} from './db';
import { sanitizeHtml } from './sanitize';

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

/** How long the toast's Undo stays possible. */
export const UNDO_WINDOW_MS = 5 * 60_000;

type Handlers = {
  [N in keyof ClippingsApi]: Handler<ClippingsApi[N]['params'], ClippingsApi[N]['result'], BackgroundContext>;
};

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

export function createClippingsHandlers(
  db: () => ClippingsDb,
  requireTab: (sender: SenderInfo) => unknown,
  now: () => number = Date.now,
): { handlers: Handlers; save: (input: ClippingInput) => Promise<{ id: number; updated: boolean }> } {
  // Undo state lives with the worker; if the worker is stopped the Undo button answers "too late".
  const undo = new Map<number, { previous: SaveResult['previous']; at: number }>();

  const save = async (input: ClippingInput): Promise<{ id: number; updated: boolean }> => {
    // The content script sanitised already; sanitise again where a DOM exists (Firefox's background
    // page). A service worker has none: there the page-side sanitising and the one at display stand.
    const html = input.html ? (sanitizeHtml(input.html) ?? input.html) : '';
    try {
      const result = await saveClipping(db(), { ...input, html });
      undo.set(result.id, { previous: result.previous, at: now() });
      return { id: result.id, updated: result.updated };
    } catch (error) {
      throw new MessageError('failed', storageErrorMessage(error));
    }
  };

  const handlers: Handlers = {
    undoSave: {
      validate: (p): p is { id: number } => isObject(p) && isId(p.id),
      run: async ({ id }, { sender }) => {
        requireTab(sender);
        const entry = undo.get(id);
        undo.delete(id);
        if (!entry || now() - entry.at > UNDO_WINDOW_MS) return { undone: false };
        // Deleted since (on the review page, or by "Clear all"): Undo must not bring an old version back.
        if (!(await db().clippings.get(id))) return { undone: false };
        if (entry.previous) await putClippings(db(), [entry.previous]);
        else await deleteClippings(db(), [id]);
        return { undone: true };
      },
    },
    pageSelections: {
      validate: (p): p is { urls: string[] } =>
        isObject(p) &&
        Array.isArray(p.urls) &&
        p.urls.length <= 4 &&
        p.urls.every((u) => typeof u === 'string' && u.length <= 4096),
      run: async ({ urls }, { sender }) => {
        requireTab(sender);
        // A tab may ask only about itself: its own URL must be among those asked about.
        if (!sender.url || !urls.includes(sender.url))
          throw new MessageError('forbidden', 'Not this tab’s page.');
        const found = await selectionsForPage(db(), urls);
        return { anchors: found.map((c) => c.anchor).filter((a): a is TextQuoteAnchor => a !== null) };
      },
    },
  };
  return { handlers, save };
}
