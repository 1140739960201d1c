// Vocabulary backup: words, contexts, FSRS cards and review logs in one JSON file. Import checks every
// record first (a bad file changes nothing, and says which record and why), then merges in one
// transaction: words by their folded key, contexts by page + sentence + place, cards by recency, logs
// by time + grade — so importing the same file twice changes nothing the second time.
import { queueOf } from './card';
import { type VocabularyDb, wordKey } from './db';
import { isWordState, type ReviewCard, type ReviewLogRow, type Word, type WordContext } from './types';

export const VOCABULARY_BACKUP_FORMAT = 'wenzhai-vocabulary';
export const VOCABULARY_BACKUP_VERSION = 1;

export interface VocabularyBackup {
  format: typeof VOCABULARY_BACKUP_FORMAT;
  version: number;
  exportedAt: string;
  words: Word[];
  contexts: WordContext[];
  cards: ReviewCard[];
  logs: ReviewLogRow[];
}

export async function exportVocabulary(db: VocabularyDb, now = Date.now()): Promise<VocabularyBackup> {
  return db.transaction('r', db.words, db.contexts, db.cards, db.logs, async () => ({
    format: VOCABULARY_BACKUP_FORMAT,
    version: VOCABULARY_BACKUP_VERSION,
    exportedAt: new Date(now).toISOString(),
    words: await db.words.toArray(),
    contexts: await db.contexts.toArray(),
    cards: await db.cards.toArray(),
    logs: await db.logs.toArray(),
  }));
}

type Rec = Record<string, unknown>;
const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown, max = 10_000): boolean => typeof v === 'string' && v.length <= max;
const strOrNull = (v: unknown): boolean => v === null || str(v, 4096);
const int = (v: unknown): boolean => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const num = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const intOrNull = (v: unknown): boolean => v === null || int(v);
const strings = (v: unknown): boolean => Array.isArray(v) && v.length <= 200 && v.every((s) => str(s, 2000));

/** The first field that is wrong in a record, or null. */
function badField(r: Rec, checks: Record<string, (v: unknown) => boolean>): string | null {
  for (const [field, ok] of Object.entries(checks)) if (!ok(r[field])) return field;
  return null;
}

const WORD_CHECKS = {
  id: int,
  simplified: (v: unknown) => str(v, 64),
  traditional: (v: unknown) => str(v, 64),
  pinyin: (v: unknown) => str(v, 400),
  definitions: strings,
  state: isWordState,
  hsk2: intOrNull,
  hsk3: intOrNull,
  frequency: intOrNull,
  sites: strings,
  note: str,
  addedAt: int,
  updatedAt: int,
};
const CONTEXT_CHECKS = {
  wordId: int,
  sentence: str,
  start: int,
  length: int,
  url: (v: unknown) => str(v, 4096),
  title: (v: unknown) => str(v, 2000),
  site: strOrNull,
  published: strOrNull,
  clippingId: intOrNull,
  savedAt: int,
};
const CARD_CHECKS = {
  wordId: int,
  due: num,
  stability: num,
  difficulty: num,
  elapsed_days: num,
  scheduled_days: num,
  learning_steps: int,
  reps: int,
  lapses: int,
  state: (v: unknown) => int(v) && (v as number) <= 3,
  last_review: (v: unknown) => v === null || num(v),
};
const LOG_CHECKS = {
  wordId: int,
  rating: (v: unknown) => int(v) && (v as number) >= 1 && (v as number) <= 4,
  review: int,
  state: (v: unknown) => int(v) && (v as number) <= 3,
  scheduled_days: num,
  before: (v: unknown) =>
    isRec(v) && isWordState(v.wordState) && isRec(v.card) && badField(v.card, CARD_CHECKS) === null,
};

export interface BackupProblem {
  table: 'file' | 'words' | 'contexts' | 'cards' | 'logs';
  index: number;
  field: string;
}

/** Every problem in the file (empty when it can be imported). */
export function validateVocabularyBackup(value: unknown): BackupProblem[] {
  if (!isRec(value) || value.format !== VOCABULARY_BACKUP_FORMAT)
    return [{ table: 'file', index: 0, field: 'format' }];
  if (value.version !== VOCABULARY_BACKUP_VERSION) return [{ table: 'file', index: 0, field: 'version' }];
  const problems: BackupProblem[] = [];
  const tables = { words: WORD_CHECKS, contexts: CONTEXT_CHECKS, cards: CARD_CHECKS, logs: LOG_CHECKS };
  for (const [table, checks] of Object.entries(tables) as [BackupProblem['table'], Rec][]) {
    const rows = value[table];
    if (!Array.isArray(rows)) {
      problems.push({ table, index: 0, field: '(list)' });
      continue;
    }
    rows.forEach((row, index) => {
      const field = isRec(row)
        ? badField(row, checks as Record<string, (v: unknown) => boolean>)
        : '(record)';
      if (field) problems.push({ table, index, field });
    });
  }
  if (problems.length === 0) {
    const ids = new Set((value.words as Word[]).map((w) => w.id));
    for (const table of ['contexts', 'cards', 'logs'] as const) {
      (value[table] as { wordId: number }[]).forEach((r, index) => {
        if (!ids.has(r.wordId)) problems.push({ table, index, field: 'wordId' });
      });
    }
  }
  return problems;
}

export interface VocabularyImportResult {
  words: number;
  contexts: number;
  cards: number;
  logs: number;
}

/** Merges a validated backup (see the file comment). Throws, writing nothing, if it is not valid. */
export async function importVocabulary(db: VocabularyDb, value: unknown): Promise<VocabularyImportResult> {
  const problems = validateVocabularyBackup(value);
  if (problems.length > 0) throw new Error(`Invalid vocabulary backup: ${JSON.stringify(problems[0])}`);
  const backup = value as VocabularyBackup;
  return db.transaction('rw', db.words, db.contexts, db.cards, db.logs, async () => {
    const result: VocabularyImportResult = { words: 0, contexts: 0, cards: 0, logs: 0 };
    const idOf = new Map<number, number>();
    const stateOf = new Map<number, Word['state']>();
    for (const w of backup.words) {
      const key = wordKey(w);
      const existing = await db.words.where('key').equals(key).first();
      const { id: _old, ...fields } = w;
      if (!existing) {
        const id = (await db.words.add({ ...fields, key } as Word)) as number;
        idOf.set(w.id, id);
        stateOf.set(id, w.state);
        result.words++;
      } else {
        idOf.set(w.id, existing.id);
        const newer = w.updatedAt > existing.updatedAt;
        const sites = [...new Set([...existing.sites, ...w.sites])];
        if (newer) await db.words.put({ ...fields, key, sites, id: existing.id });
        else if (sites.length !== existing.sites.length) await db.words.update(existing.id, { sites });
        stateOf.set(existing.id, newer ? w.state : existing.state);
        if (newer) result.words++;
      }
    }
    for (const c of backup.contexts) {
      const wordId = idOf.get(c.wordId) as number;
      const same = (await db.contexts.where('wordId').equals(wordId).toArray()).some(
        (x) => x.url === c.url && x.sentence === c.sentence && x.start === c.start,
      );
      if (same) continue;
      const { id: _old, ...fields } = c;
      await db.contexts.add({ ...fields, wordId } as WordContext);
      result.contexts++;
    }
    for (const c of backup.cards) {
      const wordId = idOf.get(c.wordId) as number;
      const existing = await db.cards.get(wordId);
      if (existing && (existing.last_review ?? -1) >= (c.last_review ?? -1)) continue;
      await db.cards.put({ ...c, wordId, queue: queueOf(stateOf.get(wordId) ?? 'new', c.state) });
      result.cards++;
    }
    for (const l of backup.logs) {
      const wordId = idOf.get(l.wordId) as number;
      const same = (await db.logs.where('wordId').equals(wordId).toArray()).some(
        (x) => x.review === l.review && x.rating === l.rating,
      );
      if (same) continue;
      const { id: _old, ...fields } = l;
      await db.logs.add({
        ...fields,
        wordId,
        before: { ...l.before, card: { ...l.before.card, wordId } },
      } as ReviewLogRow);
      result.logs++;
    }
    return result;
  });
}
