import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackgroundDictionary } from '../../lib/lookup/background-dictionary';
import { localDictionary, refreshingWrites } from '../../lib/lookup/background-dictionary';
import { type ClientPort, createDictionaryClient } from '../../lib/lookup/client';
import { createDictionaryHandlers } from '../../lib/lookup/dictionary-handlers';
import { DICTIONARY_PORT, type PortRequest, serveDictionaryPort } from '../../lib/lookup/dictionary-port';
import { createDictionaryForwarder, type OffscreenDeps } from '../../lib/lookup/offscreen';
import { dispatch, envelope, fail } from '../../lib/messages';
import type { LookupResult } from '../../lib/types';

const ORIGIN = 'chrome-extension://abc/';
const RESULT: LookupResult = { matchLength: 2, entries: [] };

const handlers = (lookup = vi.fn(async () => RESULT)) =>
  createDictionaryHandlers({
    lookup,
    glossaryMatches: async () => [{ start: 0, end: 4 }],
    articleWords: async () => [0, 2],
    reloadUserTerms: async () => 3,
  });

describe('dictionary handlers', () => {
  it('answers a lookup from a tab and validates it', async () => {
    const h = handlers();
    const tab = {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', url: 'https://news.example/', tab: { id: 1 } },
    };
    expect(await dispatch(h, envelope('dictionary', 'lookup', { text: '糧食' }), tab)).toEqual({
      ok: true,
      value: RESULT,
    });
    const tooLong = { ...envelope('dictionary', 'lookup', { text: '' }), params: { text: '字'.repeat(65) } };
    expect((await dispatch(h, tooLong, tab)).ok).toBe(false);
  });

  it('lets only the extension itself ask for the user terms to be re-read', async () => {
    const h = handlers();
    const message = envelope('dictionary', 'userTermsChanged', {});
    const fromTab = await dispatch(h, message, {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', url: 'https://news.example/', tab: { id: 1 } },
    });
    expect(fromTab).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const fromWorker = await dispatch(h, message, {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', url: `${ORIGIN}background.js` },
    });
    expect(fromWorker).toEqual({ ok: true, value: { terms: 3 } });
  });
});

/** A client port wired to serveDictionaryPort in memory, like a tab's port to the offscreen document. */
function portPair(options: { extensionId?: string; name?: string } = {}) {
  const toHolder: ((m: unknown) => void)[] = [];
  const toClient: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const lookup = vi.fn(async () => RESULT);
  const taken = serveDictionaryPort(
    {
      name: options.name ?? DICTIONARY_PORT,
      sender: { id: options.extensionId ?? 'abc', url: 'https://news.example/', tab: { id: 1 } },
      postMessage: (reply) =>
        queueMicrotask(() =>
          toClient.forEach((l) => {
            l(reply);
          }),
        ),
      onMessage: { addListener: (l) => toHolder.push(l) },
    },
    handlers(lookup),
    { id: 'abc', origin: ORIGIN },
  );
  const port: ClientPort = {
    postMessage: (request: PortRequest) =>
      queueMicrotask(() =>
        toHolder.forEach((l) => {
          l(request);
        }),
      ),
    disconnect: vi.fn(),
    onMessage: { addListener: (l) => toClient.push(l) },
    onDisconnect: { addListener: (l) => onDisconnect.push(l) },
  };
  return {
    port,
    taken,
    lookup,
    disconnect: () => {
      for (const l of onDisconnect) l();
    },
  };
}

describe('lookups over a long-lived port', () => {
  it('asks the holder over one port and never the background while it answers', async () => {
    const pair = portPair();
    const connect = vi.fn(() => pair.port);
    const fallback = vi.fn(async () => fail('unavailable', 'x'));
    const client = createDictionaryClient({ connect, fallback });
    client.warm();
    expect(await client.lookup('糧食', '')).toEqual({ ok: true, value: RESULT });
    expect(await client.lookup('會議', '開')).toEqual({ ok: true, value: RESULT });
    expect(connect).toHaveBeenCalledTimes(1);
    expect(fallback).not.toHaveBeenCalled();
    expect(pair.lookup).toHaveBeenLastCalledWith('會議', '開');
  });

  it('falls back to the background when the port breaks mid-lookup, then opens a new port', async () => {
    const silent: ClientPort & { drop(): void } = (() => {
      const drops: (() => void)[] = [];
      return {
        postMessage: () => undefined, // the holder went away: no answer will come
        disconnect: () => undefined,
        onMessage: { addListener: () => undefined },
        onDisconnect: { addListener: (l: () => void) => drops.push(l) },
        drop: () => {
          for (const l of drops) l();
        },
      };
    })();
    const good = portPair();
    const connect = vi.fn<() => ClientPort>().mockReturnValueOnce(silent).mockReturnValue(good.port);
    const fallback = vi.fn(async () => ({ ok: true as const, value: RESULT }));
    const client = createDictionaryClient({ connect, fallback });
    const pending = client.lookup('糧食', '');
    silent.drop();
    expect(await pending).toEqual({ ok: true, value: RESULT });
    expect(fallback).toHaveBeenCalledWith('糧食', '');
    await client.lookup('會議', '');
    expect(connect).toHaveBeenCalledTimes(2);
    expect(good.lookup).toHaveBeenCalledWith('會議', '');
  });

  it('falls back when the extension context is gone (connect throws)', async () => {
    const fallback = vi.fn(async () => fail('unavailable', 'Extension context invalidated.'));
    const client = createDictionaryClient({
      connect: () => {
        throw new Error('Extension context invalidated.');
      },
      fallback,
    });
    client.warm();
    expect((await client.lookup('糧食', '')).ok).toBe(false);
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('the holder takes only our own, named ports', () => {
    expect(portPair().taken).toBe(true);
    expect(portPair({ extensionId: 'other' }).taken).toBe(false);
    expect(portPair({ name: 'something-else' }).taken).toBe(false);
  });
});

function offscreenFakes(open = false) {
  const state = { open, created: 0, listening: false };
  const sends: unknown[] = [];
  const deps: OffscreenDeps = {
    hasDocument: async () => state.open,
    createDocument: async () => {
      if (state.open) throw new Error('Only a single offscreen document may be created.');
      state.created++;
      state.open = true;
      setTimeout(() => {
        state.listening = true; // the document registers its listener a moment after it is created
      }, 5);
    },
    send: async (message) => {
      sends.push(message);
      if (!state.listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, value: RESULT };
    },
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  return { state, sends, deps };
}

describe('the service worker forwards to the offscreen document', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens the document once for lookups that arrive together, and retries until it listens', async () => {
    // Fake timers: the document's late listener and the retries' sleeps run on the test's clock.
    vi.useFakeTimers();
    const { state, deps } = offscreenFakes();
    const forwarder = createDictionaryForwarder(deps);
    const answering = Promise.all([forwarder.lookup('糧食', ''), forwarder.lookup('會議')]);
    await vi.runAllTimersAsync();
    const answers = await answering;
    expect(answers).toEqual([RESULT, RESULT]);
    expect(state.created).toBe(1);
  });

  it('does not open a second document, and passes the holder’s errors on', async () => {
    const { state, deps } = offscreenFakes(true);
    state.listening = true;
    deps.send = async () => ({
      ok: false,
      error: { code: 'bad-request', reason: 'bad-params', message: 'Invalid parameters' },
    });
    const forwarder = createDictionaryForwarder(deps);
    await expect(forwarder.lookup('糧食')).rejects.toMatchObject({ error: { reason: 'bad-params' } });
    expect(state.created).toBe(0);
  });

  it('tells an open document about changed user terms, and nobody when none is open', async () => {
    const closed = offscreenFakes(false);
    await createDictionaryForwarder(closed.deps).userTermsChanged();
    expect(closed.sends).toEqual([]);
    expect(closed.state.created).toBe(0);
    const open = offscreenFakes(true);
    open.state.listening = true;
    await createDictionaryForwarder(open.deps).userTermsChanged();
    expect(open.sends).toEqual([envelope('dictionary', 'userTermsChanged', {})]);
  });
});

describe('the background page as the holder (Firefox)', () => {
  const store = { index: () => ({ size: 0 }) as never, ready: async () => undefined };

  it('answers only `to: dictionary` messages from this extension', async () => {
    const local = localDictionary(store, async () => new ArrayBuffer(0), { id: 'abc', origin: ORIGIN });
    const respond = vi.fn();
    expect(local.answer(envelope('background', 'lookup', { text: '糧' }), { id: 'abc' }, respond)).toBe(
      false,
    );
    expect(local.answer(envelope('dictionary', 'lookup', { text: '糧' }), { id: 'evil' }, respond)).toBe(
      false,
    );
    expect(local.answer(envelope('dictionary', 'lookup', { text: '糧' }), { id: 'abc' }, respond)).toBe(true);
    await vi.waitFor(() => expect(respond).toHaveBeenCalled());
    expect(respond.mock.calls[0]?.[0]).toMatchObject({ ok: false }); // an empty file is not a dictionary
  });

  it('a saved user term is announced to the holder before the save is answered', async () => {
    const order: string[] = [];
    const userStore = {
      index: () => ({ size: 0 }) as never,
      ready: async () => undefined,
      list: async () => [],
      put: async () => {
        order.push('put');
        return 4;
      },
      remove: async () => true,
      importText: async () => ({ imported: 0, rejected: [] }),
    };
    const dictionary: Pick<BackgroundDictionary, 'userTermsChanged'> = {
      userTermsChanged: async () => {
        order.push('changed');
      },
    };
    const writes = refreshingWrites(userStore, dictionary);
    expect(await writes.put({ term: '糧', pinyin: '', definition: 'grain', note: '' })).toBe(4);
    expect(order).toEqual(['put', 'changed']);
  });
});
