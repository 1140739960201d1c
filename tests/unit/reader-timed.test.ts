// The annotator's own time (computeMs) travels with its answer when the page asks for it (`timed`), so
// the bench can tell the annotation from the messages' trip (issue 18 speed): the same annotation
// either way, the time only when asked, and both page clients hand it on.
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { loadDictionaryFromDisk } from '../../lib/dictionary/node';
import { createDictionaryHandlers } from '../../lib/lookup/dictionary-handlers';
import { dispatch, envelope } from '../../lib/messages';
import type { ChannelRequest } from '../../lib/protocol/envelope';
import { createHolderAnnotateClient, type HolderPort } from '../../lib/reader/holder-client';
import { DEFAULT_READINGS_PATH } from '../../lib/reader/node';
import { parseReadingsFile } from '../../lib/reader/readings';
import {
  annotateTexts,
  annotateTimed,
  createAnnotateClient,
  isAnnotateBatch,
  type WorkerLike,
} from '../../lib/reader/worker-protocol';

const model = {
  dictionary: loadDictionaryFromDisk(),
  table: parseReadingsFile(JSON.parse(readFileSync(DEFAULT_READINGS_PATH, 'utf8'))),
};
const TEXTS = ['这位银行行长在重庆长大。', '为了了解这座城市'];

describe('annotateTimed', () => {
  it('adds its own duration only when timed, to the same annotation', () => {
    for (const html of [true, false]) {
      const plain = annotateTexts(TEXTS, html, model);
      expect(annotateTimed(TEXTS, html, model, false)).toEqual(plain);
      const timed = annotateTimed(TEXTS, html, model, true);
      const { computeMs, ...rest } = timed;
      expect(rest).toEqual(plain);
      expect(typeof computeMs).toBe('number');
      expect(computeMs).toBeGreaterThanOrEqual(0);
    }
  });

  it('accepts `timed` in a batch only as a boolean', () => {
    expect(isAnnotateBatch({ texts: ['银行'], timed: true })).toBe(true);
    expect(isAnnotateBatch({ texts: ['银行'], timed: 'yes' })).toBe(false);
  });
});

describe('the time on its way to the page', () => {
  it('the dictionary handler asks its holder for the time only when the batch is timed', async () => {
    const annotate = vi.fn(async () => ({ html: [], computeMs: 3 }));
    const handlers = createDictionaryHandlers({
      lookup: vi.fn(),
      glossaryMatches: vi.fn(),
      articleWords: vi.fn(),
      reloadUserTerms: vi.fn(),
      annotate,
    } as never);
    const page = {
      sender: { id: 'me', url: 'chrome-extension://me/reader.html' },
      extensionOrigin: 'chrome-extension://me/',
    };
    const timed = envelope('dictionary', 'annotate', { texts: ['银行'], html: true, timed: true });
    expect(await dispatch(handlers, timed, page as never)).toEqual({
      ok: true,
      value: { html: [], computeMs: 3 },
    });
    expect(annotate).toHaveBeenLastCalledWith(['银行'], true, true);
  });

  it("the holder client asks for the time and hands each answer's time on", async () => {
    const sent: ChannelRequest[] = [];
    const listeners: ((message: unknown) => void)[] = [];
    const port: HolderPort = {
      postMessage(request) {
        sent.push(request);
        queueMicrotask(() => {
          for (const listener of listeners)
            listener({ id: request.id, answer: { ok: true, value: { html: [], computeMs: 7.5 } } });
        });
      },
      onMessage: { addListener: (listener) => listeners.push(listener) },
      onDisconnect: { addListener: () => undefined },
    };
    const answered = vi.fn();
    const client = createHolderAnnotateClient({ port, fallback: vi.fn(), answered });
    await client.html(['银行']);
    expect(sent[0]?.message).toMatchObject({ params: { texts: ['银行'], html: true, timed: true } });
    expect(answered).toHaveBeenCalledWith(7.5);
  });

  it('the worker client asks for the time only with a listener, and hands it on', async () => {
    const posted: unknown[] = [];
    let receive: (event: { data: unknown }) => void = () => undefined;
    const worker: WorkerLike = {
      postMessage(message) {
        posted.push(message);
        const { id } = message as { id: number };
        queueMicrotask(() => receive({ data: { id, ok: true, tokens: [[]], computeMs: 4 } }));
      },
      addEventListener: (_type, listener) => {
        receive = listener;
      },
    };
    const computed: number[] = [];
    await createAnnotateClient(worker, (ms) => computed.push(ms)).tokens(['银行']);
    expect(posted[0]).toMatchObject({ texts: ['银行'], html: false, timed: true });
    expect(computed).toEqual([4]);
    await createAnnotateClient(worker).tokens(['银行']);
    expect(posted[1]).not.toHaveProperty('timed');
  });
});
