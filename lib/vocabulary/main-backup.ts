// The vocabulary's part of the main JSON backup (Options → Data, the clippings page's export/import):
// the same records as the vocabulary page's own backup (./backup.ts), carried in a `vocabulary` field
// beside `clippings`. Older Wenzhai versions ignore the field; a file without it imports as before.
import { BackupError } from '../clippings/backup';
import { t } from '../i18n';
import {
  exportVocabulary,
  importVocabulary,
  type VocabularyBackup,
  validateVocabularyBackup,
} from './backup';
import type { VocabularyDb } from './db';

/** The vocabulary to put in a full backup (a backup of selected clippings carries none). */
export function vocabularyForBackup(db: VocabularyDb, now = Date.now()): Promise<VocabularyBackup> {
  return exportVocabulary(db, now);
}

/** The vocabulary part of a parsed backup: null when there is none; throws BackupError (naming the
 *  first bad record) when it is there but not valid — checked before anything is written. */
export function vocabularyInBackup(backup: object): VocabularyBackup | null {
  if (!('vocabulary' in backup) || backup.vocabulary === undefined) return null;
  const part: unknown = backup.vocabulary;
  const [problem] = validateVocabularyBackup(part);
  if (problem) {
    throw new BackupError(
      t('backupBadVocabulary', { table: problem.table, n: problem.index + 1, field: problem.field }),
    );
  }
  return part as VocabularyBackup;
}

/** Merges a checked vocabulary part (idempotent: the same file twice adds nothing); the user's line. */
export async function importVocabularyPart(db: VocabularyDb, part: VocabularyBackup): Promise<string> {
  const r = await importVocabulary(db, part);
  return t('importVocabularyDone', { words: r.words, contexts: r.contexts, cards: r.cards, logs: r.logs });
}
