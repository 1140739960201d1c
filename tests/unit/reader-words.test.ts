// The reader's worker reads public/dict/words.bin alone (headwords, readings, word costs); the CLI and
// the eval read it with public/dict/definitions.bin, as the hover card does. Both must give the same
// readings: this fails if the readings ever start to use the definitions.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { DEFAULT_DICTIONARY_PATH } from '../../lib/dictionary/node';
import { loadReadingModelFromDisk } from '../../lib/reader/node';
import { annotate } from '../../lib/reader/readings';
import { nonEmpty } from './non-empty';

const ROOT = join(import.meta.dirname, '../..');
const full = loadReadingModelFromDisk();
const bytes = readFileSync(DEFAULT_DICTIONARY_PATH);
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

  it('is the same word file, without the definitions', () => {
    expect(reader.dictionary.keyCount).toBe(full.dictionary.keyCount);
    expect(full.dictionary.get('银行')[0]?.definitions).toContain('bank');
    expect(reader.dictionary.get('银行')[0]?.definitions).toEqual([]);
  });
});
