import { describe, expect, it, vi } from 'vitest';
import { type BackgroundDeps, createBackgroundHandlers } from '../../lib/background/handler-map';
import { listClippings, openClippingsDb } from '../../lib/clippings/db';
import { dispatch, type Envelope, envelope } from '../../lib/messages';

const ORIGIN = 'chrome-extension://abc/';

function setup() {
  const db = openClippingsDb();
  const deps: BackgroundDeps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    db: () => db,
    lookup: vi.fn(async (text: string) => ({ matchLength: text.length, entries: [] })),
    injectContentScript: vi.fn(async () => {}),
    injectConverter: vi.fn(async () => {}),
    injectClipper: vi.fn(async () => {}),
  };
  return { db, deps, handlers: createBackgroundHandlers(deps) };
}

const clipping = {
  url: 'https://news.example/a',
  title: '標題',
  site: null,
  byline: null,
  published: null,
  kind: 'article' as const,
  text: '正文',
  script: 'zh-Hant',
};

describe('background handlers', () => {
  it('saves a clipping sent by a tab', async () => {
    const { db, handlers } = setup();
    const answer = await dispatch(handlers, envelope('background', 'saveClipping', clipping), {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', tab: { id: 3 } },
    });
    expect(answer).toEqual({ ok: true, value: { id: 1, updated: false } });
    expect((await listClippings(db))[0]?.title).toBe('標題');
  });

  it('rejects malformed params as data, without storing anything', async () => {
    const { db, handlers } = setup();
    const bad = {
      ...envelope('background', 'saveClipping', clipping),
      params: { ...clipping, kind: 'page' },
    } as Envelope;
    expect(
      await dispatch(handlers, bad, { extensionOrigin: 'chrome-extension://abc/', sender: { id: 'abc' } }),
    ).toEqual({
      ok: false,
      error: {
        code: 'bad-request',
        reason: 'bad-params',
        params: { name: 'saveClipping' },
        message: 'bad-params',
      },
    });
    expect(await db.clippings.count()).toBe(0);
  });

  it('answers unknown messages with an error, including prototype names', async () => {
    const { handlers } = setup();
    for (const name of ['nope', 'toString', '__proto__']) {
      const answer = await dispatch(
        handlers,
        { wenzhai: 1, to: 'background', name, params: {} },
        { extensionOrigin: 'chrome-extension://abc/', sender: { id: 'abc' } },
      );
      expect(answer).toMatchObject({ ok: false, error: { code: 'unknown-message' } });
    }
  });

  it('injects the content script only when an extension page asks', async () => {
    const { deps, handlers } = setup();
    const fromTab = await dispatch(handlers, envelope('background', 'activateTab', { tabId: 7 }), {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', url: 'https://evil.example/', tab: { id: 2 } },
    });
    expect(fromTab).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(deps.injectContentScript).not.toHaveBeenCalled();
    const fromPopup = await dispatch(handlers, envelope('background', 'activateTab', { tabId: 7 }), {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', url: `${ORIGIN}popup.html` },
    });
    expect(fromPopup).toEqual({ ok: true, value: { injected: true } });
    expect(deps.injectContentScript).toHaveBeenCalledWith(7);
  });

  it('loads the converter into the asking frame', async () => {
    const { deps, handlers } = setup();
    await dispatch(handlers, envelope('background', 'loadConverter', {}), {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc', tab: { id: 4 }, frameId: 2 },
    });
    expect(deps.injectConverter).toHaveBeenCalledWith(4, 2);
    const noTab = await dispatch(handlers, envelope('background', 'loadConverter', {}), {
      extensionOrigin: 'chrome-extension://abc/',
      sender: { id: 'abc' },
    });
    expect(noTab).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('turns a failing dependency into an error result', async () => {
    const { deps, handlers } = setup();
    deps.lookup = async () => {
      throw new Error('dictionary missing');
    };
    const answer = await dispatch(
      createBackgroundHandlers(deps),
      envelope('background', 'lookup', { text: '中' }),
      { extensionOrigin: 'chrome-extension://abc/', sender: { id: 'abc' } },
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'failed', reason: 'internal', message: 'dictionary missing' },
    });
    expect(handlers.lookup.validate({ text: 'x'.repeat(65) })).toBe(false);
  });
});
