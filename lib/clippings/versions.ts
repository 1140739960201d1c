// Every schema the clippings database has had, kept forever: Dexie needs the old versions to upgrade
// from them, and each upgrade's test writes data with the previous schema before opening the new one.
import type { Clipping } from '../types';
import { type SearchRow, searchRowOf } from './search';

export const SCHEMA_V1 = { clippings: '++id, url, savedAt, kind' } as const;

/** v2: canonical URL, note, tags (multiEntry), anchor, sanitised HTML, and the `search` table of each
 *  clipping's text folded to one script (search.ts says why it holds no gram index). */
export const SCHEMA_V2 = {
  clippings: '++id, url, canonicalUrl, savedAt, updatedAt, kind, site, *tags',
  search: 'id',
} as const;

/** v3: `shownScript`, the script the user was reading when saving; no new index. */
export const SCHEMA_V3 = SCHEMA_V2;

export const CURRENT_VERSION = 3;

/** A record as v1 stored it. */
export interface ClippingV1 {
  id: number;
  url: string;
  title: string;
  site: string | null;
  byline: string | null;
  published: string | null;
  kind: 'article' | 'selection';
  text: string;
  script: string;
  savedAt: number;
}

/** v1 → v2: defaults for the new fields; the search row is computed from the text. */
export function upgradeV1(old: ClippingV1): { clipping: Clipping; search: SearchRow } {
  const clipping: Clipping = {
    ...old,
    canonicalUrl: null,
    updatedAt: old.savedAt,
    html: '',
    anchor: null,
    sentence: '',
    note: '',
    tags: [],
  };
  return { clipping, search: searchRowOf(old.id, clipping) };
}

/** v2 → v3: a selection was saved as shown, so it was read in its own script; for an article (saved in
 *  the page's original script) what the user was reading is not known. */
export function upgradeV2(old: Clipping): Clipping {
  return { ...old, shownScript: old.kind === 'selection' ? old.script : null };
}
