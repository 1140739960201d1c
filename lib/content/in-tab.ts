// What every keyboard shortcut and menu gesture does first: check it came with a tab, inject the content
// script there (the gesture granted activeTab), and only then ask the tab to act. Errors come back as data.
import type { Result } from '../messages';

export async function inInjectedTab<T>(
  inject: (tabId: number) => Promise<void>,
  tabId: number | undefined,
  noTabMessage: string,
  act: (tabId: number) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (tabId === undefined || tabId < 0) {
    return { ok: false, error: { code: 'bad-request', message: noTabMessage } };
  }
  try {
    await inject(tabId);
  } catch (error) {
    return {
      ok: false,
      error: { code: 'forbidden', message: error instanceof Error ? error.message : String(error) },
    };
  }
  return act(tabId);
}
