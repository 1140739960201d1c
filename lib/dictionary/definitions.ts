// The dictionary's definitions, in a file of their own (public/dict/definitions.bin) so the word file
// (public/dict/words.bin: headwords, readings, word costs) serves both the hover card and the reader,
// and only the card loads the definitions. Entry e's definitions are entry e of the word file.
//
// Layout (little-endian, sections on 4-byte boundaries):
//   header   u32[4]              magic "WZDF", version, entryCount, textBytes
//   lengths  u16[entryCount]     UTF-8 bytes of each entry's "def1/def2/…" (an entry over 65,535 bytes
//                                is refused at build time; CEDICT's longest is a few hundred)
//   text     u8[textBytes]       the entries' texts back to back
// The loader keeps a start offset for every SPARSE-th entry and adds up at most SPARSE − 1 lengths
// per lookup, so loading is one pass over a sixteenth of the entries and holds ~32 KB more than the file.
import { align4, LITTLE_ENDIAN } from './format';

export const DEFINITIONS_MAGIC = 0x46445a57; // "WZDF" read as a little-endian u32
export const DEFINITIONS_VERSION = 1;
const HEADER_BYTES = 16;
const SPARSE = 16;

export class DefinitionsFormatError extends Error {}

export interface Definitions {
  readonly entryCount: number;
  readonly byteLength: number;
  /** Entry `e`'s definitions, in CEDICT's order ([] past the end). */
  get(e: number): string[];
}

/** Packs each entry's definitions (entry order) into the file described above. */
export function compileDefinitions(perEntry: readonly (readonly string[])[]): ArrayBuffer {
  if (!LITTLE_ENDIAN) throw new Error('compileDefinitions needs a little-endian platform');
  const encoder = new TextEncoder();
  const texts = perEntry.map((defs) => encoder.encode(defs.join('/')));
  const textBytes = texts.reduce((n, t) => n + t.byteLength, 0);
  const lengthsBytes = align4(perEntry.length * 2);
  const buffer = new ArrayBuffer(HEADER_BYTES + lengthsBytes + align4(textBytes));
  new Uint32Array(buffer, 0, 4).set([DEFINITIONS_MAGIC, DEFINITIONS_VERSION, perEntry.length, textBytes]);
  const lengths = new Uint16Array(buffer, HEADER_BYTES, perEntry.length);
  const text = new Uint8Array(buffer, HEADER_BYTES + lengthsBytes, textBytes);
  let at = 0;
  texts.forEach((t, e) => {
    if (t.byteLength > 0xffff) throw new Error(`Entry ${e}'s definitions are over 65,535 bytes`);
    lengths[e] = t.byteLength;
    text.set(t, at);
    at += t.byteLength;
  });
  return buffer;
}

/** Wraps a definitions file; throws DefinitionsFormatError if it is not one. */
export function loadDefinitions(buffer: ArrayBuffer): Definitions {
  if (buffer.byteLength < HEADER_BYTES) throw new DefinitionsFormatError('Definitions file is truncated');
  const [magic, version, entryCount = 0, textBytes = 0] = new Uint32Array(buffer, 0, 4);
  if (magic !== DEFINITIONS_MAGIC) throw new DefinitionsFormatError('Not a Wenzhai definitions file');
  if (version !== DEFINITIONS_VERSION)
    throw new DefinitionsFormatError(`Definitions format ${version} is not supported; rebuild it`);
  const lengthsBytes = align4(entryCount * 2);
  if (buffer.byteLength < HEADER_BYTES + lengthsBytes + textBytes)
    throw new DefinitionsFormatError('Definitions file is truncated');
  const lengths = new Uint16Array(buffer, HEADER_BYTES, entryCount);
  const text = new Uint8Array(buffer, HEADER_BYTES + lengthsBytes, textBytes);
  const starts = new Uint32Array(Math.ceil(entryCount / SPARSE) + 1);
  let at = 0;
  for (let e = 0; e < entryCount; e++) {
    if (e % SPARSE === 0) starts[e / SPARSE] = at;
    at += lengths[e] ?? 0;
  }
  if (at !== textBytes) throw new DefinitionsFormatError('Definitions file is inconsistent');
  const decoder = new TextDecoder();
  return {
    entryCount,
    byteLength: buffer.byteLength,
    get(e) {
      if (!(e >= 0 && e < entryCount)) return [];
      const block = Math.floor(e / SPARSE);
      let start = starts[block] ?? 0;
      for (let i = block * SPARSE; i < e; i++) start += lengths[i] ?? 0;
      const end = start + (lengths[e] ?? 0);
      return end > start ? decoder.decode(text.subarray(start, end)).split('/') : [];
    },
  };
}
