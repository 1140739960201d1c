import { describe, expect, it } from 'vitest';
import { runConvertCommand } from '../../lib/background/convert-command';
import { defaultTargetFor } from '../../lib/convert/default-target';
import type { Result } from '../../lib/messages';
import type { DefaultScript } from '../../lib/settings';
import type { TabState, Target } from '../../lib/types';

describe('default target', () => {
  it('is the other script of the page with auto', () => {
    expect(defaultTargetFor('auto', 'zh-Hant', 'hk')).toBe('cn');
    expect(defaultTargetFor('auto', 'zh-Hans', 'hk')).toBe('hk');
  });
  it('follows a fixed choice whatever the page', () => {
    expect(defaultTargetFor('hans', 'zh-Hans', 'tw')).toBe('cn');
    expect(defaultTargetFor('hant', 'zh-Hant', 'twp')).toBe('twp');
  });
});

function fakeTab(script: string, convertedTo: Target | null, preference: DefaultScript = 'auto') {
  const calls: string[] = [];
  const state = { script, convertedTo } as unknown as TabState;
  const ok = (value: TabState): Result<TabState> => ({ ok: true, value });
  return {
    calls,
    deps: {
      inject: async (id: number) => void calls.push(`inject ${id}`),
      getState: async () => ok(state),
      convert: async (_id: number, target: Target) => {
        calls.push(`convert ${target}`);
        return ok({ ...state, convertedTo: target });
      },
      restore: async () => {
        calls.push('restore');
        return ok({ ...state, convertedTo: null });
      },
      preferences: async () => ({ preference, traditional: 'tw' as Target }),
    },
  };
}

describe('the convert shortcut', () => {
  it('converts an unconverted page to the default target', async () => {
    const tab = fakeTab('zh-Hant', null);
    const answer = await runConvertCommand(tab.deps, 4);
    expect(answer.ok).toBe(true);
    expect(tab.calls).toEqual(['inject 4', 'convert cn']);
  });
  it('uses the chosen default script', async () => {
    const tab = fakeTab('zh-Hant', null, 'hant');
    await runConvertCommand(tab.deps, 4);
    expect(tab.calls).toEqual(['inject 4', 'convert tw']);
  });
  it('shows the original of a converted page', async () => {
    const tab = fakeTab('zh-Hant', 'cn');
    await runConvertCommand(tab.deps, 4);
    expect(tab.calls).toEqual(['inject 4', 'restore']);
  });
  it('answers an error as data without a tab or when injection is refused', async () => {
    expect((await runConvertCommand(fakeTab('zh-Hans', null).deps, undefined)).ok).toBe(false);
    const refused = fakeTab('zh-Hans', null);
    refused.deps.inject = async () => {
      throw new Error('Cannot access a chrome:// URL');
    };
    const answer = await runConvertCommand(refused.deps, 9);
    expect(answer).toEqual({
      ok: false,
      error: { code: 'forbidden', reason: 'injection-refused', message: 'Cannot access a chrome:// URL' },
    });
  });
});
