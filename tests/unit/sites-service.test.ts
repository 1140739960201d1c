import { describe, expect, it } from 'vitest';
import { createBackgroundHandlers } from '../../lib/background/handler-map';
import { openClippingsDb } from '../../lib/clippings/db';
import { dispatch, envelope } from '../../lib/messages';
import { originPattern, scriptIdFor } from '../../lib/sites/origin';
import type { SiteRule } from '../../lib/sites/rules';
import { createSitesService, PENDING_MS, type SitesBrowser } from '../../lib/sites/service';
import { readSiteRules, siteRulesItem } from '../../lib/sites/store';

const FILE = 'content-scripts/content.js';
const A = 'https://a.example';
const B = 'http://127.0.0.1:8787';

/** A browser with host permissions and registered scripts kept in memory, strict like Chrome: a
 *  duplicate id or an unknown id rejects. */
function fakeBrowser(granted: string[] = []) {
  const permissions = new Set(granted.map(originPattern));
  const required = new Set<string>();
  const scripts = new Map<string, { id: string; matches: string[]; js: string[] }>();
  const browser: SitesBrowser = {
    hasOrigin: async (origin) => permissions.has(originPattern(origin)),
    removeOrigin: async (origin) => {
      if (required.has(originPattern(origin))) return false;
      return permissions.delete(originPattern(origin));
    },
    registered: async () => [...scripts.values()].map((s) => ({ ...s })),
    register: async (list) => {
      for (const s of list) if (scripts.has(s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      for (const s of list) scripts.set(s.id, { ...s });
    },
    unregister: async (ids) => {
      for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
      for (const id of ids) scripts.delete(id);
    },
  };
  return { browser, permissions, required, scripts };
}

function setup(granted: string[] = [], start = 1000) {
  const fake = fakeBrowser(granted);
  let clock = start;
  let stored: SiteRule[] = [];
  const service = createSitesService({
    browser: fake.browser,
    store: {
      get: async () => stored,
      set: async (rules) => {
        stored = rules;
      },
    },
    scriptFile: FILE,
    now: () => clock,
  });
  return {
    ...fake,
    service,
    rules: () => stored,
    tick: (ms: number) => {
      clock += ms;
    },
  };
}

describe('sites service', () => {
  it('makes a rule for a granted origin and registers the content script for it only', async () => {
    const s = setup([A]);
    const status = await s.service.save(A, 'cn');
    expect(status).toEqual({ origin: A, target: 'cn', createdAt: 1000, granted: true, registered: true });
    expect([...s.scripts.values()]).toEqual([{ id: scriptIdFor(A), matches: [`${A}/*`], js: [FILE] }]);
  });

  it('retargets without registering twice (a second click must not fail on a duplicate id)', async () => {
    const s = setup([A]);
    await Promise.all([s.service.save(A, 'cn'), s.service.save(A, 'cn')]);
    s.tick(50);
    const status = await s.service.save(A, 'hk');
    expect(status?.target).toBe('hk');
    expect(status?.createdAt).toBe(1000);
    expect(s.scripts.size).toBe(1);
  });

  it('stores nothing without the permission, then makes the rule when the grant arrives', async () => {
    const s = setup();
    expect(await s.service.save(B, 'tw')).toBeNull();
    expect(s.rules()).toEqual([]);
    s.permissions.add(originPattern(B)); // the user said yes after the popup closed
    await s.service.permissionsAdded([originPattern(B)]);
    expect(s.rules()).toEqual([{ origin: B, target: 'tw', createdAt: 1000 }]);
    expect(s.scripts.has(scriptIdFor(B))).toBe(true);
  });

  it('forgets a request whose grant comes too late', async () => {
    const s = setup();
    await s.service.save(B, 'tw');
    s.tick(PENDING_MS + 1);
    s.permissions.add(originPattern(B));
    await s.service.permissionsAdded([originPattern(B)]);
    expect(s.rules()).toEqual([]);
  });

  it('removes: unregisters, drops the rule and gives the permission back', async () => {
    const s = setup([A, B]);
    await s.service.save(A, 'cn');
    await s.service.save(B, 'cn');
    expect(await s.service.remove(A)).toEqual({ removed: true, permissionReleased: true });
    expect(s.rules().map((r) => r.origin)).toEqual([B]);
    expect([...s.scripts.keys()]).toEqual([scriptIdFor(B)]);
    expect(s.permissions.has(originPattern(A))).toBe(false);
    expect(s.permissions.has(originPattern(B))).toBe(true);
    expect(await s.service.remove(A)).toEqual({ removed: false, permissionReleased: false });
  });

  it('still removes the rule when the browser will not give the permission back', async () => {
    const s = setup([A]);
    s.required.add(originPattern(A));
    await s.service.save(A, 'cn');
    expect(await s.service.remove(A)).toEqual({ removed: true, permissionReleased: false });
    expect(s.scripts.size).toBe(0);
  });

  it('a permission revoked in the browser: script off, rule kept as "missing"; granting again restores it', async () => {
    const s = setup([A]);
    await s.service.save(A, 'cn');
    s.permissions.delete(originPattern(A));
    expect(await s.service.reconcile()).toEqual([
      { origin: A, target: 'cn', createdAt: 1000, granted: false, registered: false },
    ]);
    expect(s.scripts.size).toBe(0);
    // The options page can still change its target without the permission.
    expect((await s.service.save(A, 'tw'))?.granted).toBe(false);
    s.permissions.add(originPattern(A));
    await s.service.permissionsAdded([originPattern(A)]);
    expect((await s.service.list())[0]).toMatchObject({ target: 'tw', granted: true, registered: true });
    expect(s.scripts.size).toBe(1);
  });

  it('on start, registers what the browser lost (a session that did not persist them)', async () => {
    const s = setup([A]);
    await s.service.save(A, 'cn');
    s.scripts.clear();
    await s.service.reconcile();
    expect([...s.scripts.keys()]).toEqual([scriptIdFor(A)]);
  });
});

describe('stored rules', () => {
  it('round-trips through storage.local, cleaning what it reads', async () => {
    await siteRulesItem.setValue([
      { origin: A, target: 'cn', createdAt: 5 },
      { origin: 'javascript:alert(1)', target: 'cn', createdAt: 5 } as SiteRule,
    ]);
    expect(await readSiteRules()).toEqual([{ origin: A, target: 'cn', createdAt: 5 }]);
  });
});

describe('sites messages', () => {
  const service = () => {
    const s = setup([A]);
    const handlers = createBackgroundHandlers({
      extensionId: 'abc',
      extensionOrigin: 'chrome-extension://abc/',
      db: () => openClippingsDb(),
      lookup: async () => ({ matchLength: 0, entries: [] }),
      injectContentScript: async () => {},
      injectConverter: async () => {},
      injectClipper: async () => {},
      sites: s.service,
    });
    return { ...s, handlers };
  };
  const fromPopup = {
    extensionOrigin: 'chrome-extension://abc/',
    sender: { id: 'abc', url: 'chrome-extension://abc/popup.html' },
  };
  const fromTab = {
    extensionOrigin: 'chrome-extension://abc/',
    sender: { id: 'abc', url: 'https://evil.example/', tab: { id: 4 } },
  };

  it('lets the extension pages save, list and remove rules', async () => {
    const { handlers } = service();
    const saved = await dispatch(
      handlers,
      envelope('background', 'saveSiteRule', { origin: A, target: 'cn' }),
      fromPopup,
    );
    expect(saved).toMatchObject({ ok: true, value: { rule: { origin: A, granted: true } } });
    const listed = await dispatch(handlers, envelope('background', 'siteRules', {}), fromPopup);
    expect(listed.ok && (listed.value as unknown[]).length).toBe(1);
    const removed = await dispatch(
      handlers,
      envelope('background', 'removeSiteRule', { origin: A }),
      fromPopup,
    );
    expect(removed).toEqual({ ok: true, value: { removed: true, permissionReleased: true } });
  });

  it('refuses a tab (a page must not make itself a rule) and malformed origins', async () => {
    const { handlers, rules } = service();
    const fromPage = await dispatch(
      handlers,
      envelope('background', 'saveSiteRule', { origin: A, target: 'cn' }),
      fromTab,
    );
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const origin of ['https://*.example', `${A}/`, 'file://', '<all_urls>']) {
      const bad = await dispatch(
        handlers,
        envelope('background', 'saveSiteRule', { origin, target: 'cn' }),
        fromPopup,
      );
      expect(bad, origin).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    }
    const badTarget = await dispatch(
      handlers,
      { wenzhai: 1, to: 'background', name: 'saveSiteRule', params: { origin: A, target: 'zh' } },
      fromPopup,
    );
    expect(badTarget).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(rules()).toEqual([]);
  });
});
