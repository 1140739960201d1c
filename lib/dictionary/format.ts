/*
 * Wenzhai compiled dictionary, format version 1 ("WZDC"). One little-endian ArrayBuffer, built by
 * `compileCedict` at build time (public/dict/words.bin, its definitions in definitions.bin) and used in place: loading only checks the
 * header and creates typed-array views, so there is nothing to parse or allocate per entry at start-up.
 *
 * Layout (every section starts on a 4-byte boundary; offsets in the header are byte offsets):
 *
 *   header      u32[HEADER_WORDS]  see H below
 *   table       u32[tableSize]     open addressing, linear probing, tableSize a power of two.
 *                                  0 = empty slot; otherwise keyIndex + 1. (Version 1 kept hash bits
 *                                  as a tag; version 2 drops them so the table deflates in the zip —
 *                                  the key length check in keyStart rejects almost every wrong slot.)
 *   keyStart    u32[keyCount + 1]  key k is keyPool[keyStart[k] .. keyStart[k+1]) (UTF-16 code units)
 *   keyEntries  u32[keyCount + 1]  key k's entries are entryRefs[keyEntries[k] .. keyEntries[k+1])
 *   entryRefs   u32[refCount]      entry indexes, common-word entries (lowercase pinyin) first
 *   entries     u32[entryCount*3]  per entry: traditional key, simplified key, text offset; the
 *                                  text ends where the next entry's starts (the last at textBytes)
 *   keyPool     u16[keyPoolUnits]  headwords as UTF-16 code units, compared directly against the
 *                                  queried string's charCodeAt, so lookups never decode text
 *   text        u8[textBytes]      per entry, UTF-8: pinyin (tone marks) then "/def1/def2..." (or the
 *                                  pinyin alone when H.separateDefinitions is set; see definitions.ts) —
 *                                  UTF-8 because definitions are mostly ASCII (half the size of UTF-16);
 *                                  decoded only for the entries a lookup returns
 *   cost        u8[keyCount]       (version 2) per key, -ln(word probability) × COST_SCALE, from word
 *                                  frequencies at build time; the segmentation hint adds these up, so
 *                                  one byte a key is enough precision and costs ~120 KB
 *
 * Keys are both traditional and simplified headwords (one key when they are equal).
 * Hash: FNV-1a over UTF-16 code units (incremental, so all prefix hashes of the queried text come
 * out of one pass), then the murmur3 finaliser so the low bits (slot) and high bits (tag) are both
 * well mixed.
 */

export const MAGIC = 0x43445a57; // "WZDC" read as a little-endian u32
export const FORMAT_VERSION = 2;
/** Costs are stored in tenths of a nat; 255 = unseen in the frequency list (or rarer). */
export const COST_SCALE = 10;
export const MAX_COST = 255;
export const ENTRY_WORDS = 3;

/** Header word indexes. */
export const H = {
  magic: 0,
  version: 1,
  entryCount: 2,
  keyCount: 3,
  tableSize: 4,
  idxBits: 5,
  refCount: 6,
  keyPoolUnits: 7,
  textBytes: 8,
  maxKeyLength: 9,
  tableOffset: 10,
  keyStartOffset: 11,
  keyEntriesOffset: 12,
  entryRefsOffset: 13,
  entriesOffset: 14,
  keyPoolOffset: 15,
  textOffset: 16,
  totalBytes: 17,
  costOffset: 18,
  /** Non-zero in the shipped file: offsets delta-coded, key pool front-coded (pack.ts); 0 once loaded. */
  packed: 19,
  /** Non-zero when each entry's text is its pinyin only and the definitions are in a file of their own
   *  (definitions.ts): the shipped words.bin, which the hover card and the reader both read. */
  separateDefinitions: 20,
} as const;
export const HEADER_WORDS = 24; // room to grow without moving the sections

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** One FNV-1a step over a UTF-16 code unit (as int32). */
export function hashStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

/** murmur3 fmix32: spreads the FNV state over all 32 bits. Returns an int32. */
export function hashFinish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return x ^ (x >>> 16);
}

export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = hashStep(h, s.charCodeAt(i));
  return hashFinish(h);
}

export const align4 = (n: number): number => (n + 3) & ~3;

/** Typed arrays use the platform's byte order; the file is little-endian. */
export const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
