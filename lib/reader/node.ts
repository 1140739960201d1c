// Node-only loader for the reading model (CLI, eval, tests): the same files the extension fetches.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDictionaryFromDisk } from '../dictionary/node';
import { parseReadingsFile, type ReadingModel } from './readings';

export const DEFAULT_READINGS_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../public/reader/readings.json',
);

export function loadReadingModelFromDisk(path: string = DEFAULT_READINGS_PATH): ReadingModel {
  if (!existsSync(path))
    throw new Error(`Readings not found at ${path}; run \`npm run build:data\` to build them.`);
  const table = parseReadingsFile(JSON.parse(readFileSync(path, 'utf8')));
  return { dictionary: loadDictionaryFromDisk(), table };
}
