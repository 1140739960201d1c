// The vocabulary database ('wenzhai-vocabulary'), apart from clippings and the user glossary so each
// schema evolves on its own. Opened by the background and the extension's own pages only: a content
// script never opens IndexedDB (it would be the page's).
import Dexie, { type EntityTable, type Table } from 'dexie';
import { fold } from '../clippings/fold';
import { emptyCard, queueOf } from './card';
import type { HskInfo } from './hsk';
import type {
  ContextInput,
  ReviewCard,
  ReviewLogRow,
  Word,
  WordContext,
  WordEntryInput,
  WordState,
} from './types';
import { VOCABULARY_SCHEMAS } from './versions';

export const VOCABULARY_DB = 'wenzhai-vocabulary';

export type VocabularyDb = Dexie & {
  words: EntityTable<Word, 'id'>;
  contexts: EntityTable<WordContext, 'id'>;
  cards: Table<ReviewCard, number>;
  logs: EntityTable<ReviewLogRow, 'id'>;
};

export function openVocabularyDb(name = VOCABULARY_DB): VocabularyDb {
  const db = new Dexie(name) as VocabularyDb;
  VOCABULARY_SCHEMAS.forEach((schema, i) => {
    db.version(i + 1).stores(schema);
  });
  return db;
}

/** The one key a word is stored under, whichever script it arrives in. */
export const wordKey = (entry: Pick<WordEntryInput, 'simplified' | 'traditional'>): string =>
  fold(entry.simplified || entry.traditional).trim();

export interface AddWordResult {
  wordId: number;
  contextId: number | null;
  /** False when the word was already there (only a context was added). */
  created: boolean;
}

const sameContext = (a: ContextInput, b: ContextInput): boolean =>
  a.url === b.url && a.sentence === b.sentence && a.start === b.start;

/** Adds a word with the context it was met in. The same word again (either script) adds only another
 *  context — never a duplicate row — and the same context twice is kept once. */
export async function addWord(
  db: VocabularyDb,
  entry: WordEntryInput,
  context: ContextInput | null,
  hsk: HskInfo | undefined,
  now = Date.now(),
): Promise<AddWordResult> {
  const key = wordKey(entry);
  if (!key) throw new Error('A word needs its characters');
  return db.transaction('rw', db.words, db.contexts, db.cards, async () => {
    const existing = await db.words.where('key').equals(key).first();
    let wordId: number;
    if (existing) {
      wordId = existing.id;
    } else {
      const record: Omit<Word, 'id'> = {
        simplified: entry.simplified,
        traditional: entry.traditional,
        pinyin: entry.pinyin,
        definitions: [...entry.definitions],
        key,
        state: 'new',
        hsk2: hsk?.hsk2 ?? null,
        hsk3: hsk?.hsk3 ?? null,
        frequency: hsk?.frequency ?? null,
        sites: [],
        note: '',
        addedAt: now,
        updatedAt: now,
      };
      wordId = (await db.words.add(record as Word)) as number;
      await db.cards.put(emptyCard(wordId, 'new', now));
    }
    if (!context) return { wordId, contextId: null, created: !existing };
    const known = await db.contexts.where('wordId').equals(wordId).toArray();
    const same = known.find((c) => sameContext(c, context));
    if (same) return { wordId, contextId: null, created: !existing };
    const contextId = (await db.contexts.add({ ...context, wordId, savedAt: now } as WordContext)) as number;
    const word = (await db.words.get(wordId)) as Word;
    if (context.site && !word.sites.includes(context.site)) {
      await db.words.update(wordId, { sites: [...word.sites, context.site], updatedAt: now });
    }
    return { wordId, contextId, created: !existing };
  });
}

/** Undoes one addWord (the toast's Undo): removes the context it added, and the word if it was new. */
export async function undoAddWord(db: VocabularyDb, result: AddWordResult): Promise<void> {
  if (result.created) {
    await deleteWords(db, [result.wordId]);
    return;
  }
  if (result.contextId !== null) await db.contexts.delete(result.contextId);
}

/** Sets states; the cards follow (known and ignored words leave the review queues). Returns the
 *  previous states, for Undo. */
export async function setWordStates(
  db: VocabularyDb,
  ids: readonly number[],
  state: WordState,
  now = Date.now(),
): Promise<{ id: number; state: WordState }[]> {
  return db.transaction('rw', db.words, db.cards, async () => {
    const words = (await db.words.bulkGet([...ids])).filter((w): w is Word => Boolean(w));
    const cards = (await db.cards.bulkGet(words.map((w) => w.id))).filter((c): c is ReviewCard => Boolean(c));
    await db.words.bulkPut(words.map((w) => ({ ...w, state, updatedAt: now })));
    await db.cards.bulkPut(cards.map((c) => ({ ...c, queue: queueOf(state, c.state) })));
    return words.map((w) => ({ id: w.id, state: w.state }));
  });
}

/** Puts earlier states back (Undo of setWordStates), each word its own. */
export async function restoreWordStates(
  db: VocabularyDb,
  previous: readonly { id: number; state: WordState }[],
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.words, db.cards, async () => {
    for (const { id, state } of previous) await setWordStates(db, [id], state, now);
  });
}

/** Edits what the user may change on the page: pinyin, definitions, note. */
export async function updateWord(
  db: VocabularyDb,
  id: number,
  changes: Partial<Pick<Word, 'pinyin' | 'definitions' | 'note'>>,
  now = Date.now(),
): Promise<Word> {
  return db.transaction('rw', db.words, async () => {
    const current = await db.words.get(id);
    if (!current) throw new Error(`No word ${id}`);
    const next: Word = { ...current, ...changes, updatedAt: now };
    await db.words.put(next);
    return next;
  });
}

/** Everything stored about some words: what deleteWords removes and restoreWords puts back. */
export interface WordsSnapshot {
  words: Word[];
  contexts: WordContext[];
  cards: ReviewCard[];
  logs: ReviewLogRow[];
}

/** Deletes words with their contexts, cards and logs; returns them for Undo. */
export async function deleteWords(db: VocabularyDb, ids: readonly number[]): Promise<WordsSnapshot> {
  return db.transaction('rw', db.words, db.contexts, db.cards, db.logs, async () => {
    const words = (await db.words.bulkGet([...ids])).filter((w): w is Word => Boolean(w));
    const wordIds = words.map((w) => w.id);
    const contexts = await db.contexts.where('wordId').anyOf(wordIds).toArray();
    const cards = (await db.cards.bulkGet(wordIds)).filter((c): c is ReviewCard => Boolean(c));
    const logs = await db.logs.where('wordId').anyOf(wordIds).toArray();
    await db.contexts.bulkDelete(contexts.map((c) => c.id));
    await db.logs.bulkDelete(logs.map((l) => l.id));
    await db.cards.bulkDelete(wordIds);
    await db.words.bulkDelete(wordIds);
    return { words, contexts, cards, logs };
  });
}

/** Puts deleted words back exactly as they were. */
export async function restoreWords(db: VocabularyDb, snapshot: WordsSnapshot): Promise<void> {
  await db.transaction('rw', db.words, db.contexts, db.cards, db.logs, async () => {
    await db.words.bulkPut(snapshot.words);
    await db.contexts.bulkPut(snapshot.contexts);
    await db.cards.bulkPut(snapshot.cards);
    await db.logs.bulkPut(snapshot.logs);
  });
}

/** What bulk "mark known" changed: the words it created and the states it replaced. */
export interface BulkKnownUndo {
  created: number[];
  changed: { id: number; state: WordState }[];
}

/** Marks words known in one transaction ("the rest of this article is known", a known-words import):
 *  words not yet stored are added as known; stored words that are new become known (learning and
 *  ignored words keep their state). Returns what to undo. */
export async function markKnown(
  db: VocabularyDb,
  entries: readonly WordEntryInput[],
  hskOf: (word: string) => HskInfo | undefined = () => undefined,
  now = Date.now(),
): Promise<BulkKnownUndo> {
  return db.transaction('rw', db.words, db.contexts, db.cards, async () => {
    const undo: BulkKnownUndo = { created: [], changed: [] };
    const seen = new Set<string>();
    for (const entry of entries) {
      const key = wordKey(entry);
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const existing = await db.words.where('key').equals(key).first();
      if (existing) {
        if (existing.state !== 'new') continue;
        undo.changed.push(...(await setWordStates(db, [existing.id], 'known', now)));
      } else {
        const { wordId } = await addWord(db, entry, null, hskOf(entry.simplified), now);
        await setWordStates(db, [wordId], 'known', now);
        undo.created.push(wordId);
      }
    }
    return undo;
  });
}

export async function undoMarkKnown(db: VocabularyDb, undo: BulkKnownUndo, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.words, db.contexts, db.cards, db.logs, async () => {
    await deleteWords(db, undo.created);
    await restoreWordStates(db, undo.changed, now);
  });
}

export async function listWords(db: VocabularyDb): Promise<Word[]> {
  return db.words.toArray();
}

export async function contextsOf(db: VocabularyDb, wordId: number): Promise<WordContext[]> {
  return (await db.contexts.where('wordId').equals(wordId).toArray()).sort((a, b) => b.savedAt - a.savedAt);
}

/** Every stored word's state by its folded key (what colouring and the estimate need). */
export async function wordStates(db: VocabularyDb): Promise<Map<string, WordState>> {
  const map = new Map<string, WordState>();
  await db.words.each((w) => {
    map.set(w.key, w.state);
  });
  return map;
}

/** The newest words straight from the addedAt index: the page draws these before the full list (and
 *  its filter menus) is read. */
export async function newestWords(db: VocabularyDb, limit: number): Promise<Word[]> {
  return db.words.orderBy('addedAt').reverse().limit(limit).toArray();
}
