// Where the reader page gets its article: `reader.html?tab=N` asks the content script of tab N (already
// injected by the popup or the shortcut) for the detected article; `reader.html?clipping=ID` reads a
// saved clipping from the database (the page is an extension page: same origin as the database).
import type { ProtocolError } from '../protocol/result';

export const COMMAND_OPEN_READER = 'open-reader';

export type ReaderSource = { kind: 'tab'; tabId: number } | { kind: 'clipping'; id: number } | null;

const positiveInt = (value: string | null): number | null => {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/** Reads the page's query string. */
export function readerSource(search: string): ReaderSource {
  const params = new URLSearchParams(search);
  const tabId = positiveInt(params.get('tab'));
  if (tabId !== null) return { kind: 'tab', tabId };
  const id = positiveInt(params.get('clipping'));
  return id !== null ? { kind: 'clipping', id } : null;
}

/** The reader's path for a source (to pass to runtime.getURL). */
export function readerPath(source: Exclude<ReaderSource, null>): string {
  return source.kind === 'tab' ? `/reader.html?tab=${source.tabId}` : `/reader.html?clipping=${source.id}`;
}

export interface OpenReaderDeps {
  inject: (tabId: number) => Promise<unknown>;
  openTab: (path: string) => Promise<unknown>;
}

/** The shortcut: inject the content script (the key press granted activeTab), then open the reader. */
export async function openReaderForTab(deps: OpenReaderDeps, tabId: number | undefined): Promise<boolean> {
  if (tabId === undefined) return false;
  try {
    await deps.inject(tabId);
  } catch {
    return false; // a browser page or a store: nothing to read
  }
  await deps.openTab(readerPath({ kind: 'tab', tabId }));
  return true;
}

/** Why the reader got no article from its tab, as the user should read it. A tab closed since the
 *  click cannot answer either, but "did not answer, reload the page" would send the user to a page
 *  that is gone: say that the tab was closed. Any other failure is kept as it came. */
export async function tabArticleFailure(
  error: ProtocolError,
  tabId: number,
  tabIsOpen: (tabId: number) => Promise<boolean>,
): Promise<ProtocolError> {
  if (error.reason !== 'no-answer' || (await tabIsOpen(tabId))) return error;
  return { ...error, reason: 'source-tab-closed', message: `tab ${tabId} was closed` };
}
