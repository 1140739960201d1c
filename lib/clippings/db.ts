// The clippings database. Owned by the background and the extension's own pages (extension origin):
// a content script must never open it, because there IndexedDB would belong to the page.
import Dexie, { type EntityTable } from 'dexie';
import { MessageError } from '../dispatch/failure';
import { errorText } from '../i18n/errors';
import type { ProtocolError } from '../protocol/result';
import type { Clipping, ClippingInput } from '../types';
import { type SearchRow, searchRowOf } from './search';
import { MAX_TAG_LENGTH, MAX_TAGS } from './validate';
import { type ClippingV1, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3, upgradeV1, upgradeV2 } from './versions';

export const DATABASE_NAME = 'wenzhai';

export type ClippingsDb = Dexie & {
  clippings: EntityTable<Clipping, 'id'>;
  search: EntityTable<SearchRow, 'id'>;
};

/** Opens (creating or upgrading) the database. Every schema change adds a version here (schemas in
 *  versions.ts) and a test that upgrades data written by the previous version. */
export function openClippingsDb(name = DATABASE_NAME): ClippingsDb {
  const db = new Dexie(name) as ClippingsDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      const old = (await tx.table('clippings').toArray()) as ClippingV1[];
      const upgraded = old.map(upgradeV1);
      await tx.table('clippings').bulkPut(upgraded.map((u) => u.clipping));
      await tx.table('search').bulkPut(upgraded.map((u) => u.search));
    });
  db.version(3)
    .stores(SCHEMA_V3)
    .upgrade(async (tx) => {
      const old = (await tx.table('clippings').toArray()) as Clipping[];
      await tx.table('clippings').bulkPut(old.map(upgradeV2));
    });
  return db;
}

/** A storage failure as data: the quota apart (the user can act on it), anything else is "failed". */
export function storageError(error: unknown): ProtocolError {
  const e = error as { name?: string; inner?: { name?: string }; message?: string } | null;
  const full = [e?.name, e?.inner?.name].includes('QuotaExceededError');
  return {
    code: 'failed',
    reason: full ? 'storage-full' : 'storage-failed',
    message: e?.message ?? String(error),
  };
}

/** The same, to throw inside a handler (dispatch answers it as `{ok: false}`). */
export function storageFailure(error: unknown): MessageError {
  return MessageError.of(storageError(error));
}

/** A storage failure in the user's language, for the extension pages that open the database. */
export function storageErrorMessage(error: unknown): string {
  return errorText(storageError(error));
}

export interface SaveResult {
  id: number;
  updated: boolean;
  /** The record before this save (for Undo), or null when it was new. */
  previous: Clipping | null;
}

/** Finds the stored article a new save of `input` should update: same canonical URL, or same URL. */
async function existingArticle(db: ClippingsDb, input: ClippingInput): Promise<Clipping | undefined> {
  const urls = [input.url, input.canonicalUrl].filter((u): u is string => Boolean(u));
  const byCanonical = await db.clippings.where('canonicalUrl').anyOf(urls).toArray();
  const byUrl = await db.clippings.where('url').anyOf(urls).toArray();
  return [...byCanonical, ...byUrl].find((c) => c.kind === 'article');
}

/** Saves a clipping in one transaction (record and search row, or neither). Saving the same article
 *  again updates it in place and keeps the user's note and tags. */
export async function saveClipping(
  db: ClippingsDb,
  input: ClippingInput,
  now = Date.now(),
): Promise<SaveResult> {
  return db.transaction('rw', db.clippings, db.search, async () => {
    const existing = input.kind === 'article' ? await existingArticle(db, input) : undefined;
    const record: Omit<Clipping, 'id'> = {
      url: input.url,
      canonicalUrl: input.canonicalUrl ?? existing?.canonicalUrl ?? null,
      title: input.title,
      site: input.site,
      byline: input.byline,
      published: input.published,
      kind: input.kind,
      text: input.text,
      html: input.html ?? '',
      script: input.script,
      shownScript: input.shownScript ?? null,
      anchor: input.anchor ?? null,
      sentence: input.sentence ?? '',
      note: input.note ?? existing?.note ?? '',
      tags: normalizeTags(input.tags ?? existing?.tags ?? []),
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
    };
    const id = existing ? existing.id : ((await db.clippings.add(record as Clipping)) as number);
    const stored = { ...record, id } as Clipping;
    if (existing) await db.clippings.put(stored);
    await db.search.put(searchRowOf(id, stored));
    return { id, updated: Boolean(existing), previous: existing ?? null };
  });
}

/** Puts records back exactly as they were (Undo of a delete or of an update), search rows included. */
export async function putClippings(db: ClippingsDb, records: Clipping[]): Promise<void> {
  await db.transaction('rw', db.clippings, db.search, async () => {
    await db.clippings.bulkPut(records);
    await db.search.bulkPut(records.map((r) => searchRowOf(r.id, r)));
  });
}

/** Deletes clippings and their search rows; returns the deleted records for Undo. */
export async function deleteClippings(db: ClippingsDb, ids: number[]): Promise<Clipping[]> {
  return db.transaction('rw', db.clippings, db.search, async () => {
    const found = (await db.clippings.bulkGet(ids)).filter((c): c is Clipping => Boolean(c));
    await db.clippings.bulkDelete(ids);
    await db.search.bulkDelete(ids);
    return found;
  });
}

export async function deleteClipping(db: ClippingsDb, id: number): Promise<void> {
  await deleteClippings(db, [id]);
}

export { MAX_TAG_LENGTH, MAX_TAGS } from './validate';

/** Trimmed, distinct, non-empty tags, in the order given. */
export function normalizeTags(tags: string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, MAX_TAGS);
}

/** Edits the note and tags; the search row follows. */
export async function updateAnnotations(
  db: ClippingsDb,
  id: number,
  changes: { note?: string; tags?: string[] },
  now = Date.now(),
): Promise<Clipping> {
  return db.transaction('rw', db.clippings, db.search, async () => {
    const current = await db.clippings.get(id);
    if (!current) throw new Error(`No clipping ${id}`);
    const next: Clipping = {
      ...current,
      note: changes.note ?? current.note,
      tags: changes.tags ? normalizeTags(changes.tags) : current.tags,
      updatedAt: now,
    };
    await db.clippings.put(next);
    await db.search.put(searchRowOf(id, next));
    return next;
  });
}

/** Newest first. */
export async function listClippings(db: ClippingsDb, limit = 500): Promise<Clipping[]> {
  return db.clippings.orderBy('savedAt').reverse().limit(limit).toArray();
}

export async function getClipping(db: ClippingsDb, id: number): Promise<Clipping | undefined> {
  return db.clippings.get(id);
}

/** Selections saved on a page (by URL or canonical URL), for highlighting them on a revisit. */
export async function selectionsForPage(db: ClippingsDb, urls: string[]): Promise<Clipping[]> {
  const keys = [...new Set(urls.filter(Boolean))];
  if (keys.length === 0) return [];
  const [a, b] = await Promise.all([
    db.clippings.where('url').anyOf(keys).toArray(),
    db.clippings.where('canonicalUrl').anyOf(keys).toArray(),
  ]);
  const seen = new Set<number>();
  return [...a, ...b].filter((c) => c.kind === 'selection' && c.anchor && !seen.has(c.id) && seen.add(c.id));
}
