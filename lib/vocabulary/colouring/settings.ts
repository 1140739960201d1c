// The storage items a tab's colouring follows. A leaf (WXT storage only): the content script imports
// it, and it must not reach Dexie or the scheduler. Storage change events come from the browser, not
// from the page, so a page cannot switch the colouring or fake a change of the words' states.
import { storage } from 'wxt/utils/storage';

/** Bumped (to the time) whenever words or their states change, wherever: pages and tabs watch it to
 *  refresh. Storage, not a broadcast message, so tabs hear it without the background knowing them. */
export const vocabularyChanged = storage.defineItem<number>('local:vocabularyChanged', {
  fallback: 0,
  version: 1,
});

/** Colour the words of the detected article by state (the popup's switch); off until turned on. */
export const colourWords = storage.defineItem<boolean>('local:colourWords', {
  fallback: false,
  version: 1,
});
