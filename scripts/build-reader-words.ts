// Compiles the reader's word list, public/reader/words.bin: CC-CEDICT's headwords, readings and
// segmentation costs in the dictionary's own binary format, without the definitions (a third of the
// size). The reader's worker fetches this instead of the hover card's 14 MB dictionary: it needs only
// words and their readings (lib/reader/readings.ts calls prefixCosts, get(word).pinyin). Run by
// `npm run build:data`, after build-dictionary.ts (same sources, same word costs).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileCedict } from '../lib/dictionary/compile';
import { readingsOnlyCedict } from '../lib/reader/words';
import { readCedictSource, readFrequencies } from './build-dictionary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const READER_WORDS_PATH = resolve(root, 'public/reader/words.bin');

export function buildReaderWords(output = READER_WORDS_PATH): number {
  const started = performance.now();
  const bytes = new Uint8Array(compileCedict(readingsOnlyCedict(readCedictSource()), {}, readFrequencies()));
  mkdirSync(dirname(output), { recursive: true });
  let same = false;
  try {
    same = Buffer.from(bytes).equals(readFileSync(output));
  } catch {
    same = false;
  }
  if (!same) writeFileSync(output, bytes);
  const ms = Math.round(performance.now() - started);
  console.log(`reader/words.bin: ${bytes.byteLength} bytes (${ms} ms${same ? ', unchanged' : ''})`);
  return bytes.byteLength;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildReaderWords();
}
