// Node-only loader (CLI, scripts, tests). The extension fetches the same files and calls loadDictionary.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dictionary, loadDictionary } from './dictionary';

const dictDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../public/dict');
/** public/dict/words.bin (headwords, readings, word costs), resolved from this file so it works from
 *  any working directory. The hover card and the reader both read it. */
export const DEFAULT_DICTIONARY_PATH = resolve(dictDir, 'words.bin');
/** public/dict/definitions.bin: the definitions of words.bin's entries, which only the card loads. */
export const DEFAULT_DEFINITIONS_PATH = resolve(dictDir, 'definitions.bin');

/** A file's bytes in an ArrayBuffer of their own. */
export function readBytes(path: string): ArrayBuffer {
  const bytes = readFileSync(path);
  // Large reads get their own ArrayBuffer; a small Buffer may be a slice of a shared pool, so copy then.
  if (
    bytes.byteOffset === 0 &&
    bytes.buffer.byteLength === bytes.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return bytes.buffer;
  }
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return buffer;
}

/** The word file with its definitions (pass `definitionsPath: null` for the words alone). */
export function loadDictionaryFromDisk(
  path: string = DEFAULT_DICTIONARY_PATH,
  definitionsPath: string | null = path === DEFAULT_DICTIONARY_PATH ? DEFAULT_DEFINITIONS_PATH : null,
): Dictionary {
  for (const file of [path, definitionsPath]) {
    if (file && !existsSync(file)) {
      throw new Error(`Dictionary not found at ${file}; run \`npm run build:data\` to build it.`);
    }
  }
  return loadDictionary(readBytes(path), definitionsPath ? readBytes(definitionsPath) : undefined);
}
