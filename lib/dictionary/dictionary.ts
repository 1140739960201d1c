// The lookup engine over the compiled binary (see format.ts). Loading is O(1): views over the buffer.
// A lookup hashes every prefix of the queried text in one pass, probes from the longest down, and
// decodes strings only for the entries it returns.
import type { DictEntry, LookupResult } from '../types';
import { type Definitions, DefinitionsFormatError, loadDefinitions } from './definitions';
import {
  ENTRY_WORDS,
  FNV_OFFSET,
  FORMAT_VERSION,
  H,
  HEADER_WORDS,
  hashFinish,
  hashStep,
  LITTLE_ENDIAN,
  MAGIC,
} from './format';
import { unpackDictionary } from './pack';

/** Distinct headwords a lookup returns at most (the longest match plus shorter words). */
export const MAX_HEADWORDS = 7;
export const DEFAULT_MAX_LENGTH = 16;

export interface Dictionary {
  readonly entryCount: number;
  readonly keyCount: number;
  /** Longest headword in code units; longer queries are cut to this before probing. */
  readonly maxKeyLength: number;
  readonly byteLength: number;
  /** Longest match at the start of `text` first, then the shorter words that are prefixes of it. */
  lookup(text: string, max?: number): LookupResult;
  /** Length of the longest headword that prefixes `text` (0 if none), without decoding anything. */
  matchLength(text: string, max?: number): number;
  /** Whether `word` is exactly a headword (either script). */
  has(word: string): boolean;
  /** All entries whose traditional or simplified headword is exactly `word`. */
  get(word: string): DictEntry[];
  /** Calls `found(length, cost)` for every headword starting at `text[start]` (up to `max` code units);
   *  cost is -ln(p) × COST_SCALE from build-time word frequencies. Decodes nothing. */
  prefixCosts(text: string, start: number, max: number, found: (length: number, cost: number) => void): void;
}

export class DictionaryFormatError extends Error {}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff;

class CompiledDictionary implements Dictionary {
  readonly entryCount: number;
  readonly keyCount: number;
  readonly maxKeyLength: number;
  readonly byteLength: number;
  private readonly table: Uint32Array;
  private readonly mask: number;
  private readonly keyStart: Uint32Array;
  private readonly keyEntries: Uint32Array;
  private readonly entryRefs: Uint32Array;
  private readonly entries: Uint32Array;
  private readonly keyPool: Uint16Array;
  private readonly text: Uint8Array;
  private readonly costs: Uint8Array;
  /** Set when the entry texts are pinyin only (the shipped word file): where the definitions are, if
   *  they were loaded at all (the reader does without). */
  private readonly separate: boolean;
  private readonly definitions: Definitions | undefined;
  private readonly decoder = new TextDecoder();
  /** Prefix hashes of the current query; reused so a lookup allocates nothing until it has a hit. */
  private readonly hashes: Int32Array;

  constructor(buffer: ArrayBuffer, definitions?: ArrayBuffer) {
    if (!LITTLE_ENDIAN) throw new DictionaryFormatError('The dictionary needs a little-endian platform');
    if (buffer.byteLength < HEADER_WORDS * 4) throw new DictionaryFormatError('Dictionary file is truncated');
    const h = new Uint32Array(buffer, 0, HEADER_WORDS);
    const word = (i: number): number => h[i] ?? 0;
    if (word(H.magic) !== MAGIC) throw new DictionaryFormatError('Not a Wenzhai dictionary file');
    if (word(H.version) !== FORMAT_VERSION) {
      throw new DictionaryFormatError(
        `Dictionary format ${word(H.version)} is not supported (expected ${FORMAT_VERSION}); rebuild it`,
      );
    }
    if (word(H.totalBytes) !== buffer.byteLength)
      throw new DictionaryFormatError('Dictionary file is truncated');
    unpackDictionary(buffer); // the shipped file's table and offsets are rebuilt in place, once
    this.entryCount = word(H.entryCount);
    this.keyCount = word(H.keyCount);
    this.maxKeyLength = word(H.maxKeyLength);
    this.byteLength = buffer.byteLength;
    const tableSize = word(H.tableSize);
    this.mask = tableSize - 1;
    // The typed-array constructors bounds-check every section against the buffer.
    this.table = new Uint32Array(buffer, word(H.tableOffset), tableSize);
    this.keyStart = new Uint32Array(buffer, word(H.keyStartOffset), this.keyCount + 1);
    this.keyEntries = new Uint32Array(buffer, word(H.keyEntriesOffset), this.keyCount + 1);
    this.entryRefs = new Uint32Array(buffer, word(H.entryRefsOffset), word(H.refCount));
    this.entries = new Uint32Array(buffer, word(H.entriesOffset), this.entryCount * ENTRY_WORDS);
    this.keyPool = new Uint16Array(buffer, word(H.keyPoolOffset), word(H.keyPoolUnits));
    this.text = new Uint8Array(buffer, word(H.textOffset), word(H.textBytes));
    this.costs = new Uint8Array(buffer, word(H.costOffset), this.keyCount);
    this.hashes = new Int32Array(this.maxKeyLength + 1);
    this.separate = word(H.separateDefinitions) !== 0;
    if (definitions && this.separate) {
      this.definitions = loadDefinitions(definitions);
      if (this.definitions.entryCount !== this.entryCount)
        throw new DefinitionsFormatError('The definitions file belongs to another word file; rebuild both');
    }
  }

  /** Key index of text[from, from + length) given its finished hash, or -1. */
  private find(hash: number, text: string, length: number, from = 0): number {
    const { table, mask, keyStart, keyPool } = this;
    let slot = hash & mask;
    for (;;) {
      const v = table[slot] ?? 0;
      if (v === 0) return -1;
      const k = v - 1;
      const start = keyStart[k] ?? 0;
      if ((keyStart[k + 1] ?? 0) - start === length) {
        let i = 0;
        while (i < length && keyPool[start + i] === text.charCodeAt(from + i)) i++;
        if (i === length) return k;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Fills this.hashes[1..n] with the prefix hashes; returns n (the usable prefix length). */
  private prefixHashes(text: string, max: number): number {
    const n = Math.min(text.length, max, this.maxKeyLength);
    const hashes = this.hashes;
    let h = FNV_OFFSET;
    for (let i = 0; i < n; i++) {
      h = hashStep(h, text.charCodeAt(i));
      hashes[i + 1] = hashFinish(h);
    }
    return n;
  }

  /** A prefix of length L would split a surrogate pair when it ends on a high surrogate followed by a low. */
  private splitsPair(text: string, length: number): boolean {
    return isHigh(text.charCodeAt(length - 1)) && isLow(text.charCodeAt(length));
  }

  matchLength(text: string, max = DEFAULT_MAX_LENGTH): number {
    const n = this.prefixHashes(text, max);
    for (let len = n; len > 0; len--) {
      if (this.splitsPair(text, len)) continue;
      if (this.find(this.hashes[len] ?? 0, text, len) >= 0) return len;
    }
    return 0;
  }

  lookup(text: string, max = DEFAULT_MAX_LENGTH): LookupResult {
    const n = this.prefixHashes(text, max);
    const entries: DictEntry[] = [];
    const taken: number[] = [];
    let matchLength = 0;
    let headwords = 0;
    for (let len = n; len > 0 && headwords < MAX_HEADWORDS; len--) {
      if (this.splitsPair(text, len)) continue;
      const k = this.find(this.hashes[len] ?? 0, text, len);
      if (k < 0) continue;
      if (matchLength === 0) matchLength = len;
      headwords++;
      const end = this.keyEntries[k + 1] ?? 0;
      for (let r = this.keyEntries[k] ?? 0; r < end; r++) {
        const e = this.entryRefs[r] ?? 0;
        if (taken.includes(e)) continue;
        taken.push(e);
        entries.push(this.entry(e));
      }
    }
    return { matchLength, entries };
  }

  prefixCosts(text: string, start: number, max: number, found: (length: number, cost: number) => void): void {
    const n = Math.min(text.length - start, max, this.maxKeyLength);
    let h = FNV_OFFSET;
    for (let len = 1; len <= n; len++) {
      h = hashStep(h, text.charCodeAt(start + len - 1));
      if (this.splitsPair(text, start + len)) continue;
      const k = this.find(hashFinish(h), text, len, start);
      if (k >= 0) found(len, this.costs[k] ?? 255);
    }
  }

  private keyIndexOf(word: string): number {
    if (word.length === 0 || word.length > this.maxKeyLength) return -1;
    let h = FNV_OFFSET;
    for (let i = 0; i < word.length; i++) h = hashStep(h, word.charCodeAt(i));
    return this.find(hashFinish(h), word, word.length);
  }

  has(word: string): boolean {
    return this.keyIndexOf(word) >= 0;
  }

  get(word: string): DictEntry[] {
    const k = this.keyIndexOf(word);
    if (k < 0) return [];
    const out: DictEntry[] = [];
    const end = this.keyEntries[k + 1] ?? 0;
    for (let r = this.keyEntries[k] ?? 0; r < end; r++) out.push(this.entry(this.entryRefs[r] ?? 0));
    return out;
  }

  private keyString(k: number): string {
    const start = this.keyStart[k] ?? 0;
    const end = this.keyStart[k + 1] ?? 0;
    let s = '';
    for (let i = start; i < end; i++) s += String.fromCharCode(this.keyPool[i] ?? 0);
    return s;
  }

  private entry(e: number): DictEntry {
    const base = e * ENTRY_WORDS;
    const offset = this.entries[base + 2] ?? 0;
    const end = e + 1 < this.entryCount ? (this.entries[base + ENTRY_WORDS + 2] ?? offset) : this.text.length;
    const text = this.decoder.decode(this.text.subarray(offset, end));
    const parts = this.separate ? [text, ...(this.definitions?.get(e) ?? [])] : text.split('/');
    return {
      traditional: this.keyString(this.entries[base] ?? 0),
      simplified: this.keyString(this.entries[base + 1] ?? 0),
      pinyin: parts[0] ?? '',
      definitions: parts.slice(1),
      source: 'cedict',
    };
  }
}

/** Wraps a compiled dictionary: one file with everything (compileCedict), or the shipped word file
 *  (public/dict/words.bin) with, for the hover card, its definitions (public/dict/definitions.bin);
 *  without them entries come with no definitions, which is all the reader needs. Throws
 *  DictionaryFormatError / DefinitionsFormatError if invalid. */
export function loadDictionary(buffer: ArrayBuffer, definitions?: ArrayBuffer): Dictionary {
  return new CompiledDictionary(buffer, definitions);
}
