// What the review page asks: the ids matching a search and filters, newest first. Only ids travel
// here; the page loads the records of the rows it is about to draw (the list is windowed).
import type { Clipping, ClippingKind } from '../types';
import type { ClippingsDb } from './db';
import { matchesAll, parseQuery } from './search';

export interface ClippingFilter {
  query?: string;
  site?: string | null;
  tag?: string | null;
  kind?: ClippingKind | null;
  /** savedAt bounds, inclusive, in ms. */
  from?: number | null;
  to?: number | null;
}

function intersect(sets: Set<number>[]): Set<number> {
  const sorted = [...sets].sort((a, b) => a.size - b.size);
  const [first, ...rest] = sorted;
  if (!first) return new Set();
  const out = new Set<number>();
  for (const id of first) if (rest.every((s) => s.has(id))) out.add(id);
  return out;
}

/** The folded texts (and save times) held in memory by a page that searches often, kept in step with
 *  the database: changed clippings are found through the updatedAt index on every search; deletions
 *  by the row count, checked when the page says it deleted and otherwise at most every two seconds
 *  (counting 10,000 rows costs ~25 ms, more than the search itself). */
export class SearchCache {
  private rows = new Map<number, { folded: string; savedAt: number }>();
  private last = Number.NEGATIVE_INFINITY;
  private loaded: Promise<void> | null = null;
  private countedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly now: () => number = Date.now) {}

  reset(): void {
    this.rows.clear();
    this.loaded = null;
    this.last = Number.NEGATIVE_INFINITY;
  }

  /** Deletions (or restores) happened: re-count on the next search. */
  invalidate(): void {
    this.countedAt = Number.NEGATIVE_INFINITY;
  }

  private async newest(db: ClippingsDb): Promise<number> {
    return (await db.clippings.orderBy('updatedAt').last())?.updatedAt ?? Number.NEGATIVE_INFINITY;
  }

  private load(db: ClippingsDb): Promise<void> {
    this.loaded ??= db.transaction('r', db.clippings, db.search, async () => {
      this.rows.clear();
      this.last = await this.newest(db);
      for (const row of await db.search.toArray()) this.rows.set(row.id, row);
      this.countedAt = this.now();
    });
    return this.loaded;
  }

  async sync(db: ClippingsDb): Promise<ReadonlyMap<number, { folded: string; savedAt: number }>> {
    if (!this.loaded) {
      await this.load(db);
      return this.rows;
    }
    await this.loaded;
    await db.transaction('r', db.clippings, db.search, async () => {
      const newest = await this.newest(db);
      if (newest >= this.last) {
        const changed = await db.clippings.where('updatedAt').aboveOrEqual(this.last).primaryKeys();
        for (const row of await db.search.bulkGet(changed)) if (row) this.rows.set(row.id, row);
        this.last = newest;
      }
      if (this.now() - this.countedAt < 2000) return;
      this.countedAt = this.now();
      if ((await db.search.count()) !== this.rows.size) this.loaded = null;
    });
    if (!this.loaded) await this.load(db);
    return this.rows;
  }
}

/** Ids whose title, text, note, tags or site contain every term of `query`, in any script, with their
 *  save times. */
async function searchHits(
  db: ClippingsDb,
  query: string,
  cache?: SearchCache,
): Promise<Map<number, number> | null> {
  const { terms } = parseQuery(query);
  if (terms.length === 0) return null;
  const hits = new Map<number, number>();
  if (cache) {
    for (const [id, row] of await cache.sync(db))
      if (matchesAll(row.folded, terms)) hits.set(id, row.savedAt);
    return hits;
  }
  await db.search.each((row) => {
    if (matchesAll(row.folded, terms)) hits.set(row.id, row.savedAt);
  });
  return hits;
}

export async function searchIds(
  db: ClippingsDb,
  query: string,
  cache?: SearchCache,
): Promise<Set<number> | null> {
  const hits = await searchHits(db, query, cache);
  return hits && new Set(hits.keys());
}

/** Ids matching `filter`, newest saved first. A search orders its own hits (no full index walk). */
export async function queryIds(
  db: ClippingsDb,
  filter: ClippingFilter = {},
  cache?: SearchCache,
): Promise<number[]> {
  const from = filter.from ?? Number.NEGATIVE_INFINITY;
  const to = filter.to ?? Number.POSITIVE_INFINITY;
  const [hits, bySite, byTag, byKind] = await Promise.all([
    filter.query ? searchHits(db, filter.query, cache) : Promise.resolve(null),
    filter.site ? db.clippings.where('site').equals(filter.site).primaryKeys() : null,
    filter.tag ? db.clippings.where('tags').equals(filter.tag).primaryKeys() : null,
    filter.kind ? db.clippings.where('kind').equals(filter.kind).primaryKeys() : null,
  ]);
  const sets = [bySite && new Set(bySite), byTag && new Set(byTag), byKind && new Set(byKind)].filter(
    (s): s is Set<number> => s !== null,
  );
  const keep = sets.length ? intersect(sets) : null;
  if (hits) {
    return [...hits]
      .filter(([id, savedAt]) => savedAt >= from && savedAt <= to && (!keep || keep.has(id)))
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .map(([id]) => id);
  }
  const ordered =
    filter.from != null || filter.to != null
      ? db.clippings.where('savedAt').between(from, to, true, true)
      : db.clippings.orderBy('savedAt');
  const all = await ordered.reverse().primaryKeys();
  return keep ? all.filter((id) => keep.has(id)) : all;
}

/** The newest clippings, straight from the savedAt index: the review page draws these first. */
export async function newestClippings(db: ClippingsDb, limit: number): Promise<Clipping[]> {
  return db.clippings.orderBy('savedAt').reverse().limit(limit).toArray();
}

/** The sites and tags there are, for the filter menus. */
export async function facets(db: ClippingsDb): Promise<{ sites: string[]; tags: string[] }> {
  const [sites, tags] = await Promise.all([
    db.clippings.orderBy('site').uniqueKeys(),
    db.clippings.orderBy('tags').uniqueKeys(),
  ]);
  return { sites: sites.map(String), tags: tags.map(String) };
}
