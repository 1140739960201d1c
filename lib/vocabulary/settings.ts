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

/** Bumped (to the time) whenever words or their states change, wherever: pages and tabs watch it to
 *  refresh. Storage, not a broadcast message, so tabs hear it without the background knowing them. */
export const vocabularyChanged = storage.defineItem<number>('local:vocabularyChanged', {
  fallback: 0,
  version: 1,
});

/** Words waiting for AnkiConnect (lib/vocabulary/anki-connect.ts): kept until Anki takes them. */
export const ankiQueueItem = storage.defineItem<AnkiNote[]>('local:ankiQueue', { fallback: [], version: 1 });
