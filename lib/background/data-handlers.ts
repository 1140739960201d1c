// Background handlers for the options page's Data group: how many clippings there are, and clearing
// them all. Clearing goes through the background (not the page's own Dexie handle) so there is one
// place that deletes everything, answering with errors as data; the page asks only after the user has
// confirmed, and says so with a fixed token so no stray or forged call can wipe the collection.
import { type ClippingsDb, storageFailure } from '../clippings/db';
import { isEmptyParams, isObject } from '../dispatch/validate';
import type { ClearAllConfirmation, DataApi } from '../protocol/clippings-api';
import type { HandlerMap } from '../protocol/handler';

export type { DataApi } from '../protocol/clippings-api';

/** What the options page sends once the user has confirmed "Clear all clippings". */
export const CLEAR_ALL_CONFIRMATION: ClearAllConfirmation = 'delete-all-clippings';

export function createDataHandlers(db: () => ClippingsDb): HandlerMap<DataApi> {
  return {
    clippingsCount: {
      access: 'extension-page',
      validate: isEmptyParams,
      run: async () => {
        try {
          return { count: await db().clippings.count() };
        } catch (error) {
          throw storageFailure(error);
        }
      },
    },
    clearClippings: {
      access: 'extension-page',
      validate: (p): p is { confirm: ClearAllConfirmation } =>
        isObject(p) && p.confirm === CLEAR_ALL_CONFIRMATION,
      run: async () => {
        const database = db();
        try {
          const deleted = await database.transaction('rw', database.clippings, database.search, async () => {
            const count = await database.clippings.count();
            await database.clippings.clear();
            await database.search.clear();
            return count;
          });
          return { deleted };
        } catch (error) {
          throw storageFailure(error);
        }
      },
    },
  };
}
