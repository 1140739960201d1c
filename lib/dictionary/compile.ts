// CC-CEDICT text → the binary described in format.ts. Used by scripts/build-dictionary.ts and tests.
// Deterministic: the output depends only on the input text (no dates, no Map-order surprises).

import { compileDefinitions } from './definitions';
import {
  align4,
  COST_SCALE,
  ENTRY_WORDS,
  FORMAT_VERSION,
  H,
  HEADER_WORDS,
  hashString,
  LITTLE_ENDIAN,
  MAGIC,
  MAX_COST,
} from './format';
import { packDictionary } from './pack';
import { convertBracketedPinyin, numberedToToneMarks } from './pinyin';

export interface ParsedEntry {
  traditional: string;
  simplified: string;
  /** Tone marks. */
  pinyin: string;
  definitions: string[];
}

export interface CompileStats {
  lines: number;
  entries: number;
  keys: number;
  skipped: number;
  duplicates: number;
  bytes: number;
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** Parses one CEDICT line; null for comments, blank and malformed lines. */
export function parseCedictLine(line: string): ParsedEntry | null {
  if (line.length === 0 || line.startsWith('#')) return null;
  const m = LINE.exec(line);
  if (!m) return null;
  const [, traditional = '', simplified = '', numbered = '', defs = ''] = m;
  const definitions = defs
    .split('/')
    .filter((d) => d.length > 0)
    .map(convertBracketedPinyin);
  return { traditional, simplified, pinyin: numberedToToneMarks(numbered), definitions };
}

/** Common-word readings (lowercase pinyin) before proper nouns (Wang2 surname ...): 王 → king first. */
const isProperNoun = (e: ParsedEntry): boolean => {
  const first = e.pinyin.charAt(0);
  return first !== first.toLowerCase();
};

/** Word counts (any script) from a frequency list; used for the segmentation hint's word costs. */
export type WordFrequencies = ReadonlyMap<string, number>;

/** -ln(p) in tenths of a nat, one byte. Words missing from the list get a cost a little above a word
 *  seen once, so a known headword still beats splitting it into characters. */
export function costOf(count: number | undefined, total: number): number {
  const p = (count && count > 0 ? count : 0.3) / Math.max(total, 1);
  return Math.min(MAX_COST, Math.max(1, Math.round(-Math.log(p) * COST_SCALE)));
}

/** The parsable entries of a CC-CEDICT text, exact repeats dropped, with counts for the stats. */
function parseEntries(text: string): {
  entries: ParsedEntry[];
  lines: number;
  skipped: number;
  duplicates: number;
} {
  const entries: ParsedEntry[] = [];
  const seen = new Set<string>();
  let lines = 0;
  let skipped = 0;
  let duplicates = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trimEnd();
    if (line.length === 0 || line.startsWith('#')) continue;
    lines++;
    const entry = parseCedictLine(line);
    if (!entry) {
      skipped++;
      continue;
    }
    const id = line; // an exact repeat of a line is the duplicate that matters in practice
    if (seen.has(id)) {
      duplicates++;
      continue;
    }
    seen.add(id);
    entries.push(entry);
  }

  return { entries, lines, skipped, duplicates };
}

/** Each entry's "pinyin/definition/…" text, UTF-8, back to back, with where each one starts. */
function encodeEntryTexts(
  entries: ParsedEntry[],
  withDefinitions: boolean,
): {
  textBuf: Uint8Array;
  textOffsets: Uint32Array;
  textBytes: number;
} {
  const entryCount = entries.length;
  const entryTexts = entries.map((e) =>
    withDefinitions ? `${e.pinyin}/${e.definitions.join('/')}` : e.pinyin,
  );
  const encoder = new TextEncoder();
  const textBound = entryTexts.reduce((n, t) => n + t.length * 3, 0);
  const textBuf = new Uint8Array(textBound);
  const textOffsets = new Uint32Array(entryCount + 1);
  let textBytes = 0;
  entryTexts.forEach((t, i) => {
    textOffsets[i] = textBytes;
    textBytes += encoder.encodeInto(t, textBuf.subarray(textBytes)).written;
  });
  textOffsets[entryCount] = textBytes;

  return { textBuf, textOffsets, textBytes };
}

/** Each distinct headword in either script (sorted by code units, so indexes are stable), the entries
 *  under it, and the sizes the file's sections need. */
function indexKeys(entries: ParsedEntry[]) {
  // Keys: each distinct headword in either script, sorted by code units so indexes are stable.
  const keyEntryLists = new Map<string, number[]>();
  const addKey = (key: string, entryIndex: number): void => {
    const list = keyEntryLists.get(key);
    if (!list) keyEntryLists.set(key, [entryIndex]);
    else if (list[list.length - 1] !== entryIndex) list.push(entryIndex);
  };
  entries.forEach((e, i) => {
    addKey(e.traditional, i);
    addKey(e.simplified, i);
  });
  // The default sort compares UTF-16 code units, which is what we want (and much faster than a comparator).
  const keys = [...keyEntryLists.keys()].sort();
  const properNoun = entries.map(isProperNoun);
  const keyIndex = new Map<string, number>(keys.map((k, i) => [k, i]));

  let keyPoolUnits = 0;
  let refCount = 0;
  let maxKeyLength = 0;
  for (const k of keys) {
    keyPoolUnits += k.length;
    refCount += keyEntryLists.get(k)?.length ?? 0;
    if (k.length > maxKeyLength) maxKeyLength = k.length;
  }

  return { keyEntryLists, keys, properNoun, keyIndex, keyPoolUnits, refCount, maxKeyLength };
}

interface SectionSizes {
  tableSize: number;
  keyCount: number;
  refCount: number;
  entryCount: number;
  keyPoolUnits: number;
  textBytes: number;
}

/** Where each section starts (4-byte aligned, after the header), and the file's size. */
function sectionLayout(n: SectionSizes) {
  let at = HEADER_WORDS * 4;
  const place = (bytes: number): number => {
    const start = at;
    at = align4(at + bytes);
    return start;
  };
  const tableOffset = place(n.tableSize * 4);
  const keyStartOffset = place((n.keyCount + 1) * 4);
  const keyEntriesOffset = place((n.keyCount + 1) * 4);
  const entryRefsOffset = place(n.refCount * 4);
  const entriesOffset = place(n.entryCount * ENTRY_WORDS * 4);
  const keyPoolOffset = place(n.keyPoolUnits * 2);
  const textOffset = place(n.textBytes);
  const costOffset = place(n.keyCount);
  return {
    tableOffset,
    keyStartOffset,
    keyEntriesOffset,
    entryRefsOffset,
    entriesOffset,
    keyPoolOffset,
    textOffset,
    costOffset,
    totalBytes: at,
  };
}

/** One file: headwords, readings, costs and definitions (tests, tools). */
export function compileCedict(
  text: string,
  stats?: Partial<CompileStats>,
  frequencies: WordFrequencies = new Map(),
  /** Ship form (pack.ts): smaller once zipped; loadDictionary unpacks it either way. */
  pack = true,
): ArrayBuffer {
  return compileEntries(parseEntries(text), { stats, frequencies, pack, withDefinitions: true });
}

/** What the extension ships: the word file (headwords, readings, costs), which the hover card and the
 *  reader both read, and the definitions, which only the card loads (loadDictionary(words, definitions)). */
export function compileCedictSplit(
  text: string,
  stats?: Partial<CompileStats>,
  frequencies: WordFrequencies = new Map(),
): { words: ArrayBuffer; definitions: ArrayBuffer } {
  const parsed = parseEntries(text);
  return {
    words: compileEntries(parsed, { stats, frequencies, pack: true, withDefinitions: false }),
    definitions: compileDefinitions(parsed.entries.map((e) => e.definitions)),
  };
}

function compileEntries(
  parsed: ReturnType<typeof parseEntries>,
  options: {
    stats: Partial<CompileStats> | undefined;
    frequencies: WordFrequencies;
    pack: boolean;
    withDefinitions: boolean;
  },
): ArrayBuffer {
  const { stats, frequencies, pack } = options;
  const { entries, lines, skipped, duplicates } = parsed;
  const { keyEntryLists, keys, properNoun, keyIndex, keyPoolUnits, refCount, maxKeyLength } =
    indexKeys(entries);
  const keyCount = keys.length;
  const entryCount = entries.length;

  // Load factor ≤ 0.5 keeps linear-probe chains short even for misses, which dominate lookups.
  let tableSize = 1024;
  while (tableSize < keyCount * 2) tableSize *= 2;
  let idxBits = 1;
  while (2 ** idxBits < keyCount + 1) idxBits++;
  if (idxBits > 28) throw new Error('Too many keys for the format');

  const { textBuf, textOffsets, textBytes } = encodeEntryTexts(entries, options.withDefinitions);

  const layout = sectionLayout({ tableSize, keyCount, refCount, entryCount, keyPoolUnits, textBytes });
  const { tableOffset, keyStartOffset, keyEntriesOffset, entryRefsOffset, entriesOffset, keyPoolOffset } =
    layout;
  const { textOffset, costOffset, totalBytes } = layout;

  if (!LITTLE_ENDIAN) throw new Error('compileCedict needs a little-endian platform');
  const buffer = new ArrayBuffer(totalBytes);
  const header = new Uint32Array(buffer, 0, HEADER_WORDS);
  const fields = {
    magic: MAGIC,
    version: FORMAT_VERSION,
    entryCount,
    keyCount,
    tableSize,
    idxBits,
    refCount,
  };
  for (const [name, value] of Object.entries({ ...fields, keyPoolUnits, textBytes, maxKeyLength, ...layout }))
    header[H[name as keyof typeof H]] = value;
  header[H.separateDefinitions] = options.withDefinitions ? 0 : 1;

  const table = new Uint32Array(buffer, tableOffset, tableSize);
  const keyStart = new Uint32Array(buffer, keyStartOffset, keyCount + 1);
  const keyEntries = new Uint32Array(buffer, keyEntriesOffset, keyCount + 1);
  const entryRefs = new Uint32Array(buffer, entryRefsOffset, refCount);
  const entryWords = new Uint32Array(buffer, entriesOffset, entryCount * ENTRY_WORDS);
  const keyPool = new Uint16Array(buffer, keyPoolOffset, keyPoolUnits);
  new Uint8Array(buffer, textOffset, textBytes).set(textBuf.subarray(0, textBytes));
  const costs = new Uint8Array(buffer, costOffset, keyCount);
  let total = 0;
  for (const count of frequencies.values()) total += count;
  // A key's cost is that of its most frequent reading: a Traditional key is scored through the
  // Simplified headword of its entries, because the frequency list is Simplified.
  const countOfKey = (key: string): number => {
    let best = frequencies.get(key) ?? 0;
    for (const e of keyEntryLists.get(key) ?? []) {
      const entry = entries[e];
      if (entry) best = Math.max(best, frequencies.get(entry.simplified) ?? 0);
    }
    return best;
  };

  const mask = tableSize - 1;
  let unit = 0;
  let ref = 0;
  keys.forEach((key, k) => {
    keyStart[k] = unit;
    for (let i = 0; i < key.length; i++) keyPool[unit++] = key.charCodeAt(i);
    keyEntries[k] = ref;
    costs[k] = costOf(countOfKey(key), total);
    const list = keyEntryLists.get(key) ?? [];
    for (const e of list) if (!properNoun[e]) entryRefs[ref++] = e;
    for (const e of list) if (properNoun[e]) entryRefs[ref++] = e;
    const h = hashString(key);
    let slot = h & mask;
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = k + 1;
  });
  keyStart[keyCount] = unit;
  keyEntries[keyCount] = ref;

  entries.forEach((e, i) => {
    const base = i * ENTRY_WORDS;
    entryWords[base] = keyIndex.get(e.traditional) ?? 0;
    entryWords[base + 1] = keyIndex.get(e.simplified) ?? 0;
    entryWords[base + 2] = textOffsets[i] ?? 0;
  });

  if (pack) packDictionary(buffer);
  const counts = { lines, entries: entryCount, keys: keyCount, skipped, duplicates, bytes: totalBytes };
  if (stats) Object.assign(stats, counts);
  return buffer;
}
