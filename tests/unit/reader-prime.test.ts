// Priming the holder's reading model with the commonest words (lib/reader/prime.ts) changes no answer,
// reads the shipped HSK extract's words commonest first, and yields to the reader's batches.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { loadDictionaryFromDisk } from '../../lib/dictionary/node';
import { createReaderHolder, READINGS_PATH } from '../../lib/reader/holder';
import { DEFAULT_READINGS_PATH } from '../../lib/reader/node';
import {
  COMMON_WORDS_PATH,
  commonWords,
  PRIME_QUIET_MS,
  type PrimeDeps,
  primeModel,
  primeTexts,
} from '../../lib/reader/prime';
import { parseReadingsFile, type ReadingModel } from '../../lib/reader/readings';
import { nonEmpty } from './non-empty';

const ROOT = resolve(__dirname, '../..');
const dictionary = loadDictionaryFromDisk();
const bytesOf = (path: string): ArrayBuffer => {
  const file = readFileSync(path);
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
};
const fetchBytes = async (path: string): Promise<ArrayBuffer> => {
  if (path === READINGS_PATH) return bytesOf(DEFAULT_READINGS_PATH);
  if (path === COMMON_WORDS_PATH) return bytesOf(resolve(ROOT, 'public/hsk/hsk.tsv'));
  throw new Error(`unexpected fetch ${path}`);
};
const holderOf = (prime: boolean) =>
  createReaderHolder({
    dictionary: async () => dictionary,
    fetchBytes,
    later: (work, ms = 0) => setTimeout(work, ms),
    prime,
  });

/** The fixture article's paragraphs and list items, plus a few texts of our own. */
const fixtureTexts = (): string[] => {
  const html = readFileSync(resolve(ROOT, 'tests/fixtures/reader/polyphones.html'), 'utf8');
  const texts = [...html.matchAll(/<(?:p|li|h1)>([^<]+)<\/(?:p|li|h1)>/g)].map((m) => m[1] ?? '');
  return [...texts, '他还是觉得这个结果不错，我们都还没有吃饭呢。', '長大以後，他在銀行工作。', 'A股 3.5%'];
};

describe('priming the holder with the commonest words', () => {
  it('gives the same tokens and ruby as a holder that did not prime', async () => {
    const texts = nonEmpty(fixtureTexts());
    expect(texts.length).toBeGreaterThan(5);
    const primedHolder = holderOf(true);
    const plain = holderOf(false);
    await Promise.all([primedHolder.load(), plain.load()]);
    const read = await primedHolder.primed();
    expect(read).toBeGreaterThan(100); // it did read the word list (~11k words, 20 a text)
    expect(await plain.primed()).toBe(0);
    for (const html of [false, true])
      expect(primedHolder.annotate(texts, html)).toEqual(plain.annotate(texts, html));
  }, 60_000);

  it('orders the ranked words of an HSK extract, commonest first', () => {
    const tsv = [
      '#simplified\ttraditional\thsk2\thsk3\tfrequency',
      '银行\t銀行\t3\t2\t900',
      '的\t\t1\t1\t1',
      '生僻\t\t\t7\t',
      '是\t\t1\t1\t4',
      '我\t\t1\t1\t3',
      '了\t\t1\t1\t3',
      '',
    ].join('\n');
    expect(commonWords(tsv)).toEqual(['的', '了', '我', '是', '银行']);
    const shipped = commonWords(readFileSync(resolve(ROOT, 'public/hsk/hsk.tsv'), 'utf8'));
    expect(shipped.length).toBeGreaterThan(5_000);
    expect(shipped[0]).toBe('的');
    const texts = primeTexts(shipped);
    expect(texts.join('，').split('，')).toEqual(shipped);
    expect(texts[0]?.split('，')).toHaveLength(20);
  });

  it('reads in slices after what is queued, and waits after a reader batch', async () => {
    const model: ReadingModel = {
      dictionary,
      table: parseReadingsFile(JSON.parse(readFileSync(DEFAULT_READINGS_PATH, 'utf8'))),
    };
    const queue: { work: () => void; ms: number }[] = [];
    let batches = 0;
    let clock = 0;
    const deps: PrimeDeps = {
      later: (work, ms = 0) => queue.push({ work, ms }),
      batches: () => batches,
      now: () => clock++, // every read takes 1 ms: a slice reads at most PRIME_SLICE_MS texts
    };
    const texts = primeTexts(['银行', '行长', '长大', '还是', '重庆', '了解', '为了']);
    const done = vi.fn();
    void primeModel(model, [...texts, ...texts, ...texts, ...texts, ...texts], deps).then(done);
    expect(queue).toHaveLength(1); // nothing read before what is queued
    queue.shift()?.work();
    expect(queue.map((q) => q.ms)).toEqual([0]);
    batches++;
    queue.shift()?.work();
    expect(queue.map((q) => q.ms)).toEqual([PRIME_QUIET_MS]); // a batch came: wait, read nothing
    while (queue.length > 0) queue.shift()?.work();
    await Promise.resolve();
    expect(done).toHaveBeenCalledWith(5);
  });
});
