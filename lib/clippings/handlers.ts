// Background handlers for clippings: saving (with Undo), and the anchors of a page's saved selections
// for highlighting them on a revisit. Spread into the background's handler map.
import { MessageError } from '../dispatch/failure';
import { isId, isObject } from '../dispatch/validate';
import type { ClippingsApi } from '../protocol/clippings-api';
import type { HandlerMap } from '../protocol/handler';
import type { ClippingInput, TextQuoteAnchor } from '../types';
import type { SaveResult } from './db';
import {
  type ClippingsDb,
  deleteClippings,
  putClippings,
  saveClipping,
  selectionsForPage,
  storageFailure,
} from './db';
import { sanitizeHtml } from './sanitize';

export type { ClippingsApi, ClippingsContentApi } from '../protocol/clippings-api';

/** How long the toast's Undo stays possible. */
export const UNDO_WINDOW_MS = 5 * 60_000;

export function createClippingsHandlers(
  db: () => ClippingsDb,
  now: () => number = Date.now,
): {
  handlers: HandlerMap<ClippingsApi>;
  save: (input: ClippingInput) => Promise<{ id: number; updated: boolean }>;
} {
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
      throw storageFailure(error);
    }
  };

  const handlers: HandlerMap<ClippingsApi> = {
    undoSave: {
      access: 'tab',
      validate: (p): p is { id: number } => isObject(p) && isId(p.id),
      run: async ({ id }) => {
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
      access: 'tab',
      validate: (p): p is { urls: string[] } =>
        isObject(p) &&
        Array.isArray(p.urls) &&
        p.urls.length <= 4 &&
        p.urls.every((u) => typeof u === 'string' && u.length <= 4096),
      run: async ({ urls }, { sender }) => {
        // A tab may ask only about itself: its own URL must be among those asked about.
        if (!sender.url || !urls.includes(sender.url)) throw new MessageError('forbidden', 'not-this-tab');
        const found = await selectionsForPage(db(), urls);
        return { anchors: found.map((c) => c.anchor).filter((a): a is TextQuoteAnchor => a !== null) };
      },
    },
  };
  return { handlers, save };
}
