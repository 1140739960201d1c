// The API maps between the extension's contexts: which messages each context answers, with their
// params and results. Type-only leaf: both sides import it, neither side's implementation is pulled in.

import type { MessageKey } from '../i18n/en';
import type { Locale } from '../i18n/resolve';
import type { AnnotateBatch, TextsAnnotation } from '../reader/worker-protocol';
import type { ClippingInput, LookupResult, TabState, Target } from '../types';
import type { ClippingsApi, ClippingsContentApi, DataApi } from './clippings-api';
import type { FrameApi, FramesApi } from './frames-api';
import type { GlossaryApi, UserTerm } from './glossary-api';
import type { SitesApi } from './sites-api';
import type { VocabularyApi } from './vocabulary-api';

/** Handled by the background (service worker): the database and the dictionary's holder live there.
 *  GlossaryApi: article underliner matches and the user's own terms. */
export interface BackgroundApi
  extends GlossaryApi,
    ClippingsApi,
    DataApi,
    SitesApi,
    VocabularyApi,
    FramesApi {
  /** `before`: text just before the cursor, for the segmentation hint (issue 5). */
  lookup: { params: { text: string; before?: string }; result: LookupResult };
  saveClipping: { params: ClippingInput; result: { id: number; updated: boolean } };
  /** Injects the content script into a tab (the toolbar popup calls this under activeTab). */
  activateTab: { params: { tabId: number }; result: { injected: boolean } };
  /** Injects the conversion tables into the sender's frame, on first use only. */
  loadConverter: { params: Record<string, never>; result: { loaded: boolean } };
  /** Injects the clipping tools (sanitizer, re-anchoring) into the sender's frame, on first need. */
  loadClipper: { params: Record<string, never>; result: { loaded: boolean } };
  /** One UI language's strings, for the content script, which ships English only (lib/tab/locale.ts). */
  uiCatalog: { params: { locale: Locale }; result: Readonly<Record<MessageKey, string>> };
}

/** Handled by the content script in a tab; only the extension's own contexts send these. */
export interface ContentApi extends ClippingsContentApi {
  getState: { params: { refresh?: boolean; quick?: boolean }; result: TabState };
  /** `confirm`: the user confirmed converting a page written in Japanese or Korean (issue 15). */
  convert: { params: { target: Target; confirm?: boolean }; result: TabState };
  restore: { params: Record<string, never>; result: TabState };
  setHover: { params: { enabled: boolean }; result: TabState };
  saveArticle: { params: Record<string, never>; result: { id: number; updated: boolean } };
  /** The detected article as a clipping would store it, for the reader page (issue 18). */
  readerArticle: { params: Record<string, never>; result: ClippingInput };
  /** The hover card for the word at the caret / selection start (the Alt+Shift+H command, issue 7). */
  hoverAtCaret: { params: Record<string, never>; result: { shown: boolean } };
}

/** Handled by whichever context holds the dictionary (lib/lookup/host.ts): Chrome's offscreen document,
 *  which outlives service-worker restarts, or Firefox's persistent background page. Exactly one context
 *  listens for `to: 'dictionary'`, so exactly one answers. */
export interface DictionaryApi {
  lookup: BackgroundApi['lookup'];
  glossaryMatches: BackgroundApi['glossaryMatches'];
  /** The article's Chinese words as hover cuts them, flat offsets (issue 17 colouring). */
  articleWords: { params: { text: string }; result: number[] };
  /** The user's terms changed in their database: re-read them. Extension contexts only. */
  userTermsChanged: { params: Record<string, never>; result: { terms: number } };
  /** The reader's ruby for a batch of texts (lib/reader/holder.ts); `unavailable` at once while the
   *  reading model is not loaded (the reader then uses its own worker). No texts: "are you ready?". */
  annotate: { params: AnnotateBatch; result: TextsAnnotation };
}

/** Handled by the dictionary's dedicated worker in Chrome's offscreen document, which alone talks to it. */
export interface WorkerApi {
  lookup: BackgroundApi['lookup'];
  glossaryMatches: BackgroundApi['glossaryMatches'];
  articleWords: DictionaryApi['articleWords'];
  /** Swaps the user's terms in; answers how many there are. */
  userTerms: { params: { terms: UserTerm[] }; result: number };
  annotate: DictionaryApi['annotate'];
  /** Resolves once the reading model is loaded and warm (the document then forwards `annotate`). */
  readerLoaded: { params: Record<string, never>; result: boolean };
}

export type Api = BackgroundApi | ContentApi;

export type ApiOf<D extends string> = D extends 'background'
  ? BackgroundApi
  : D extends 'dictionary'
    ? DictionaryApi
    : D extends 'worker'
      ? WorkerApi
      : D extends 'frame'
        ? FrameApi
        : ContentApi;
