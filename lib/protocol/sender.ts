// Who sent a message, and who may send which. Type-only leaf: imports nothing.

/** The parts of `runtime.MessageSender` (and of a port's sender) the extension relies on. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** Who may call a handler; lib/dispatch checks it before the handler runs.
 *  - `any`: any context of this extension (tabs included; the transport drops other extensions).
 *  - `tab`: a content script in a tab (the handler acts on the sender's own tab / frame).
 *  - `extension-page`: one of the extension's own pages (popup, options, clippings), even in a tab.
 *  - `extension-context`: the extension's own pages or workers, never from inside a tab. */
export type Access = 'any' | 'tab' | 'extension-page' | 'extension-context';

/** What a handler learns about its caller: the sender, and the extension's own origin
 *  (`chrome-extension://<id>/` or `moz-extension://<uuid>/`) to tell its pages from web pages. */
export interface CallContext {
  sender: SenderInfo;
  extensionOrigin: string;
}
