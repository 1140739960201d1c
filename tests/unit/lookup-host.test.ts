import { describe, expect, it, vi } from 'vitest';
import { compileCedict, compileCedictSplit } from '../../lib/dictionary/compile';
import { createUserIndex, type UserIndex } from '../../lib/glossary/user-term';
import { createDictionaryHost, DEFINITIONS_PATH, DICTIONARY_PATH } from '../../lib/lookup/host';
import {
  answerWorkerRequest,
  createWorkerClient,
  createWorkerHandlers,
  type WorkerPort,
} from '../../lib/lookup/worker-protocol';
import { envelope } from '../../lib/messages';
import type { ChannelRequest } from '../../lib/protocol/envelope';

const CEDICT = `糧食 粮食 [liang2 shi5] /grain/food/
糧 粮 [liang2] /grain/
食 食 [shi2] /to eat/
會議 会议 [hui4 yi4] /meeting/
會 会 [hui4] /can/
議 议 [yi4] /to discuss/
`;

const bytes = (): ArrayBuffer => compileCedict(CEDICT);
const term = {
  id: 1,
  updatedAt: 1,
  term: '糧食局',
  pinyin: 'liáng shi jú',
  definition: 'grain bureau',
  note: '',
};

describe('dictionary host', () => {
  it('reads the word and definition files once, however many lookups wait for them', async () => {
    const split = compileCedictSplit(CEDICT);
    const fetchBytes = vi.fn(async (path: string) =>
      path === DEFINITIONS_PATH ? split.definitions.slice(0) : split.words.slice(0),
    );
    const host = createDictionaryHost({ fetchBytes });
    const answers = await Promise.all([host.lookup('糧食問題'), host.lookup('會議室'), host.lookup('糧')]);
    expect(fetchBytes).toHaveBeenCalledTimes(2);
    expect(fetchBytes.mock.calls.map(([path]) => path).sort()).toEqual(
      [DEFINITIONS_PATH, DICTIONARY_PATH].sort(),
    );
    expect(answers.map((a) => a.matchLength)).toEqual([2, 2, 1]);
    expect(answers[0]?.entries[0]?.simplified).toBe('粮食');
    expect(answers[0]?.entries[0]?.definitions).toEqual(['grain', 'food']);
    expect(answers[1]?.entries[0]?.pinyin).toBe('huì yì');
  });

  it('tries the file again after a failed read', async () => {
    const fetchBytes = vi
      .fn<(path: string) => Promise<ArrayBuffer>>()
      .mockRejectedValueOnce(new Error('gone'))
      .mockImplementation(async () => bytes());
    const host = createDictionaryHost({ fetchBytes });
    await expect(host.lookup('糧食')).rejects.toThrow('gone');
    expect((await host.lookup('糧食')).matchLength).toBe(2);
    expect(fetchBytes).toHaveBeenCalledTimes(4); // both files, twice
  });

  it('reads the user terms through the getter, so a swapped index is seen at once', async () => {
    let users: UserIndex | null = null;
    const host = createDictionaryHost({ fetchBytes: async () => bytes(), userIndex: () => users });
    expect((await host.lookup('糧食局')).matchLength).toBe(2);
    users = createUserIndex([term]);
    const mine = await host.lookup('糧食局');
    expect(mine.matchLength).toBe(3);
    expect(mine.entries[0]?.source).toBe('user');
  });

  it('finds news-glossary terms for the underliner', async () => {
    const host = createDictionaryHost({ fetchBytes: async () => bytes() });
    expect(await host.glossaryMatches('要做到復工復產。')).toEqual([{ start: 3, end: 7 }]);
  });
});

/** A worker and its document joined in memory, as the offscreen document and its worker are. */
function pair() {
  let users: UserIndex | null = null;
  const host = createDictionaryHost({ fetchBytes: async () => bytes(), userIndex: () => users });
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const sent: ChannelRequest[] = [];
  const handlers = createWorkerHandlers(host, (terms) => {
    users = createUserIndex(terms);
  });
  const port: WorkerPort = {
    postMessage(request) {
      sent.push(request);
      void answerWorkerRequest(handlers, request).then((reply) => {
        for (const l of listeners) l({ data: reply });
      });
    },
    addEventListener(_type, listener) {
      listeners.push(listener);
    },
  };
  return { client: createWorkerClient(port), sent };
}

describe('offscreen document ⇄ dictionary worker', () => {
  it('matches each answer to its request, also when they are in flight together', async () => {
    const { client, sent } = pair();
    const [a, b] = await Promise.all([
      client.call('lookup', { text: '會議室', before: '' }),
      client.call('lookup', { text: '糧食' }),
    ]);
    expect(a.matchLength).toBe(2);
    expect(a.entries[0]?.traditional).toBe('會議');
    expect(b.entries[0]?.traditional).toBe('糧食');
    expect(new Set(sent.map((r) => r.id)).size).toBe(2);
  });

  it('takes the user terms the document read and uses them in the next lookup', async () => {
    const { client } = pair();
    expect(await client.call('userTerms', { terms: [term] })).toBe(1);
    expect((await client.call('lookup', { text: '糧食局' })).entries[0]?.source).toBe('user');
  });

  it('turns a failure in the worker into a rejection, not a hang', async () => {
    const host = createDictionaryHost({ fetchBytes: async () => Promise.reject(new Error('no file')) });
    const handlers = createWorkerHandlers(host, () => undefined);
    const request = { id: 7, message: envelope('worker', 'lookup', { text: '糧' }) };
    const reply = await answerWorkerRequest(handlers, request);
    expect(reply).toEqual({
      id: 7,
      answer: { ok: false, error: { code: 'failed', reason: 'internal', message: 'no file' } },
    });
    let listener: ((event: { data: unknown }) => void) | undefined;
    const client = createWorkerClient({
      postMessage: (r) => void answerWorkerRequest(handlers, r).then((data) => listener?.({ data })),
      addEventListener: (_type, l) => {
        listener = l;
      },
    });
    await expect(client.call('lookup', { text: '糧' })).rejects.toMatchObject({
      error: { reason: 'internal', message: 'no file' },
    });
  });
});
