// Round 13's Node measure (bench-reader-notes.md): how much of a fresh reading model's first article a
// model primed with the commonest words saves. `node --expose-gc --import tsx
// scripts/bench-reader-prime.ts N [joined|texts]`, one fresh process per run (the caches live as long
// as the model and the module). Primes with the N commonest words of public/hsk/hsk.tsv (frequency
// rank): `joined` reads them 20 to a text joined by '，', `texts` one word a text; N = 0 primes nothing.
// Prints the priming's time and heap, then the first and a second 10,000 characters of the reader
// bench's sentences, in 600-character batches.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadReadingModelFromDisk } from '../lib/reader/node';
import { annotate } from '../lib/reader/readings';
import { annotateTexts, WARM_UP } from '../lib/reader/worker-protocol';
import { ROOT } from '../tests/e2e/harness';
import { sourceSentences } from './bench-reader-article';

const n = Number(process.argv[2] ?? '0');
const how = process.argv[3] ?? 'joined';

/** The ranked simplified words of the HSK extract (simplified, traditional, hsk2, hsk3, rank), commonest first. */
function commonWords(tsv: string): string[] {
  const ranked: [string, number][] = [];
  for (const line of tsv.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [word, , , , rank] = line.split('\t');
    if (word && rank && Number(rank) > 0) ranked.push([word, Number(rank)]);
  }
  return ranked.sort((a, b) => a[1] - b[1]).map(([word]) => word);
}

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

const words = commonWords(readFileSync(resolve(ROOT, 'public/hsk/hsk.tsv'), 'utf8')).slice(0, n);
const { sentences } = sourceSentences();
const model = loadReadingModelFromDisk();
annotateTexts([WARM_UP], true, model);
const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const heap0 = process.memoryUsage().heapUsed;
const t0 = performance.now();
if (how === 'texts') for (const w of words) annotate(w, model);
else for (let i = 0; i < words.length; i += 20) annotate(words.slice(i, i + 20).join('，'), model);
const primeMs = performance.now() - t0;
gc?.();
const heapKb = (process.memoryUsage().heapUsed - heap0) / 1024;
const time = (texts: readonly string[]): number => {
  const start = performance.now();
  for (const t of texts) annotateTexts([t], true, model);
  return performance.now() - start;
};
const first = time(batches(sentences, 10_000, 0));
const second = time(batches(sentences, 10_000, 3_000));
console.log(
  `N=${words.length} ${how} prime ${primeMs.toFixed(0)} ms heap +${heapKb.toFixed(0)} KB | first 10k ${first.toFixed(0)} ms | second 10k ${second.toFixed(0)} ms`,
);
