// Vocabulary files: the Anki TSV and the JSON backup out, a backup and a known-words list in.

import { download } from '../../lib/clippings/files';
import { t } from '../../lib/i18n';
import { type AnkiNote, exportAnkiTsv, noteOf } from '../../lib/vocabulary/anki';
import { exportVocabulary, importVocabulary, validateVocabularyBackup } from '../../lib/vocabulary/backup';
import type { VocabularyDb } from '../../lib/vocabulary/db';
import type { KnownRowError, KnownWordsParse } from '../../lib/vocabulary/import-known';
import type { Word, WordContext } from '../../lib/vocabulary/types';

const stamp = (): string => new Date().toISOString().slice(0, 10);

/** Anki notes for `words`, each with its most recent sentence. */
export async function ankiNotes(db: VocabularyDb, words: readonly Word[]): Promise<AnkiNote[]> {
  const ids = words.map((w) => w.id);
  const latest = new Map<number, WordContext>();
  for (const c of await db.contexts.where('wordId').anyOf(ids).toArray()) {
    const had = latest.get(c.wordId);
    if (!had || c.savedAt > had.savedAt) latest.set(c.wordId, c);
  }
  return words.map((w) => noteOf(w, latest.get(w.id)));
}

/** The Anki file for `words`. */
export async function ankiFile(db: VocabularyDb, words: readonly Word[]): Promise<string> {
  return exportAnkiTsv(await ankiNotes(db, words), t('ankiDeck'), ['wenzhai']);
}

export async function downloadAnki(db: VocabularyDb, words: readonly Word[]): Promise<void> {
  download(`wenzhai-anki-${stamp()}.txt`, await ankiFile(db, words), 'text/tab-separated-values');
}

export async function downloadBackup(db: VocabularyDb): Promise<void> {
  const backup = await exportVocabulary(db);
  download(`wenzhai-vocabulary-${stamp()}.json`, JSON.stringify(backup), 'application/json');
}

/** Restores a backup file; the message says what came in, or which record is wrong (nothing written). */
export async function restoreBackup(db: VocabularyDb, text: string): Promise<string> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return t('vocabularyBadBackup', { table: 'file', index: 0, field: 'JSON' });
  }
  const problems = validateVocabularyBackup(value);
  const first = problems[0];
  if (first)
    return t('vocabularyBadBackup', { table: first.table, index: first.index + 1, field: first.field });
  const r = await importVocabulary(db, value);
  return t('vocabularyRestored', { words: r.words, contexts: r.contexts, cards: r.cards, logs: r.logs });
}

const REASONS: Record<KnownRowError, () => string> = {
  empty: () => t('knownReasonEmpty'),
  'missing-column': () => t('knownReasonMissingColumn'),
  'not-chinese': () => t('knownReasonNotChinese'),
  'too-long': () => t('knownReasonTooLong'),
};

/** One line per rejected row, in the UI language. */
export function knownErrors(parsed: KnownWordsParse): string[] {
  return parsed.errors.map((e) =>
    t('importKnownRow', { line: e.line, reason: REASONS[e.reason](), text: e.text }),
  );
}
