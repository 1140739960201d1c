// @vitest-environment node
// The reader worker's start-up messages: the word list from the page (public/reader-boot.js) or its
// loader's port, the reading table from that loader, and the worker's load steps. Each is checked
// before use, like every other message.
import { describe, expect, test } from 'vitest';
import {
  isReadingsMessage,
  isWordsMessage,
  isWordsPortMessage,
  isWorkerMarks,
} from '../../lib/reader/worker-protocol';

describe('reader worker start-up messages', () => {
  test('the word list arrives as bytes, or as a request to fetch it', () => {
    expect(isWordsMessage({ kind: 'words', words: new ArrayBuffer(8) })).toBe(true);
    expect(isWordsMessage({ kind: 'words' })).toBe(true);
    expect(isWordsMessage({ kind: 'words', words: 'not bytes' })).toBe(false);
    expect(isWordsMessage({ kind: 'other', words: new ArrayBuffer(8) })).toBe(false);
    expect(isWordsMessage({ id: 1, texts: ['银行'] })).toBe(false);
    expect(isWordsMessage(null)).toBe(false);
  });

  test("the reading table arrives on the loader's port as bytes, or as a request to fetch it", () => {
    expect(isReadingsMessage({ kind: 'readings', readings: new ArrayBuffer(8) })).toBe(true);
    expect(isReadingsMessage({ kind: 'readings' })).toBe(true);
    expect(isReadingsMessage({ kind: 'readings', readings: 'not bytes' })).toBe(false);
    expect(isReadingsMessage({ kind: 'readings', words: new ArrayBuffer(8), readings: [] })).toBe(false);
    expect(isReadingsMessage({ kind: 'words', readings: new ArrayBuffer(8) })).toBe(false);
    expect(isWordsMessage({ kind: 'readings', readings: new ArrayBuffer(8) })).toBe(false);
    expect(isReadingsMessage(null)).toBe(false);
  });

  test("the word list's port is a real MessagePort", () => {
    const channel = new MessageChannel();
    expect(isWordsPortMessage({ kind: 'wordsPort', port: channel.port2 })).toBe(true);
    expect(isWordsPortMessage({ kind: 'wordsPort', port: {} })).toBe(false);
    expect(isWordsPortMessage({ kind: 'words', port: channel.port2 })).toBe(false);
    expect(isWordsMessage({ kind: 'wordsPort', port: channel.port2 })).toBe(false);
    expect(isWordsPortMessage(null)).toBe(false);
    channel.port1.close();
  });

  test('load marks are finite numbers only', () => {
    expect(isWorkerMarks({ marks: { workerStart: 1.5, warm: 20 } })).toBe(true);
    expect(isWorkerMarks({ marks: { warm: '20' } })).toBe(false);
    expect(isWorkerMarks({ marks: { warm: Number.NaN } })).toBe(false);
    expect(isWorkerMarks({ marks: null })).toBe(false);
    expect(isWorkerMarks({ id: 1, ok: true, html: [] })).toBe(false);
  });
});
