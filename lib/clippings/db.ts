// The clippings database. Owned by the background and the extension's own pages (extension origin):
// a content script must never open it, because there IndexedDB would belong to the page.
import Dexie, { type EntityTable } from 'dexie';
import type { Clipping, ClippingInput } from '../types';

export const DATABASE_NAME = 'wenzhai';

export type ClippingsDb = Dexie & { clippings: EntityTable<Clipping, 'id'> };

/** Opens (creating or upgrading) the database. Every schema change adds a version here and a test that
 *  upgrades data written by the previous version. */
export function openClippingsDb(name = DATABASE_NAME): ClippingsDb {
  const db = new Dexie(name) as ClippingsDb;
  db.version(1).stores({ clippings: '++id, url, savedAt, kind' });
  return db;
}

/** Saves a clipping. Saving the same article (same URL, kind article) again updates it in place. */
export async function saveClipping(
  db: ClippingsDb,
  input: ClippingInput,
  now = Date.now(),
): Promise<{ id: number; updated: boolean }> {
  return db.transaction('rw', db.clippings, async () => {
    if (input.kind === 'article') {
      const existing = await db.clippings
        .where('url')
        .equals(input.url)
        .filter((c) => c.kind === 'article')
        .first();
      if (existing) {
        await db.clippings.update(existing.id, { ...input, savedAt: now });
        return { id: existing.id, updated: true };
      }
    }
    const id = await db.clippings.add({ ...input, savedAt: now } as Clipping);
    return { id: id as number, updated: false };
  });
}

/** Newest first. */
export async function listClippings(db: ClippingsDb, limit = 500): Promise<Clipping[]> {
  return db.clippings.orderBy('savedAt').reverse().limit(limit).toArray();
}

export async function getClipping(db: ClippingsDb, id: number): Promise<Clipping | undefined> {
  return db.clippings.get(id);
}

export async function deleteClipping(db: ClippingsDb, id: number): Promise<void> {
  await db.clippings.delete(id);
}
