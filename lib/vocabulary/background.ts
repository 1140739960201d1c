// The vocabulary's background wiring: its database, the HSK list (fetched once from the extension's
// own files), the review settings, and a change counter in storage that every open page and tab
// watches (colouring and lists refresh without a reload). entrypoints/background.ts merges the map
// this returns into its own, in one line.
import type { WxtBrowser } from 'wxt/browser';
import type { ClippingsDb } from '../clippings/db';
import { clippingForContext } from './context-clipping';
import { openVocabularyDb, type VocabularyDb } from './db';
import { createVocabularyHandlers } from './handlers';
import { type HskIndex, parseHsk } from './hsk';
import { readReviewSettings, vocabularyChanged } from './settings';

export const HSK_PATH = '/hsk/hsk.tsv';

export function loadHsk(url: string): () => Promise<HskIndex | null> {
  let loading: Promise<HskIndex | null> | undefined;
  return () => {
    loading ??= fetch(url)
      .then((r) => (r.ok ? r.text() : null))
      .then((text) => (text ? parseHsk(text) : null))
      .catch(() => null);
    return loading;
  };
}

/** What the vocabulary borrows from the rest of the background. */
export interface VocabularyWiring {
  /** The clippings database, to name the clipping a saved word's page was saved as. */
  clippings?: () => ClippingsDb;
  /** The dictionary's holder cutting an article into words (lib/lookup/background-dictionary.ts). */
  articleWords?: (text: string) => Promise<number[]>;
}

export function startVocabulary(
  browser: WxtBrowser,
  wiring: VocabularyWiring = {},
): ReturnType<typeof createVocabularyHandlers> {
  let db: VocabularyDb | undefined;
  const clippings = wiring.clippings;
  const _origin = browser.runtime.getURL('/');
  return createVocabularyHandlers({
    db: () => {
      db ??= openVocabularyDb();
      return db;
    },
    hsk: loadHsk(browser.runtime.getURL(HSK_PATH)),
    reviewSettings: readReviewSettings,
    ...(wiring.articleWords ? { articleWords: wiring.articleWords } : {}),
    ...(clippings ? { clippingFor: (url, sentence) => clippingForContext(clippings(), url, sentence) } : {}),
    changed: () => void vocabularyChanged.setValue(Date.now()),
  });
}
