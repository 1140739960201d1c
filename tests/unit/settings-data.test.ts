// The options page's Data group: the background's count and clear-all handlers (extension pages only,
// with the confirmation token, both tables in one transaction, errors as data) and the storage readout.
import { describe, expect, it, vi } from 'vitest';
import { CLEAR_ALL_CONFIRMATION } from '../../lib/background/data-handlers';
import { type BackgroundDeps, createBackgroundHandlers } from '../../lib/background/handler-map';
import { openClippingsDb, saveClipping } from '../../lib/clippings/db';
import { dispatch, type Envelope, envelope } from '../../lib/messages';
import { formatBytes, readStorageUsage } from '../../lib/storage-usage';

const ORIGIN = 'chrome-extension://abc/';
const PAGE = {
  extensionOrigin: 'chrome-extension://abc/',
  sender: { id: 'abc', url: `${ORIGIN}options.html` },
};
const TAB = {
  extensionOrigin: 'chrome-extension://abc/',
  sender: { id: 'abc', url: 'https://news.example/a', tab: { id: 4 } },
};

function setup() {
  const db = openClippingsDb();
  const deps: BackgroundDeps = {
    extensionId: 'abc',
    extensionOrigin: ORIGIN,
    db: () => db,
    lookup: vi.fn(async () => ({ matchLength: 0, entries: [] })),
    injectContentScript: vi.fn(async () => {}),
    injectConverter: vi.fn(async () => {}),
    injectClipper: vi.fn(async () => {}),
  };
  return { db, handlers: createBackgroundHandlers(deps) };
}

async function fill(db: ReturnType<typeof openClippingsDb>, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await saveClipping(db, {
      url: `https://news.example/${i}`,
      title: `標題${i}`,
      site: null,
      byline: null,
      published: null,
      kind: 'article',
      text: `正文${i}`,
      script: 'zh-Hant',
    });
  }
}

describe('clearClippings / clippingsCount', () => {
  it('counts, then clears every clipping and every search row', async () => {
    const { db, handlers } = setup();
    await fill(db, 3);
    expect(await dispatch(handlers, envelope('background', 'clippingsCount', {}), PAGE)).toEqual({
      ok: true,
      value: { count: 3 },
    });
    const answer = await dispatch(
      handlers,
      envelope('background', 'clearClippings', { confirm: CLEAR_ALL_CONFIRMATION }),
      PAGE,
    );
    expect(answer).toEqual({ ok: true, value: { deleted: 3 } });
    expect(await db.clippings.count()).toBe(0);
    expect(await db.search.count()).toBe(0);
  });

  it('refuses without the confirmation token, and from a web page, as data', async () => {
    const { db, handlers } = setup();
    await fill(db, 2);
    const unconfirmed = { wenzhai: 1, to: 'background', name: 'clearClippings', params: {} } as Envelope;
    expect(await dispatch(handlers, unconfirmed, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const wrong = { ...unconfirmed, params: { confirm: 'yes' } } as Envelope;
    expect(await dispatch(handlers, wrong, PAGE)).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    });
    const fromTab = envelope('background', 'clearClippings', { confirm: CLEAR_ALL_CONFIRMATION });
    expect(await dispatch(handlers, fromTab, TAB)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await dispatch(handlers, envelope('background', 'clippingsCount', {}), TAB)).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await db.clippings.count()).toBe(2);
  });

  it('reports a storage failure as data and leaves the records', async () => {
    const { db, handlers } = setup();
    await fill(db, 1);
    const spy = vi.spyOn(db.search, 'clear').mockRejectedValueOnce(new Error('disk on fire'));
    const answer = await dispatch(
      handlers,
      envelope('background', 'clearClippings', { confirm: CLEAR_ALL_CONFIRMATION }),
      PAGE,
    );
    expect(answer).toEqual({
      ok: false,
      error: { code: 'failed', reason: 'storage-failed', message: 'disk on fire' },
    });
    spy.mockRestore();
    // One transaction: the clippings table was not emptied on its own.
    expect(await db.clippings.count()).toBe(1);
  });

  it('clearing an empty collection deletes nothing', async () => {
    const { handlers } = setup();
    expect(
      await dispatch(
        handlers,
        envelope('background', 'clearClippings', { confirm: CLEAR_ALL_CONFIRMATION }),
        PAGE,
      ),
    ).toEqual({ ok: true, value: { deleted: 0 } });
  });
});

describe('storage usage', () => {
  it('reads usage, quota and persistence from the StorageManager', async () => {
    const manager = {
      estimate: async () => ({ usage: 1_536_000, quota: 2_000_000_000 }),
      persisted: async () => true,
    };
    expect(await readStorageUsage(manager)).toEqual({
      usage: 1_536_000,
      quota: 2_000_000_000,
      persisted: true,
    });
  });

  it('says null when the browser offers no estimate or refuses', async () => {
    expect(await readStorageUsage(undefined)).toBeNull();
    expect(
      await readStorageUsage({
        estimate: async () => {
          throw new Error('denied');
        },
      }),
    ).toBeNull();
    expect(await readStorageUsage({ estimate: async () => ({}) })).toBeNull();
  });

  it('keeps usage when persisted() fails or quota is missing', async () => {
    const manager = {
      estimate: async () => ({ usage: 10 }),
      persisted: async (): Promise<boolean> => {
        throw new Error('no');
      },
    };
    expect(await readStorageUsage(manager)).toEqual({ usage: 10, quota: 0, persisted: null });
  });

  it('formats bytes in decimal units', () => {
    expect(formatBytes(0, 'en')).toBe('0 B');
    expect(formatBytes(999, 'en')).toBe('999 B');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(12_345_678, 'en')).toBe('12 MB');
    expect(formatBytes(2_000_000_000, 'en')).toBe('2.0 GB');
    expect(formatBytes(Number.NaN)).toBe('?');
    expect(formatBytes(-1)).toBe('?');
  });
});
