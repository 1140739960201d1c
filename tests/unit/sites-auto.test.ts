import { describe, expect, it, vi } from 'vitest';
import { startSiteRule } from '../../lib/sites/auto';
import type { SiteRule } from '../../lib/sites/rules';
import type { Target } from '../../lib/types';

const ORIGIN = 'https://news.example';

/** A page at `url` with the given stored rules; `convert` records targets and updates what is shown. */
function page(url: string, rules: SiteRule[], shown: Target | null = null) {
  let current = shown;
  let listener: ((rules: SiteRule[]) => void) | undefined;
  const converted: Target[] = [];
  const unwatch = vi.fn();
  const handle = startSiteRule({
    url: () => url,
    convert: async (target) => {
      converted.push(target);
      current = target;
    },
    convertedTo: () => current,
    read: async () => rules,
    watch: (l) => {
      listener = l;
      return unwatch;
    },
  });
  return {
    handle,
    converted,
    unwatch,
    change: (next: SiteRule[]) => listener?.(next),
    userShows: (t: Target | null) => {
      current = t;
    },
  };
}

const rule = (target: Target, origin = ORIGIN): SiteRule => ({ origin, target, createdAt: 1 });
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('per-site rule in the content script', () => {
  it('converts a page of a ruled site to the rule’s target on start', async () => {
    const p = page(`${ORIGIN}/2025/a.html`, [rule('tw'), rule('cn', 'https://other.example')]);
    expect(await p.handle.ready).toBe('tw');
    expect(p.converted).toEqual(['tw']);
  });

  it('leaves pages of other sites, and of the same host on another port or scheme, alone', async () => {
    for (const url of ['https://other2.example/', 'http://news.example/', 'https://news.example:8443/']) {
      const p = page(url, [rule('tw')]);
      expect(await p.handle.ready, url).toBeNull();
      expect(p.converted).toEqual([]);
    }
  });

  it('does not override what the user already chose in the popup', async () => {
    const p = page(`${ORIGIN}/a`, [rule('tw')], 'hk');
    expect(await p.handle.ready).toBeNull();
    expect(p.converted).toEqual([]);
  });

  it('follows a new target for the rule on an open page, but not once the user chose otherwise', async () => {
    const p = page(`${ORIGIN}/a`, [rule('tw')]);
    await p.handle.ready;
    p.change([rule('cn')]);
    await settle();
    expect(p.converted).toEqual(['tw', 'cn']);
    p.userShows(null); // "Show original"
    p.change([rule('hk')]);
    await settle();
    expect(p.converted).toEqual(['tw', 'cn']);
  });

  it('a rule made while a page of the site is open converts it, unless the user converted it already', async () => {
    const open = page(`${ORIGIN}/a`, []);
    expect(await open.handle.ready).toBeNull();
    open.change([rule('cn')]);
    await settle();
    expect(open.converted).toEqual(['cn']);

    const chosen = page(`${ORIGIN}/b`, [], 'hk');
    await chosen.handle.ready;
    chosen.change([rule('cn')]);
    await settle();
    expect(chosen.converted).toEqual([]);

    const elsewhere = page('https://other.example/', []);
    await elsewhere.handle.ready;
    elsewhere.change([rule('cn')]);
    await settle();
    expect(elsewhere.converted).toEqual([]);
  });

  it('a removed rule leaves the page as it is; stop() unwatches and prevents a late conversion', async () => {
    const p = page(`${ORIGIN}/a`, [rule('tw')]);
    await p.handle.ready;
    p.change([]);
    await settle();
    expect(p.converted).toEqual(['tw']);
    p.handle.stop();
    expect(p.unwatch).toHaveBeenCalled();

    const late = page(`${ORIGIN}/b`, [rule('tw')]);
    late.handle.stop(); // disposed (extension reloaded) before the stored rules were read
    expect(await late.handle.ready).toBeNull();
    expect(late.converted).toEqual([]);
  });

  it('a failing conversion does not throw out of the content script', async () => {
    const handle = startSiteRule({
      url: () => `${ORIGIN}/a`,
      convert: async () => {
        throw new Error('converter did not load');
      },
      convertedTo: () => null,
      read: async () => [rule('tw')],
      watch: () => () => undefined,
    });
    expect(await handle.ready).toBeNull();
  });
});
