// Every schema the vocabulary database has had, kept forever: Dexie needs old versions to upgrade from,
// and each new version comes with a test that upgrades data written by every earlier one.

/** v1: words (unique folded key; state, added date, sites and HSK levels indexed for the page's
 *  filters), their contexts, one FSRS card per word (queue+due: the next card in one index read), and
 *  review logs. */
export const SCHEMA_V1 = {
  words: '++id, &key, state, addedAt, updatedAt, frequency, hsk3, hsk2, *sites',
  contexts: '++id, wordId, clippingId, savedAt',
  cards: 'wordId, [queue+due]',
  logs: '++id, wordId, review',
} as const;

export const CURRENT_VERSION = 1;
