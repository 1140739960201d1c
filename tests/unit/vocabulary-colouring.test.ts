// Known-word colouring (issue 17 §5): the background's answer (marks by state, the estimate) over the
// real database, and the painter's pure helpers (message pieces, the visible band, boxes).
import { describe, expect, it } from 'vitest';
import {
  colouringOf,
  MARK_LEARNING,
  MARK_NEW,
  marksOf,
  rangesOfFlat,
} from '../../lib/vocabulary/colouring/answer';
import {
  bandAround,
  boxesOf,
  chunksFrom,
  chunksOf,
  firstNotAbove,
  outside,
} from '../../lib/vocabulary/colouring/layout';
import { addWord, openVocabularyDb, setWordStates } from '../../lib/vocabulary/db';
import { parseHsk } from '../../lib/vocabulary/hsk';
import { fazhan, jingji, lingdao } from './vocabulary-fixtures';

describe('the background’s colouring answer', () => {
  it('marks new and learning words in text order, leaves known ones plain, and estimates', async () => {
    const db = openVocabularyDb(`colour-${Math.random()}`);
    const a = await addWord(db, jingji, null, undefined);
    const b = await addWord(db, fazhan, null, undefined);
    await addWord(db, lingdao, null, undefined);
    await setWordStates(db, [a.wordId], 'known');
    await setWordStates(db, [b.wordId], 'learning');
    //            0 1 2 3 4 5 6 7 8 9 10
    const text = '經濟發展，领导說明天見。';
    // As the dictionary's holder cuts it: 經濟|發展|领导|說|明天|見 (punctuation is not a word).
    const flat = [0, 2, 2, 4, 5, 7, 7, 8, 8, 10, 10, 11];
    const hsk = parseHsk('#h\n明天\t明天\t1\t1\t100\n经济\t經濟\t4\t3\t1376\n');
    const { marks, estimate } = await colouringOf(text, flat, db, hsk);
    expect(marks).toEqual([
      2,
      4,
      MARK_LEARNING,
      5,
      7,
      MARK_NEW,
      7,
      8,
      MARK_NEW,
      8,
      10,
      MARK_NEW,
      10,
      11,
      MARK_NEW,
    ]);
    expect(estimate).toMatchObject({ knownPercent: 17, newWords: 4, learningWords: 1, tokens: 6 });
    expect(estimate.hsk).toEqual({ from: 3, to: 3 });

    await setWordStates(db, [b.wordId], 'known');
    const after = await colouringOf(text, flat, db, null);
    expect(after.marks.slice(0, 3)).toEqual([5, 7, MARK_NEW]);
    expect(after.estimate.knownPercent).toBe(33);
  });

  it('drops offsets a holder could not have sent (overlapping, reversed, past the end)', () => {
    expect(rangesOfFlat([0, 2, 1, 3, 3, 3, 4, 9, 4, 5, 7], 6)).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 5 },
    ]);
    expect(
      marksOf({ new: [{ start: 4, end: 6 }], learning: [{ start: 0, end: 2 }], known: [], ignored: [] }),
    ).toEqual([0, 2, MARK_LEARNING, 4, 6, MARK_NEW]);
  });
});

describe('the painter’s helpers', () => {
  it('cuts the text into message pieces at block boundaries, none longer than the limit', () => {
    const text = `${'一'.repeat(6)}\n${'二'.repeat(6)}\n${'三'.repeat(3)}`;
    const chunks = chunksOf(text, 10);
    // 6 + \n fits, the next 10 characters fit whole: a cut only where the limit forces one.
    expect(chunks).toEqual([
      [0, 7],
      [7, 17],
    ]);
    expect(chunks.map(([a, b]) => text.slice(a, b)).join('')).toBe(text);
    expect(chunksOf('一'.repeat(25), 10)).toEqual([
      [0, 10],
      [10, 20],
      [20, 25],
    ]);
  });

  it('sends the viewport’s block first, then the rest after and before it, covering the text once', () => {
    const text = ['一'.repeat(5), '二'.repeat(5), '三'.repeat(5), '四'.repeat(5)].join('\n');
    const chunks = chunksFrom(text, 13, 6, 12); // 13 is inside the third block (12–17)
    expect(chunks[0]).toEqual([12, 18]);
    const covered = chunks
      .slice()
      .sort((a, b) => a[0] - b[0])
      .map(([a, b]) => text.slice(a, b))
      .join('');
    expect(covered).toBe(text);
    expect(chunks.every(([a, b]) => b - a <= 12)).toBe(true);
    expect(chunksFrom('', 0, 6, 12)).toEqual([]);
    expect(chunksFrom(text, 0, 100, 100)).toEqual([[0, text.length]]);
  });

  it('finds the first mark in the band by binary search, measuring a few marks only', () => {
    const bottoms = Array.from({ length: 100_000 }, (_, i) => i * 20 + 18);
    let measured = 0;
    const first = firstNotAbove(bottoms.length, (i) => {
      measured++;
      return (bottoms[i] ?? 0) < 50_000;
    });
    expect(first).toBe(2500);
    expect(measured).toBeLessThan(20);
    expect(firstNotAbove(0, () => true)).toBe(0);
  });

  it('draws a screen either side and redraws only when the viewport leaves that band', () => {
    const band = bandAround(1000, 800);
    expect(band).toEqual({ top: 200, bottom: 2600 });
    expect(outside(band, 1500, 800)).toBe(false);
    expect(outside(band, 1900, 800)).toBe(true);
    expect(outside(band, 100, 800)).toBe(true);
    expect(outside(null, 0, 800)).toBe(true);
  });

  it('turns client rectangles into boxes in document coordinates, dropping empty ones', () => {
    const boxes = boxesOf(
      [
        { left: 10, top: 20, width: 30, height: 16 },
        { left: 0, top: 0, width: 0, height: 16 },
        { left: 5, top: 40, width: 12, height: 16 },
      ],
      { x: 3, y: 500 },
      MARK_NEW,
    );
    expect(boxes).toEqual([
      { x: 13, y: 520, w: 30, h: 16, state: MARK_NEW },
      { x: 8, y: 540, w: 12, h: 16, state: MARK_NEW },
    ]);
  });
});
