// What the dictionary's holder answers (`to: 'dictionary'`, lib/protocol/api.ts): Chrome's offscreen
// document, or Firefox's background page. Pure wiring over injected functions, tested with fakes.
import { MessageError } from '../dispatch/failure';
import { isEmptyParams, isLookupParams, isMatchParams } from '../dispatch/validate';
import type { DictionaryApi } from '../protocol/api';
import type { HandlerMap } from '../protocol/handler';
import type { CallContext } from '../protocol/sender';
import { isAnnotateParams } from '../reader/holder';
import type { TextsAnnotation } from '../reader/worker-protocol';
import type { LookupResult } from '../types';

/** What the holder's handlers learn about their caller. */
export type DictionaryContext = CallContext;

export interface DictionaryHandlerDeps {
  lookup(text: string, before?: string): Promise<LookupResult>;
  glossaryMatches(text: string): Promise<{ start: number; end: number }[]>;
  articleWords(text: string): Promise<number[]>;
  /** Re-reads the user's terms; resolves with how many there are. */
  reloadUserTerms(): Promise<number>;
  /** The reader's annotation, or null when it cannot answer at once (not loaded yet; Firefox, whose
   *  holder shares the reader tab's thread, never does): the reader then uses its own worker. */
  annotate?(texts: string[], html: boolean, timed?: boolean): Promise<TextsAnnotation> | null;
}

export function createDictionaryHandlers(deps: DictionaryHandlerDeps): HandlerMap<DictionaryApi> {
  return {
    lookup: {
      access: 'any',
      validate: isLookupParams,
      run: ({ text, before }) => deps.lookup(text, before),
    },
    glossaryMatches: {
      access: 'any',
      validate: isMatchParams,
      run: ({ text }) => deps.glossaryMatches(text),
    },
    articleWords: {
      access: 'any',
      validate: isMatchParams,
      run: ({ text }) => deps.articleWords(text),
    },
    // Only the background (or another extension context outside a tab) writes the user's terms; a tab
    // cannot make the holder re-read them over and over.
    userTermsChanged: {
      access: 'extension-context',
      validate: isEmptyParams,
      run: async () => ({ terms: await deps.reloadUserTerms() }),
    },
    // Answered at once either way: a reader never waits for the holder to load. Only the reader (an
    // extension page) asks: a content script cannot spend the holder's time on whole articles.
    annotate: {
      access: 'extension-page',
      validate: isAnnotateParams,
      run: ({ texts, html, timed }) => {
        const answer = deps.annotate?.(texts, html === true, timed === true) ?? null;
        if (!answer) throw new MessageError('unavailable', 'dictionary-no-answer');
        return answer;
      },
    },
  };
}
