import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteRuleControl } from '../../components/SiteRuleControl';
import { SiteRules } from '../../components/SiteRules';
import { fail, type Result } from '../../lib/messages';
import type { SiteRulesApi } from '../../lib/sites/client';
import { PERMISSION_DENIED, type SiteRuleStatus } from '../../lib/sites/rules';
import type { Target } from '../../lib/types';

const A = 'https://news.example';
const ok = <T,>(value: T): Result<T> => ({ ok: true, value });

/** An in-memory rules API; `grant` decides what the permission prompt answers. */
function fakeApi(initial: SiteRuleStatus[], grant = true) {
  let rules = initial;
  const api: SiteRulesApi = {
    list: vi.fn(async () => ok(rules)),
    add: vi.fn(async (origin: string, target: Target) => {
      if (!grant) return fail('forbidden', PERMISSION_DENIED);
      const rule = { origin, target, createdAt: 1, granted: true, registered: true };
      rules = [...rules.filter((r) => r.origin !== origin), rule];
      return ok(rule);
    }),
    retarget: vi.fn(async (origin: string, target: Target) => {
      rules = rules.map((r) => (r.origin === origin ? { ...r, target } : r));
      const rule = rules.find((r) => r.origin === origin);
      return rule ? ok(rule) : fail('forbidden', PERMISSION_DENIED);
    }),
    remove: vi.fn(async (origin: string) => {
      rules = rules.filter((r) => r.origin !== origin);
      return ok({ removed: true, permissionReleased: true });
    }),
  };
  return api;
}

const flush = () => act(() => new Promise<void>((r) => setTimeout(r, 0)));
const button = (root: HTMLElement, name: string) =>
  [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name);

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});
const mount = async (vnode: preact.VNode) => {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(vnode, root));
  await flush();
};

describe('popup control', () => {
  it('offers "Always convert this site to …", makes the rule and converts the tab', async () => {
    const api = fakeApi([]);
    const onAdded = vi.fn();
    await mount(<SiteRuleControl api={api} url={`${A}/a.html`} defaultTarget="cn" onAdded={onAdded} />);
    const select = root.querySelector('select') as HTMLSelectElement;
    select.value = 'hk';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    await act(() => button(root, 'Always convert this site to 繁體 Hong Kong')?.click());
    await flush();
    expect(api.add).toHaveBeenCalledWith(A, 'hk');
    expect(onAdded).toHaveBeenCalledWith('hk');
    expect(root.textContent).toContain('This site is always converted to 繁體 Hong Kong.');
  });

  it('says so when the browser does not grant the site, and converts nothing', async () => {
    const api = fakeApi([], false);
    const onAdded = vi.fn();
    await mount(<SiteRuleControl api={api} url={`${A}/a.html`} defaultTarget="cn" onAdded={onAdded} />);
    await act(() => button(root, 'Always convert this site to 简体 Simplified')?.click());
    await flush();
    expect(onAdded).not.toHaveBeenCalled();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Wenzhai was not given access to this site, so no rule was made.',
    );
  });

  it('shows nothing on pages a rule cannot cover', async () => {
    const api = fakeApi([]);
    await mount(<SiteRuleControl api={api} url="chrome://newtab/" defaultTarget="cn" onAdded={() => {}} />);
    expect(root.innerHTML).toBe('');
    expect(api.list).not.toHaveBeenCalled();
  });
});

describe('options list', () => {
  const rule = (origin: string, granted: boolean): SiteRuleStatus => ({
    origin,
    target: 'tw',
    createdAt: 1,
    granted,
    registered: granted,
  });

  it('lists rules with their permission; grants again, retargets and removes', async () => {
    const api = fakeApi([rule(A, true), rule('http://127.0.0.1:8787', false)]);
    await mount(<SiteRules api={api} />);
    const rows = [...root.querySelectorAll('tbody tr')];
    expect(rows.map((r) => r.querySelector('th')?.textContent)).toEqual([A, 'http://127.0.0.1:8787']);
    expect(rows[0]?.textContent).toContain('Granted');
    expect(rows[1]?.textContent).toContain('Permission missing');
    expect(button(root, `Grant access to ${A} again`)).toBeUndefined();

    await act(() => button(root, 'Grant access to http://127.0.0.1:8787 again')?.click());
    await flush();
    expect(api.add).toHaveBeenCalledWith('http://127.0.0.1:8787', 'tw');
    expect(root.querySelector('tr[data-origin="http://127.0.0.1:8787"]')?.textContent).toContain('Granted');

    const select = root.querySelector(`select[aria-label="Convert ${A} to"]`) as HTMLSelectElement;
    select.value = 'cn';
    await act(() => {
      select.dispatchEvent(new Event('change'));
    });
    await flush();
    expect(api.retarget).toHaveBeenCalledWith(A, 'cn');

    await act(() => button(root, `Remove the rule for ${A}`)?.click());
    await flush();
    expect(api.remove).toHaveBeenCalledWith(A);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(root.textContent).toContain(`Rule for ${A} removed.`);
  });

  it('explains how to make a rule when there is none', async () => {
    await mount(<SiteRules api={fakeApi([])} />);
    expect(root.textContent).toContain('No site rules yet.');
    expect(root.querySelector('table')).toBeNull();
  });
});
