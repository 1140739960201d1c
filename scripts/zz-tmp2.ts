import { readFileSync } from 'node:fs';
import { loadDictionary } from '../lib/dictionary/dictionary';
import { parseReadingsFile, prepareReadings, polyphonesOf } from '../lib/reader/readings';
import { compileAllEntries } from '../lib/reader/polyphones-score';
import { annotateTexts } from '../lib/reader/worker-protocol';
import { sourceSentences } from './bench-reader-article';
const bytes = readFileSync('public/dict/words.bin');
const dictionary = loadDictionary(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
const table = parseReadingsFile(JSON.parse(readFileSync('public/reader/readings.json', 'utf8')));
prepareReadings(table);
const model = { dictionary, table };
const pre = process.argv[2] === 'pre';
const h0 = process.memoryUsage().heapUsed;
if (pre) { const t0 = performance.now(); compileAllEntries(polyphonesOf(model)!); console.log('compileAll ms', (performance.now() - t0).toFixed(0), 'heap MB +', ((process.memoryUsage().heapUsed - h0) / 1e6).toFixed(1)); }
const { sentences } = sourceSentences();
for (let r = 0; r < 8; r++) {
  const texts: string[] = [];
  for (let p = 0; p < 60; p++) texts.push(sentences.slice(r * 300 + p * 5, r * 300 + p * 5 + 5).join(''));
  const chars = texts.join('').length;
  const t0 = performance.now();
  annotateTexts(texts, true, model);
  console.log(r, chars, 'html ms/10k', ((performance.now() - t0) * 10000 / chars).toFixed(1));
}
