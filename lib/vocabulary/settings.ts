// Vocabulary settings (Options → Vocabulary): daily review limits and desired retention. Kept here,
// beside the feature, as a WXT storage item; read through normaliseReviewSettings so a bad stored value
// never reaches the scheduler.
import { storage } from 'wxt/utils/storage';
import type { AnkiNote } from './anki';
import { DEFAULT_REVIEW_SETTINGS, normaliseReviewSettings, type ReviewSettings } from './review';

export const reviewSettingsItem = storage.defineItem<ReviewSettings>('local:vocabularyReview', {
  fallback: DEFAULT_REVIEW_SETTINGS,
  version: 1,
});

export async function readReviewSettings(): Promise<ReviewSettings> {
  return normaliseReviewSettings(await reviewSettingsItem.getValue());
}

// The change counter lives in a leaf file a content script may import (no Dexie, no scheduler).
export { vocabularyChanged } from './colouring/settings';

/** Words waiting for AnkiConnect (lib/vocabulary/anki-connect.ts): kept until Anki takes them. */
export const ankiQueueItem = storage.defineItem<AnkiNote[]>('local:ankiQueue', { fallback: [], version: 1 });
