// The background's side of the user glossary: the Dexie rows plus the in-memory index lookups read,
// refreshed after every change. Kept out of entrypoints/ so it is testable with fake-indexeddb.
import type { GlossaryDeps } from './handlers';
import { deleteUserTerm, importUserTerms, listUserTerms, putUserTerm, type UserGlossaryDb } from './user-db';
import { parseGlossaryImport } from './user-io';
import { createUserIndex, type UserIndex } from './user-term';

export type { UserIndex };

export interface UserStore extends Omit<GlossaryDeps, 'matches'> {
  /** The current index (empty until the first load finishes; lookups never wait for the database). */
  index(): UserIndex;
  /** Resolves when the index reflects the database. */
  ready(): Promise<void>;
}

/** `open` is called once, on first use. */
export function createUserStore(open: () => UserGlossaryDb): UserStore {
  let opened: UserGlossaryDb | undefined;
  const db = (): UserGlossaryDb => {
    opened ??= open();
    return opened;
  };
  let current = createUserIndex([]);
  let loading: Promise<void> | null = null;
  const refresh = (): Promise<void> => {
    loading = listUserTerms(db()).then((terms) => {
      current = createUserIndex(terms);
    });
    loading.catch(() => {
      loading = null; // try again on the next change or ready()
    });
    return loading;
  };
  const changed = async <T>(result: T): Promise<T> => {
    await refresh();
    return result;
  };
  return {
    index: () => current,
    ready: () => loading ?? refresh(),
    list: () => listUserTerms(db()),
    put: async (term, id) => changed(await putUserTerm(db(), term, id)),
    remove: async (id) => changed(await deleteUserTerm(db(), id)),
    importText: async (text, format) => {
      const parsed = parseGlossaryImport(text, format);
      if (parsed.rejected.length > 0) return { imported: 0, rejected: parsed.rejected };
      return changed({ imported: await importUserTerms(db(), parsed.terms), rejected: [] });
    },
  };
}
