// Where the dictionary lives, as the background sees it. Chrome (MV3): in the offscreen document's
// worker, which survives service-worker restarts; the service worker loads nothing and only forwards
// the lookups that reach it (lib/lookup/offscreen.ts). Firefox (MV2): in the persistent background
// page itself, which then also answers `to: 'dictionary'` messages. Either way exactly one context
// answers those, and the dictionary is held once.
import { browser } from 'wxt/browser';
import { dispatch } from '../dispatch/dispatch';
import { isEnvelope, isFromThisExtension } from '../dispatch/envelope';
import type { GlossaryDeps } from '../glossary/handlers';
import type { UserStore } from '../glossary/user-store';
import type { DictionaryApi } from '../protocol/api';
import type { HandlerMap } from '../protocol/handler';
import type { SenderInfo } from '../protocol/sender';
import type { LookupResult } from '../types';
import { createDictionaryHandlers } from './dictionary-handlers';
import { type ServedPort, serveDictionaryPort } from './dictionary-port';
import { createDictionaryHost } from './host';
import {
  createDictionaryForwarder,
  type DictionaryForwarder,
  OFFSCREEN_JUSTIFICATION,
  OFFSCREEN_PATH,
  type OffscreenDeps,
} from './offscreen';

export interface BackgroundDictionary {
  lookup(text: string, before?: string): Promise<LookupResult>;
  glossaryMatches(text: string): Promise<{ start: number; end: number }[]>;
  /** The article's Chinese words as flat offsets (known-word colouring, lib/vocabulary). */
  articleWords(text: string): Promise<number[]>;
  /** After the user's terms changed in their database; resolves once lookups see the change. */
  userTermsChanged(): Promise<void>;
  /** A tab is about to hover: open the holder now so its first lookup finds the dictionary loaded. */
  prepare(): void;
  /** Answers a `to: 'dictionary'` message when this context holds the dictionary; false otherwise. */
  answer(message: unknown, sender: SenderInfo, sendResponse: (answer: unknown) => void): boolean;
}

/** Chrome: the offscreen document does the work; this only opens it and forwards to it. */
export function forwardingDictionary(forwarder: DictionaryForwarder): BackgroundDictionary {
  return {
    lookup: forwarder.lookup,
    glossaryMatches: forwarder.glossaryMatches,
    articleWords: forwarder.articleWords,
    userTermsChanged: forwarder.userTermsChanged,
    prepare: () => void forwarder.ensure().catch(() => undefined),
    answer: () => false, // `to: 'dictionary'` is the offscreen document's
  };
}

/** Firefox: the persistent background page holds the dictionary and answers for it. */
export function localDictionary(
  userStore: Pick<UserStore, 'index' | 'ready'>,
  fetchBytes: (path: string) => Promise<ArrayBuffer>,
  extension: { id: string; origin: string },
): BackgroundDictionary & { handlers: HandlerMap<DictionaryApi> } {
  const host = createDictionaryHost({ fetchBytes, userIndex: userStore.index });
  // A persistent page loads it once, at start; a broken user database must not stop lookups.
  const userReady = userStore.ready().catch(() => undefined);
  void host.engine().catch(() => undefined);
  const lookup = async (text: string, before?: string): Promise<LookupResult> => {
    await userReady;
    return host.lookup(text, before);
  };
  const handlers = createDictionaryHandlers({
    lookup,
    glossaryMatches: host.glossaryMatches,
    articleWords: host.articleWords,
    reloadUserTerms: async () => {
      await userStore.ready();
      return userStore.index().size;
    },
  });
  return {
    handlers,
    lookup,
    glossaryMatches: host.glossaryMatches,
    articleWords: host.articleWords,
    userTermsChanged: async () => undefined, // the user store refreshes the index it reads itself
    prepare: () => undefined,
    answer(message, sender, sendResponse) {
      if (!isEnvelope(message, 'dictionary') || !isFromThisExtension(sender, extension.id)) return false;
      void dispatch(handlers, message, { sender, extensionOrigin: extension.origin }).then(sendResponse);
      return true;
    },
  };
}

/** The user store's writes, each followed by telling the dictionary's holder to re-read the terms. */
export function refreshingWrites(
  store: UserStore,
  dictionary: Pick<BackgroundDictionary, 'userTermsChanged'>,
): Omit<GlossaryDeps, 'matches'> {
  const after = async <T>(result: T): Promise<T> => {
    await dictionary.userTermsChanged().catch(() => undefined); // a lookup must never fail a save
    return result;
  };
  return {
    list: store.list,
    put: async (term, id) => after(await store.put(term, id)),
    remove: async (id) => after(await store.remove(id)),
    importText: async (text, format) => after(await store.importText(text, format)),
  };
}

type OffscreenApi = {
  createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
};
type RuntimeWithContexts = {
  getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]>;
};

/** The browser's dictionary: offscreen in Chrome, local in Firefox (feature-detected, not sniffed). */
export function browserDictionary(userStore: UserStore): BackgroundDictionary {
  const fetchBytes = async (path: string): Promise<ArrayBuffer> => {
    const response = await fetch(browser.runtime.getURL(path as '/'));
    if (!response.ok) throw new Error(`Dictionary missing (${response.status})`);
    return response.arrayBuffer();
  };
  // A build-time constant, so each build carries only its own branch: the Chrome service worker does
  // not even contain the dictionary code (less to evaluate at every restart).
  if (import.meta.env.MANIFEST_VERSION !== 3) {
    const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
    const local = localDictionary(userStore, fetchBytes, extension);
    browser.runtime.onConnect.addListener((port) => {
      serveDictionaryPort(port as unknown as ServedPort, local.handlers, extension);
    });
    return local;
  }
  const offscreen = (browser as unknown as { offscreen: OffscreenApi }).offscreen;
  const runtime = browser.runtime as unknown as RuntimeWithContexts; // Chrome 116+
  const deps: OffscreenDeps = {
    hasDocument: async () =>
      ((await runtime.getContexts?.({ contextTypes: ['OFFSCREEN_DOCUMENT'] })) ?? []).length > 0,
    createDocument: () =>
      offscreen.createDocument({
        url: OFFSCREEN_PATH,
        reasons: ['WORKERS'],
        justification: OFFSCREEN_JUSTIFICATION,
      }),
    send: (message) => browser.runtime.sendMessage(message),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  return forwardingDictionary(createDictionaryForwarder(deps));
}
