import { describe, expect, it } from 'vitest';
import {
  isSiteOrigin,
  originOfScriptId,
  originPattern,
  scriptIdFor,
  siteOrigin,
} from '../../lib/sites/origin';
import {
  normaliseRules,
  reconcile,
  removeRule,
  ruleForUrl,
  type SiteRule,
  upsertRule,
} from '../../lib/sites/rules';

const FILE = 'content-scripts/content.js';
const rule = (origin: string, target: SiteRule['target'] = 'cn'): SiteRule => ({
  origin,
  target,
  createdAt: 1,
});
const script = (origin: string, js = [FILE]) => ({
  id: scriptIdFor(origin),
  matches: [originPattern(origin)],
  js,
});

describe('site origins', () => {
  it('takes the origin of http(s) pages, port included and default ports dropped', () => {
    expect(siteOrigin('https://News.Example.com/2025/a.html?x=1#p')).toBe('https://news.example.com');
    expect(siteOrigin('http://127.0.0.1:8787/demo/news.html')).toBe('http://127.0.0.1:8787');
    expect(siteOrigin('https://example.com:443/')).toBe('https://example.com');
    expect(siteOrigin('https://user:pw@example.com/x')).toBe('https://example.com');
  });

  it('rejects everything a rule may not cover', () => {
    for (const url of [
      'file:///home/me/a.html',
      'chrome://extensions',
      'chrome-extension://abc/popup.html',
      'moz-extension://abc/options.html',
      'about:blank',
      'data:text/html,<p>x',
      'javascript:alert(1)',
      'ftp://example.com/',
      'not a url',
      '',
    ]) {
      expect(siteOrigin(url), url).toBeNull();
    }
  });

  it('accepts only canonical origins in messages', () => {
    expect(isSiteOrigin('https://news.example')).toBe(true);
    expect(isSiteOrigin('http://127.0.0.1:8787')).toBe(true);
    for (const bad of [
      'https://news.example/',
      'https://news.example/path',
      'HTTPS://NEWS.EXAMPLE',
      'https://news.example:443',
      '*://*/*',
      'https://*.example.com',
      'file:///',
      42,
      null,
    ]) {
      expect(isSiteOrigin(bad), String(bad)).toBe(false);
    }
  });

  it('derives one match pattern and a script id that maps back to the origin', () => {
    expect(originPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*'); // Firefox matches no port
    expect(originOfScriptId(scriptIdFor('https://news.example'))).toBe('https://news.example');
    expect(originOfScriptId('someone-else')).toBeNull();
    expect(originOfScriptId(`${scriptIdFor('')}not-an-origin`)).toBeNull();
  });
});

describe('rule list', () => {
  it('finds the rule for a page by its origin only', () => {
    const rules = [rule('https://a.example'), rule('https://b.example:8443', 'tw')];
    expect(ruleForUrl(rules, 'https://b.example:8443/x/y')?.target).toBe('tw');
    expect(ruleForUrl(rules, 'https://b.example/x')).toBeUndefined();
    expect(ruleForUrl(rules, 'http://a.example/')).toBeUndefined();
    expect(ruleForUrl(rules, 'chrome://newtab')).toBeUndefined();
  });

  it('adds, retargets (keeping createdAt) and removes', () => {
    let rules = upsertRule([], 'https://a.example', 'cn', 100);
    rules = upsertRule(rules, 'https://b.example', 'hk', 200);
    rules = upsertRule(rules, 'https://a.example', 'twp', 300);
    expect(rules).toEqual([
      { origin: 'https://a.example', target: 'twp', createdAt: 100 },
      { origin: 'https://b.example', target: 'hk', createdAt: 200 },
    ]);
    expect(removeRule(rules, 'https://a.example').map((r) => r.origin)).toEqual(['https://b.example']);
  });

  it('cleans stored data: drops malformed entries, one rule per origin', () => {
    expect(normaliseRules('nope')).toEqual([]);
    expect(
      normaliseRules([
        rule('https://a.example'),
        { origin: 'https://a.example/', target: 'cn', createdAt: 1 },
        { origin: 'https://b.example', target: 'xx', createdAt: 1 },
        { origin: 'https://c.example', target: 'tw' },
        null,
        { ...rule('https://a.example', 'hk'), extra: 1 },
      ]),
    ).toEqual([rule('https://a.example', 'hk')]);
  });
});

describe('reconcile', () => {
  it('registers granted rules that have no script, and leaves current ones alone', () => {
    const rules = [rule('https://a.example'), rule('https://b.example')];
    const plan = reconcile(
      rules,
      new Set(['https://a.example', 'https://b.example']),
      [script('https://a.example', [`/${FILE}`])],
      FILE,
    );
    expect(plan.register.map((r) => r.origin)).toEqual(['https://b.example']);
    expect(plan.unregister).toEqual([]);
    expect(plan.statuses.every((s) => s.granted && s.registered)).toBe(true);
  });

  it('unregisters the script of a rule whose permission was revoked and reports it missing', () => {
    const plan = reconcile([rule('https://a.example')], new Set(), [script('https://a.example')], FILE);
    expect(plan.register).toEqual([]);
    expect(plan.unregister).toEqual([scriptIdFor('https://a.example')]);
    expect(plan.statuses).toEqual([{ ...rule('https://a.example'), granted: false, registered: false }]);
  });

  it('drops our scripts without a rule and re-registers stale ones; others’ scripts are not touched', () => {
    const stale = { ...script('https://a.example'), js: ['content-scripts/old.js'] };
    const plan = reconcile(
      [rule('https://a.example')],
      new Set(['https://a.example']),
      [stale, script('https://gone.example'), { id: 'other-extension-feature', matches: ['<all_urls>'] }],
      FILE,
    );
    expect(plan.unregister.sort()).toEqual(
      [scriptIdFor('https://a.example'), scriptIdFor('https://gone.example')].sort(),
    );
    expect(plan.register.map((r) => r.origin)).toEqual(['https://a.example']);
  });

  it('with nothing stored and nothing registered, does nothing', () => {
    expect(reconcile([], new Set(['https://a.example']), [], FILE)).toEqual({
      register: [],
      unregister: [],
      statuses: [],
    });
  });
});

describe('hosts that would widen a match pattern', () => {
  it('rejects wildcards and odd characters in the host, keeps IP literals', () => {
    expect(siteOrigin('https://*.example.com/')).toBeNull();
    expect(siteOrigin('https://exa*mple.com/')).toBeNull();
    expect(siteOrigin('http://[::1]:8080/x')).toBe('http://[::1]:8080');
    expect(siteOrigin('https://新闻.example/')).toBe('https://xn--efvy88h.example');
  });
});
