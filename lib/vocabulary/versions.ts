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

/** Every schema in order: entry i is version i + 1. A new version appends its schema here (and an
 *  upgrade function in db.ts when records change); tests/unit/vocabulary-upgrade.test.ts then fails
 *  until it has a case for the data the previous version wrote. */
export const VOCABULARY_SCHEMAS: readonly Readonly<Record<string, string>>[] = [SCHEMA_V1];

export const CURRENT_VERSION = VOCABULARY_SCHEMAS.length;
