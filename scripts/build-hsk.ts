// Compiles the HSK word lists (../shared/data/hsk/complete.min.json, drkameleon/complete-hsk-vocabulary,
// MIT) into the committed extract public/hsk/hsk.tsv: one row per word with its levels and frequency
// rank, nothing else (definitions come from our own CC-CEDICT build). Run by hand when the upstream
// list changes (`npx tsx scripts/build-hsk.ts [path/to/complete.min.json]`); the build never needs
// ../shared, it ships the committed extract.
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileHskRows, type HskSourceWord } from '../lib/vocabulary/hsk-compile';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// ../shared beside the checkout; WENZHAI_SHARED when the checkout lives elsewhere (a worktree).
const shared = process.env.WENZHAI_SHARED ?? resolve(root, '../shared');
const source = resolve(process.argv[2] ?? resolve(shared, 'data/hsk/complete.min.json'));
const outDir = resolve(root, 'public/hsk');

if (!existsSync(source)) {
  console.error(`build-hsk: ${source} not found (the committed public/hsk/hsk.tsv is unchanged)`);
  process.exit(2);
}
const words = JSON.parse(readFileSync(source, 'utf8')) as HskSourceWord[];
const tsv = compileHskRows(words);
mkdirSync(outDir, { recursive: true });
writeFileSync(resolve(outDir, 'hsk.tsv'), tsv);
const licence = resolve(dirname(source), 'LICENSE.upstream');
if (existsSync(licence)) copyFileSync(licence, resolve(outDir, 'LICENSE.txt'));
console.log(`hsk.tsv: ${tsv.split('\n').length - 2} words`);
