// The JSON backup: versioned, validated record by record on import, merged without duplicates, and
// all-or-nothing (one transaction; a single bad record rejects the whole file before anything is
// written).
import { t } from '../i18n';
import type { Clipping, TextQuoteAnchor } from '../types';
import { type ClippingsDb, normalizeTags } from './db';
import { searchRowOf } from './search';
import {
  MAX_ANCHOR_CONTEXT,
  MAX_CLIPPING_TEXT,
  MAX_HTML,
  MAX_NOTE,
  MAX_SENTENCE,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_URL,
} from './validate';

export const BACKUP_FORMAT = 'wenzhai-clippings';
export const BACKUP_VERSION = 1;
/** A backup bigger than this is refused before parsing (the import reads it whole into memory). */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  clippings: Clipping[];
}

export async function exportBackup(db: ClippingsDb, ids?: number[], now = new Date()): Promise<Backup> {
  const clippings = ids
    ? (await db.clippings.bulkGet(ids)).filter((c): c is Clipping => Boolean(c))
    : await db.clippings.toArray();
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), clippings };
}

export class BackupError extends Error {}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown, max: number): v is string | null => v === null || str(v, max);
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v < 1e14;

// What is wrong with a record is named by its field (a JSON key, the same in every language), so the
// message around it can be translated; a sentence here would reach a 繁體 user in English.
function anchorError(v: unknown): string | null {
  if (v === null) return null;
  if (!isObj(v)) return 'anchor';
  if (
    !str(v.exact, MAX_CLIPPING_TEXT) ||
    !str(v.prefix, MAX_ANCHOR_CONTEXT) ||
    !str(v.suffix, MAX_ANCHOR_CONTEXT)
  )
    return 'anchor.exact';
  if (typeof v.position !== 'number' || !Number.isInteger(v.position) || v.position < 0)
    return 'anchor.position';
  return null;
}

/** The first invalid field of a record (`record` when it is not an object), or null when it is valid. */
export function clippingError(v: unknown): string | null {
  if (!isObj(v)) return 'record';
  if (typeof v.id !== 'number' || !Number.isInteger(v.id) || v.id <= 0) return 'id';
  if (!str(v.url, MAX_URL) || !/^https?:\/\//i.test(v.url)) return 'url';
  if (!strOrNull(v.canonicalUrl, MAX_URL)) return 'canonicalUrl';
  if (!str(v.title, 2000)) return 'title';
  if (!strOrNull(v.site, 500)) return 'site';
  if (!strOrNull(v.byline, 500)) return 'byline';
  if (!strOrNull(v.published, 64)) return 'published';
  if (v.kind !== 'article' && v.kind !== 'selection') return 'kind';
  if (!str(v.text, MAX_CLIPPING_TEXT)) return 'text';
  if (!str(v.html, MAX_HTML)) return 'html';
  if (!str(v.sentence, MAX_SENTENCE)) return 'sentence';
  if (!str(v.script, 35)) return 'script';
  if (v.shownScript !== undefined && !strOrNull(v.shownScript, 35)) return 'shownScript';
  if (!str(v.note, MAX_NOTE)) return 'note';
  if (!Array.isArray(v.tags) || v.tags.length > MAX_TAGS || !v.tags.every((t) => str(t, MAX_TAG_LENGTH)))
    return 'tags';
  if (!time(v.savedAt)) return 'savedAt';
  if (!time(v.updatedAt)) return 'updatedAt';
  return anchorError(v.anchor);
}

/** Parses and validates a backup file, whole: throws BackupError naming the first problem. */
export function parseBackup(text: string): Backup {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError(t('backupTooLarge'));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError(t('backupNotJson'));
  }
  if (!isObj(data) || data.format !== BACKUP_FORMAT || !Array.isArray(data.clippings))
    throw new BackupError(t('backupWrongFormat'));
  if (typeof data.version !== 'number' || data.version > BACKUP_VERSION || data.version < 1)
    throw new BackupError(
      t('backupWrongVersion', { version: String(data.version), supported: BACKUP_VERSION }),
    );
  const seen = new Set<number>();
  data.clippings.forEach((record: unknown, i: number) => {
    const problem = clippingError(record);
    if (problem) throw new BackupError(t('backupBadRecord', { n: i + 1, field: problem }));
    const id = (record as Clipping).id;
    if (seen.has(id)) throw new BackupError(t('backupRepeatedId', { n: i + 1, id }));
    seen.add(id);
  });
  return data as unknown as Backup;
}

/** What makes two clippings "the same": an article by its (canonical) URL, a selection by its page and
 *  passage. */
export function identityOf(c: Pick<Clipping, 'kind' | 'url' | 'canonicalUrl' | 'anchor' | 'text'>): string {
  const page = c.canonicalUrl || c.url;
  if (c.kind === 'article') return `a\u0000${page}`;
  const a: TextQuoteAnchor | null = c.anchor;
  return `s\u0000${c.url}\u0000${a ? `${a.exact}\u0000${a.position}` : c.text}`;
}

/** Merges a validated backup: new clippings are added (with new ids), the same clipping is kept once,
 *  the newer edit winning. One transaction: any failure leaves the database as it was. */
export async function importBackup(
  db: ClippingsDb,
  backup: Backup,
  sanitize: (html: string) => string,
): Promise<{ added: number; updated: number; unchanged: number }> {
  return db.transaction('rw', db.clippings, db.search, async () => {
    const existing = new Map<string, Clipping>();
    await db.clippings.each((c) => {
      existing.set(identityOf(c), c);
    });
    let added = 0;
    let updated = 0;
    let unchanged = 0;
    for (const incoming of backup.clippings) {
      const { id: _ignored, ...rest } = incoming;
      const clean = { ...rest, html: sanitize(rest.html), tags: normalizeTags(rest.tags) };
      const key = identityOf(incoming);
      const mine = existing.get(key);
      if (mine && mine.updatedAt >= incoming.updatedAt) {
        unchanged++;
        continue;
      }
      const id = mine ? mine.id : ((await db.clippings.add(clean as Clipping)) as number);
      const record = { ...clean, id } as Clipping;
      if (mine) {
        await db.clippings.put(record);
        updated++;
      } else added++;
      existing.set(key, record);
      await db.search.put(searchRowOf(id, record));
    }
    return { added, updated, unchanged };
  });
}
