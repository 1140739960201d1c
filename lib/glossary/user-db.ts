// The user's glossary in its own Dexie database ('wenzhai-glossary'), apart from the clippings database
// so the two schemas evolve independently. Opened by the background only (content scripts never open
// IndexedDB: it would be the page's); the options page reaches it through background messages so the
// background's in-memory index is refreshed on every change.
import Dexie, { type EntityTable } from 'dexie';
import { normaliseUserTerm, type UserTerm, type UserTermInput } from './user-term';

export const USER_GLOSSARY_DB = 'wenzhai-glossary';

export type UserGlossaryDb = Dexie & { terms: EntityTable<UserTerm, 'id'> };

export function openUserGlossaryDb(name = USER_GLOSSARY_DB): UserGlossaryDb {
  const db = new Dexie(name) as UserGlossaryDb;
  db.version(1).stores({ terms: '++id, term, updatedAt' });
  return db;
}

export async function listUserTerms(db: UserGlossaryDb): Promise<UserTerm[]> {
  return db.terms.orderBy('term').toArray();
}

/** Adds a term, or updates the row `id`. Adding a term that already exists (same headword) updates it,
 *  so "save word" twice does not make duplicates. */
export async function putUserTerm(db: UserGlossaryDb, input: UserTermInput, id?: number): Promise<number> {
  const value = normaliseUserTerm(input);
  return db.transaction('rw', db.terms, async () => {
    const existing = id ?? (await db.terms.where('term').equals(value.term).first())?.id;
    if (existing !== undefined) {
      const changed = await db.terms.update(existing, { ...value, updatedAt: Date.now() });
      if (changed === 0 && id !== undefined) throw new Error(`No term with id ${id}`);
      if (changed > 0) return existing;
    }
    return (await db.terms.add({ ...value, updatedAt: Date.now() } as UserTerm)) as number;
  });
}

export async function deleteUserTerm(db: UserGlossaryDb, id: number): Promise<boolean> {
  const had = (await db.terms.get(id)) !== undefined;
  await db.terms.delete(id);
  return had;
}

/** Writes every term in one transaction: all of them, or (on any failure) none. Existing headwords are
 *  updated in place. */
export async function importUserTerms(db: UserGlossaryDb, inputs: readonly UserTermInput[]): Promise<number> {
  return db.transaction('rw', db.terms, async () => {
    let written = 0;
    for (const input of inputs) {
      await putUserTerm(db, input);
      written++;
    }
    return written;
  });
}
