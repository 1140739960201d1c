// What the dictionary's holder answers (`to: 'dictionary'` in lib/messages.ts): Chrome's offscreen
// document, or Firefox's background page. Pure wiring over injected functions, tested with fakes.
import type { SenderInfo } from '../background/handlers';
import { MAX_MATCH_TEXT } from '../glossary/handlers';
import {
  type DictionaryApi,
  type HandlerMap,
  isEmptyParams,
  isLookupParams,
  isObject,
  MessageError,
} from '../messages';
import type { LookupResult } from '../types';

export interface DictionaryContext {
  sender: SenderInfo;
}

export interface DictionaryHandlerDeps {
  /** `chrome-extension://<id>/` (or `moz-extension://…/`). */
  extensionOrigin: string;
  lookup(text: string, before?: string): Promise<LookupResult>;
  glossaryMatches(text: string): Promise<{ start: number; end: number }[]>;
  /** Re-reads the user's terms; resolves with how many there are. */
  reloadUserTerms(): Promise<number>;
}

export function createDictionaryHandlers(
  deps: DictionaryHandlerDeps,
): HandlerMap<DictionaryApi, DictionaryContext> {
  return {
    lookup: {
      validate: isLookupParams,
      run: ({ text, before }) => deps.lookup(text, before),
    },
    glossaryMatches: {
      validate: (p): p is { text: string } =>
        isObject(p) && typeof p.text === 'string' && p.text.length <= MAX_MATCH_TEXT,
      run: ({ text }) => deps.glossaryMatches(text),
    },
    userTermsChanged: {
      validate: isEmptyParams,
      run: async (_params, { sender }) => {
        // Only the background (or another extension page) writes the user's terms; a tab cannot make the
        // holder re-read them over and over.
        if (sender.tab !== undefined || !sender.url?.startsWith(deps.extensionOrigin)) {
          throw new MessageError('forbidden', 'Only the extension itself may say this.');
        }
        return { terms: await deps.reloadUserTerms() };
      },
    },
  };
}
