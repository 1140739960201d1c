// The "convert this page" keyboard shortcut (a manifest command, Alt+Shift+C): like the other shortcuts
// it grants activeTab on its tab. It toggles: a converted page goes back to its original, otherwise it
// converts to the user's default script (Options → Reading), the page's other script by default.
import { defaultTargetFor } from '../convert/default-target';
import type { Result } from '../protocol/result';
import type { DefaultScript } from '../settings';
import type { TabState, Target } from '../types';
import { inInjectedTab } from './in-tab';

export const COMMAND_CONVERT_PAGE = 'convert-page';

export interface ConvertCommandDeps {
  inject: (tabId: number) => Promise<void>;
  getState: (tabId: number) => Promise<Result<TabState>>;
  convert: (tabId: number, target: Target) => Promise<Result<TabState>>;
  restore: (tabId: number) => Promise<Result<TabState>>;
  preferences: () => Promise<{ preference: DefaultScript; traditional: Target }>;
}

export async function runConvertCommand(
  deps: ConvertCommandDeps,
  tabId: number | undefined,
): Promise<Result<TabState>> {
  return inInjectedTab(deps.inject, tabId, 'No tab to convert.', async (id) => {
    const state = await deps.getState(id);
    if (!state.ok) return state;
    if (state.value.convertedTo !== null) return deps.restore(id);
    const { preference, traditional } = await deps.preferences();
    return deps.convert(id, defaultTargetFor(preference, state.value.script, traditional));
  });
}
