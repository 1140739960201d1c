// The save gestures the background receives: the context-menu item and the two keyboard shortcuts.
// Each one came with a user gesture that grants activeTab on that tab, so the content script can be
// injected there and asked to save; the toast with Undo is shown by the content script itself.
import { inInjectedTab } from '../background/in-tab';
import type { Result } from '../messages';

export const SAVE_SELECTION_MENU_ID = 'wenzhai-save-selection';
export const COMMAND_SAVE_ARTICLE = 'save-article';
export const COMMAND_SAVE_SELECTION = 'save-selection';

export interface GestureDeps {
  inject: (tabId: number) => Promise<void>;
  saveArticle: (tabId: number) => Promise<Result<{ id: number; updated: boolean }>>;
  saveSelection: (tabId: number) => Promise<Result<{ id: number; updated: boolean }>>;
}

export type Gesture = 'article' | 'selection';

/** Which save a command or a menu item asks for, or null for someone else's. */
export function gestureOf(event: { command?: string; menuItemId?: string | number }): Gesture | null {
  if (event.command === COMMAND_SAVE_ARTICLE) return 'article';
  if (event.command === COMMAND_SAVE_SELECTION || event.menuItemId === SAVE_SELECTION_MENU_ID)
    return 'selection';
  return null;
}

/** Injects the content script into the tab and asks it to save. Errors come back as data (the content
 *  script has already told the user in its toast where it could). */
export async function runGesture(
  deps: GestureDeps,
  tabId: number | undefined,
  gesture: Gesture,
): Promise<Result<{ id: number; updated: boolean }>> {
  return inInjectedTab(deps.inject, tabId, 'No tab to save from.', (id) =>
    gesture === 'article' ? deps.saveArticle(id) : deps.saveSelection(id),
  );
}
