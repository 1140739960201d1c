// The vocabulary's background wiring: its database, the HSK list (fetched once from the extension's
// own files), the review settings, and a change counter in storage that every open page and tab
// watches (colouring and lists refresh without a reload). entrypoints/background.ts merges the map
// this returns into its own, in one line.
import type { WxtBrowser } from 'wxt/browser';
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

export function startVocabulary(browser: WxtBrowser): ReturnType<typeof createVocabularyHandlers> {
  let db: VocabularyDb | undefined;
  const _origin = browser.runtime.getURL('/');
  return createVocabularyHandlers({
    db: () => {
      db ??= openVocabularyDb();
      return db;
    },
    hsk: loadHsk(browser.runtime.getURL(HSK_PATH)),
    reviewSettings: readReviewSettings,
    changed: () => void vocabularyChanged.setValue(Date.now()),
  });
}
