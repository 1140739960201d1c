// Background handlers for the options page's Data group: how many clippings there are, and clearing
// them all. Clearing goes through the background (not the page's own Dexie handle) so there is one
// place that deletes everything, answering with errors as data; the page asks only after the user has
// confirmed, and says so with a fixed token so no stray or forged call can wipe the collection.
import { type ClippingsDb, storageErrorMessage } from '../clippings/db';
import { type Handler, isEmptyParams, isObject, MessageError } from '../messages';
import type { BackgroundContext, SenderInfo } from './handlers';

/** What the options page sends once the user has confirmed "Clear all clippings". */
export const CLEAR_ALL_CONFIRMATION = 'delete-all-clippings';

export interface DataApi {
  /** How many clippings are stored. Extension pages only. */
  clippingsCount: { params: Record<string, never>; result: { count: number } };
  /** Deletes every clipping and its search row, in one transaction. Extension pages only. */
  clearClippings: { params: { confirm: typeof CLEAR_ALL_CONFIRMATION }; result: { deleted: number } };
}

type Handlers = {
  [N in keyof DataApi]: Handler<DataApi[N]['params'], DataApi[N]['result'], BackgroundContext>;
};

export function createDataHandlers(
  db: () => ClippingsDb,
  requireExtensionPage: (sender: SenderInfo) => void,
): Handlers {
  return {
    clippingsCount: {
      validate: isEmptyParams,
      run: async (_params, { sender }) => {
        requireExtensionPage(sender);
        try {
          return { count: await db().clippings.count() };
        } catch (error) {
          throw new MessageError('failed', storageErrorMessage(error));
        }
      },
    },
    clearClippings: {
      validate: (p): p is { confirm: typeof CLEAR_ALL_CONFIRMATION } =>
        isObject(p) && p.confirm === CLEAR_ALL_CONFIRMATION,
      run: async (_params, { sender }) => {
        requireExtensionPage(sender);
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
          throw new MessageError('failed', storageErrorMessage(error));
        }
      },
    },
  };
}
