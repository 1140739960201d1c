// The "hover at caret" keyboard shortcut (a manifest command): like the save shortcuts it grants
// activeTab on its tab, so the background can inject the content script there (the user need not have
// clicked the toolbar button first) and ask it to open the card for the word at the caret.

import { inInjectedTab } from '../background/in-tab';
import type { Result } from '../messages';

export const COMMAND_HOVER_AT_CARET = 'hover-at-caret';
/** The in-page key for the same thing (checked by the content script when the command is not bound). */
export const CARET_KEY_LABEL = 'Alt+Shift+H';

export interface CaretCommandDeps {
  inject: (tabId: number) => Promise<void>;
  hoverAtCaret: (tabId: number) => Promise<Result<{ shown: boolean }>>;
}

export async function runCaretCommand(
  deps: CaretCommandDeps,
  tabId: number | undefined,
): Promise<Result<{ shown: boolean }>> {
  return inInjectedTab(deps.inject, tabId, 'No tab to look up in.', deps.hoverAtCaret);
}

export interface CaretKeyLike {
  key: string;
  code?: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** Alt+Shift+H. `code` too: with Option held, macOS turns the letter into another character. */
export function isCaretKey(event: CaretKeyLike): boolean {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return false;
  return event.code === 'KeyH' || event.key.toLowerCase() === 'h';
}
