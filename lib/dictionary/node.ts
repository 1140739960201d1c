// Node-only loader (CLI, scripts, tests). The extension fetches the same file and calls loadDictionary.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dictionary, loadDictionary } from './dictionary';

/** public/dict/cedict.bin, resolved from this file so it works from any working directory. */
export const DEFAULT_DICTIONARY_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../public/dict/cedict.bin',
);

export function loadDictionaryFromDisk(path: string = DEFAULT_DICTIONARY_PATH): Dictionary {
  if (!existsSync(path)) {
    throw new Error(`Dictionary not found at ${path}; run \`npm run build:data\` to build it.`);
  }
  const bytes = readFileSync(path);
  // Large reads get their own ArrayBuffer; a small Buffer may be a slice of a shared pool, so copy then.
  if (
    bytes.byteOffset === 0 &&
    bytes.buffer.byteLength === bytes.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return loadDictionary(bytes.buffer);
  }
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  return loadDictionary(buffer);
}
