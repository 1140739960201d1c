// How much of a fresh reading model's first article a primed word cache saves (bench-reader-notes.md,
// round 13): `node --import tsx scripts/bench-reader-prime.ts N [words|texts]`, one fresh process per
// run (the caches live as long as the model and the module). Prints the fill's time and heap, then
// the first and a second 10,000 characters of the reader bench's article, in 600-character batches.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReadingModelFromDisk } from '../lib/reader/node';
import { commonWords, primeTexts } from '../lib/reader/prime';
import { annotate, primeReadings } from '../lib/reader/readings';
import { annotateTexts, WARM_UP } from '../lib/reader/worker-protocol';
import { ROOT } from '../tests/e2e/harness';
import { sourceSentences } from './bench-reader-article';

const n = Number(process.argv[2] ?? '0');
const how = process.argv[3] ?? 'words';
const hsk = readFileSync(resolve(ROOT, 'public/hsk/hsk.tsv'), 'utf8');
const ranked = commonWords(hsk);

/** ~`chars` characters of sentences from `offset`, cut into 600-character batches. */
function batches(sentences: readonly string[], chars: number, offset: number): string[] {
  const out: string[] = [];
  let size = 0;
  let batch = '';
  for (let i = offset; size < chars; i++) {
    const s = sentences[i % sentences.length] ?? '';
    batch += s;
    size += s.length;
    if (batch.length >= 600) {
      out.push(batch);
      batch = '';
    }
  }
  if (batch) out.push(batch);
  return out;
}

const { sentences } = sourceSentences();
const model = loadReadingModelFromDisk();
annotateTexts([WARM_UP], true, model);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const words = ranked.slice(0, n);
const t0 = performance.now();
if (how === 'texts') for (const w of words) annotate(w, model);
else if (how === 'joined') {
  for (let i = 0; i < words.length; i += 200) annotate(words.slice(i, i + 200).join('，'), model);
} else if (how === 'prime') {
  for (const text of primeTexts(words)) annotate(text, model);
} else if (how === 'chars') {
  primeReadings(model, words);
  for (const ch of new Set(words.flatMap((w) => Array.from(w)))) annotate(ch, model);
} else primeReadings(model, words);
const fillMs = performance.now() - t0;
gc?.();
const heapKb = (process.memoryUsage().heapUsed - heap0) / 1024;
const time = (texts: readonly string[]) => {
  const start = performance.now();
  for (const t of texts) annotateTexts([t], true, model);
  return performance.now() - start;
};
const first = time(batches(sentences, 10_000, 0));
const second = time(batches(sentences, 10_000, 3_000));
console.log(
  `N=${n} ${how} fill ${fillMs.toFixed(0)} ms heap +${heapKb.toFixed(0)} KB | first 10k ${first.toFixed(0)} ms | second 10k ${second.toFixed(0)} ms`,
);
