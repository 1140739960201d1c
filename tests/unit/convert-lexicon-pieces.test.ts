// The lexicon's hand-over to a tab in pieces (lib/tab/converter-registry.ts): cut in the background,
// put back together in the tab whatever order the pieces arrive in.
import { describe, expect, it } from 'vitest';
import { dataPieces, handOverInPieces, PieceCollector } from '../../lib/tab/converter-registry';
import { nonEmpty } from './non-empty';

const TEXT = 'wenzhai-lexicon 1\n@default 200\n@s2t 2\n头发\t12\n发展\t9\t發展\n@t2s 1\n頭髮\t12\n';

describe('dataPieces', () => {
  it('cuts a text into pieces of the given size that join back to it', () => {
    const pieces = dataPieces(TEXT, 7);
    expect(pieces.length).toBe(Math.ceil(TEXT.length / 7));
    for (const piece of nonEmpty(pieces.slice(0, -1))) expect(piece.length).toBe(7);
    expect(pieces.join('')).toBe(TEXT);
  });

  it('gives one empty piece for an empty text, one piece for a short one', () => {
    expect(dataPieces('')).toEqual(['']);
    expect(dataPieces(TEXT)).toEqual([TEXT]);
  });
});

describe('PieceCollector', () => {
  it('returns the whole text only when the last missing piece arrives, in any order', () => {
    const pieces = dataPieces(TEXT, 5);
    const order = pieces.map((_, i) => i).reverse();
    const collector = new PieceCollector();
    const results = order.map((i) => collector.add(i, pieces.length, pieces[i]!));
    expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
    expect(results.at(-1)).toBe(TEXT);
  });

  it('counts a piece sent twice once', () => {
    const collector = new PieceCollector();
    expect(collector.add(0, 2, 'ab')).toBeNull();
    expect(collector.add(0, 2, 'ab')).toBeNull();
    expect(collector.add(1, 2, 'cd')).toBe('abcd');
  });

  it('starts over for a new hand-over, and ignores pieces out of range', () => {
    const collector = new PieceCollector();
    expect(collector.add(0, 3, 'x')).toBeNull();
    expect(collector.add(5, 3, 'y')).toBeNull();
    expect(collector.add(-1, 3, 'y')).toBeNull();
    expect(collector.add(0, 2, 'ab')).toBeNull(); // another count: a new hand-over
    expect(collector.add(1, 2, 'cd')).toBe('abcd');
    expect(collector.add(0, 1, 'whole')).toBe('whole'); // and again after a complete one
  });
});

describe('handOverInPieces', () => {
  it('sends a data file as pieces that a collector in the tab puts back, naming the file', async () => {
    const text = 'x'.repeat(300_000);
    const collector = new PieceCollector();
    const whole: string[] = [];
    const kinds = new Set<string>();
    let calls = 0;
    await handOverInPieces('opencc', text, async ([data, index, count, piece]) => {
      calls++;
      kinds.add(data);
      const done = collector.add(index, count, piece);
      if (done !== null) whole.push(done);
    });
    expect(calls).toBe(dataPieces(text).length);
    expect(calls).toBeGreaterThan(1);
    expect([...kinds]).toEqual(['opencc']);
    expect(whole).toEqual([text]);
  });
});
