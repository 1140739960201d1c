// The reader's worker reads with public/reader/words.bin (the dictionary without definitions, built by
// scripts/build-reader-words.ts); the CLI and the eval read with the full public/dict/cedict.bin. Both
// must give the same readings: this fails if the readings ever start to use what words.bin leaves out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { loadReadingModelFromDisk } from '../../lib/reader/node';
import { annotate } from '../../lib/reader/readings';
import { nonEmpty } from './non-empty';

const ROOT = join(import.meta.dirname, '../..');
const full = loadReadingModelFromDisk();
const bytes = readFileSync(join(ROOT, 'public/reader/words.bin'));
const reader = {
  dictionary: loadDictionary(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
  table: full.table,
};

const fixture = readFileSync(join(ROOT, 'tests/fixtures/reader/polyphones.html'), 'utf8');
const SENTENCES = [
  ...[...fixture.matchAll(/>([^<>]*\p{Script=Han}[^<>]*)</gu)].map((m) => m[1] ?? ''),
  '银行行长在重庆长大，还是了解为了什么。',
  '他看着我笑了，说得很好，慢慢地走。你呢？好吗？',
  '贾先生和翟女士都只处理数据，发了一封信。',
  '這位銀行行長在重慶長大。',
];

describe('the reader word list reads as the full dictionary does', () => {
  it('same words and readings on every sentence', () => {
    for (const sentence of nonEmpty(SENTENCES))
      expect(annotate(sentence, reader)).toEqual(annotate(sentence, full));
  });

  it('is smaller than the full dictionary', () => {
    expect(reader.dictionary.byteLength).toBeLessThan(full.dictionary.byteLength * 0.7);
    expect(reader.dictionary.keyCount).toBe(full.dictionary.keyCount);
  });
});
