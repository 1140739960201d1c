// The reader's annotation by the dictionary's holder (lib/reader/holder.ts, the `annotate` handlers in
// lib/lookup) gives the worker's answers for the same data, answers "not ready" at once while its
// reading model loads, and the reader page's client (lib/reader/holder-client.ts) falls back to its own
// worker when the holder gives no answer.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDictionaryFromDisk } from '../../lib/dictionary/node';
import { createDictionaryHandlers } from '../../lib/lookup/dictionary-handlers';
import { answerWorkerRequest, createWorkerHandlers } from '../../lib/lookup/worker-protocol';
import { dispatch, envelope } from '../../lib/messages';
import type { ChannelRequest } from '../../lib/protocol/envelope';
import { createReaderHolder, READINGS_PATH } from '../../lib/reader/holder';
import { createHolderAnnotateClient, type HolderPort } from '../../lib/reader/holder-client';
import { DEFAULT_READINGS_PATH } from '../../lib/reader/node';
import {
  type AnnotateClient,
  answerAnnotate,
  type TextsAnnotation,
  WARM_UP,
} from '../../lib/reader/worker-protocol';

const dictionary = loadDictionaryFromDisk();
const readingsBytes = (): ArrayBuffer => {
  const file = readFileSync(DEFAULT_READINGS_PATH);
  return file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
};
const TEXTS = ['这位银行行长在重庆长大。', '为了了解这座城市，他每天步行上班。', 'A股'];

const holderOf = (fetchBytes = vi.fn(async (_path: string) => readingsBytes())) => {
  let loaded = false;
  const holder = createReaderHolder({
    dictionary: async () => {
      loaded = true;
      return dictionary;
    },
    fetchBytes,
    later: (work) => setTimeout(work, 0),
  });
  return { holder, fetchBytes, dictionaryAsked: () => loaded };
};

describe('the holder annotates for the reader', () => {
  it('gives the reader worker answer for the same texts, polyphones included', async () => {
    const { holder, fetchBytes } = holderOf();
    expect(holder.ready()).toBe(false);
    expect(() => holder.annotate(TEXTS, true)).toThrow();
    await Promise.all([holder.load(), holder.load()]);
    expect(fetchBytes).toHaveBeenCalledTimes(1);
    expect(fetchBytes).toHaveBeenCalledWith(READINGS_PATH);
    expect(holder.ready()).toBe(true);
    const table = JSON.parse(readFileSync(DEFAULT_READINGS_PATH, 'utf8'));
    const { parseReadingsFile } = await import('../../lib/reader/readings');
    const model = async () => ({ dictionary, table: parseReadingsFile(table) });
    for (const html of [true, false]) {
      const fromWorker = await answerAnnotate(model, { id: 1, texts: TEXTS, html });
      expect({ id: 1, ok: true, ...holder.annotate(TEXTS, html) }).toEqual(fromWorker);
    }
    const tokens = holder.annotate(['银行行长'], false) as { tokens: { readings: string[] }[][] };
    expect(tokens.tokens[0]?.flatMap((t) => t.readings)).toEqual(['yin2', 'hang2', 'hang2', 'zhang3']);
    expect(WARM_UP).toContain('银行');
  });

  it('retries a failed load of the reading table', async () => {
    const fetchBytes = vi
      .fn<(path: string) => Promise<ArrayBuffer>>()
      .mockRejectedValueOnce(new Error('gone'))
      .mockImplementation(async () => readingsBytes());
    const { holder } = holderOf(fetchBytes);
    await expect(holder.load()).rejects.toThrow('gone');
    expect(holder.ready()).toBe(false);
    await holder.load();
    expect(holder.ready()).toBe(true);
  });

  it("the worker's handler says not ready at once, then answers", async () => {
    const { holder } = holderOf();
    const handlers = createWorkerHandlers(
      {
        engine: vi.fn(),
        lookup: vi.fn(),
        glossaryMatches: vi.fn(),
        articleWords: vi.fn(),
        dictionary: vi.fn(),
      },
      () => undefined,
      holder,
    );
    const ask = (name: 'annotate' | 'readerLoaded', params: object) =>
      answerWorkerRequest(handlers, { id: 7, message: envelope('worker', name, params as never) });
    const early = await ask('annotate', { texts: ['银行'], html: true });
    expect(early?.answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(await ask('readerLoaded', {})).toEqual({ id: 7, answer: { ok: true, value: true } });
    const answer = (await ask('annotate', { texts: ['银行'], html: true }))?.answer as {
      value: TextsAnnotation;
    };
    expect(answer.value).toEqual(holder.annotate(['银行'], true));
    const bad = await ask('annotate', { texts: [1] });
    expect(bad?.answer).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });
});

describe("the dictionary holder's annotate handler", () => {
  const tab = {
    extensionOrigin: 'chrome-extension://abc/',
    sender: { id: 'abc', url: 'chrome-extension://abc/reader.html', tab: { id: 1 } },
  };
  const base = {
    lookup: vi.fn(),
    glossaryMatches: vi.fn(),
    articleWords: vi.fn(),
    reloadUserTerms: vi.fn(),
  };
  const message = envelope('dictionary', 'annotate', { texts: ['银行'], html: true });

  it('answers unavailable at once when it cannot annotate (Firefox: never)', async () => {
    for (const annotate of [undefined, () => null]) {
      const handlers = createDictionaryHandlers({ ...base, annotate });
      expect(await dispatch(handlers, message, tab)).toMatchObject({
        ok: false,
        error: { code: 'unavailable' },
      });
    }
  });

  it('forwards a batch when it can', async () => {
    const value = { html: [{ html: '<ruby>银</ruby>', words: 1 }] };
    const annotate = vi.fn(async () => value);
    const handlers = createDictionaryHandlers({ ...base, annotate });
    expect(await dispatch(handlers, message, tab)).toEqual({ ok: true, value });
    expect(annotate).toHaveBeenCalledWith(['银行'], true, false);
    const webTab = { ...tab, sender: { ...tab.sender, url: 'https://news.example/' } };
    expect(await dispatch(handlers, message, webTab)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(annotate).toHaveBeenCalledTimes(1);
  });
});

/** A port whose holder answers each request with `reply(request)` (undefined: no answer). */
function fakePort(reply: (request: ChannelRequest) => unknown) {
  const listeners: ((message: unknown) => void)[] = [];
  const closed: (() => void)[] = [];
  const sent: ChannelRequest[] = [];
  const port: HolderPort = {
    postMessage(request) {
      sent.push(request);
      const answer = reply(request);
      if (answer !== undefined)
        queueMicrotask(() => {
          for (const listener of listeners) listener({ id: request.id, answer });
        });
    },
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: (listener) => closed.push(listener) },
  };
  const disconnect = () => {
    for (const listener of closed) listener();
  };
  return { port, sent, disconnect };
}

const workerClient = (): AnnotateClient & { calls: string[][] } => {
  const calls: string[][] = [];
  return {
    calls,
    tokens: async (texts) => {
      calls.push(texts);
      return texts.map(() => []);
    },
    html: async (texts) => {
      calls.push(texts);
      return texts.map((text) => ({ html: `worker:${text}`, words: 1 }));
    },
  };
};

describe("the reader page's holder client", () => {
  it('takes the holder answers and never starts the worker while it answers', async () => {
    const { port, sent } = fakePort((request) => {
      const texts = (request.message as { params: { texts: string[] } }).params.texts;
      return { ok: true, value: { html: texts.map((text) => ({ html: `holder:${text}`, words: 2 })) } };
    });
    const fallback = vi.fn(workerClient);
    const answered = vi.fn();
    const client = createHolderAnnotateClient({ port, fallback, answered });
    expect(await client.html(['银行', '行长'])).toEqual([
      { html: 'holder:银行', words: 2 },
      { html: 'holder:行长', words: 2 },
    ]);
    expect(sent[0]?.message).toMatchObject({ to: 'dictionary', name: 'annotate', params: { html: true } });
    expect(answered).toHaveBeenCalledTimes(1);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('goes to the worker for that batch and every later one once the holder says not ready', async () => {
    const { port, sent } = fakePort(() => ({
      ok: false,
      error: { code: 'unavailable', reason: 'x', message: '' },
    }));
    const worker = workerClient();
    const client = createHolderAnnotateClient({ port, fallback: () => worker });
    expect(await client.html(['银行'])).toEqual([{ html: 'worker:银行', words: 1 }]);
    expect(await client.html(['行长'])).toEqual([{ html: 'worker:行长', words: 1 }]);
    expect(worker.calls).toEqual([['银行'], ['行长']]);
    expect(sent).toHaveLength(1);
  });

  it('goes to the worker when the port closes with batches waiting', async () => {
    const { port, disconnect } = fakePort(() => undefined);
    const worker = workerClient();
    const client = createHolderAnnotateClient({ port, fallback: () => worker });
    const waiting = client.tokens(['银行']);
    disconnect();
    expect(await waiting).toEqual([[]]);
    expect(worker.calls).toEqual([['银行']]);
  });
});
