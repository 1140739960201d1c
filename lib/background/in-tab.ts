// What every keyboard shortcut and menu gesture does first: check it came with a tab, inject the content
// script there (the gesture granted activeTab), and only then ask the tab to act. Errors come back as data.
import { errorOf, fail } from '../dispatch/failure';
import type { Result } from '../protocol/result';

/** `noTabDetail` is for logs (the reason is `no-tab`). */
export async function inInjectedTab<T>(
  inject: (tabId: number) => Promise<void>,
  tabId: number | undefined,
  noTabDetail: string,
  act: (tabId: number) => Promise<Result<T>>,
): Promise<Result<T>> {
  if (tabId === undefined || tabId < 0) {
    const failure = fail('bad-request', 'no-tab');
    failure.error.message = noTabDetail;
    return failure;
  }
  try {
    await inject(tabId);
  } catch (error) {
    return { ok: false, error: errorOf(error, 'forbidden', 'injection-refused') };
  }
  return act(tabId);
}
