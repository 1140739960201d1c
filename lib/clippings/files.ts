// Export and import as files, for the review page and the options page's Data group: downloads made in
// the page (no permission needed), uploads read whole.

import { t } from '../i18n';
import type { Clipping } from '../types';
import type { VocabularyDb } from '../vocabulary/db';
import { importVocabularyPart, vocabularyForBackup, vocabularyInBackup } from '../vocabulary/main-backup';
import { BackupError, exportBackup, importBackup, parseBackup } from './backup';
import { type ClippingsDb, storageErrorMessage } from './db';
import { clippingsToCsv, clippingsToMarkdown, clippingToMarkdown, markdownFileName } from './formats';
import { sanitizeHtml } from './sanitize';

export type ExportFormat = 'json' | 'markdown' | 'csv';

export function download(name: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const stamp = (): string => new Date().toISOString().slice(0, 10);

/** Builds the export (all, or `ids`) and returns its file name and content. A full JSON backup carries
 *  the vocabulary too when its database is given (issue 17). */
export async function buildExport(
  db: ClippingsDb,
  format: ExportFormat,
  ids?: number[],
  vocabulary?: VocabularyDb,
): Promise<{ name: string; content: string; type: string }> {
  if (format === 'json') {
    const clippings = await exportBackup(db, ids);
    const backup =
      vocabulary && !ids ? { ...clippings, vocabulary: await vocabularyForBackup(vocabulary) } : clippings;
    return {
      name: `wenzhai-clippings-${stamp()}.json`,
      content: JSON.stringify(backup),
      type: 'application/json',
    };
  }
  const records = ids
    ? (await db.clippings.bulkGet(ids)).filter((c): c is Clipping => Boolean(c))
    : await db.clippings.orderBy('savedAt').reverse().toArray();
  if (format === 'csv') {
    return { name: `wenzhai-clippings-${stamp()}.csv`, content: clippingsToCsv(records), type: 'text/csv' };
  }
  return {
    name: `wenzhai-clippings-${stamp()}.md`,
    content: clippingsToMarkdown(records),
    type: 'text/markdown',
  };
}

export function exportOneMarkdown(c: Clipping): void {
  download(markdownFileName(c), clippingToMarkdown(c), 'text/markdown');
}

/** Reads, validates and merges a backup (and its vocabulary, when `vocabulary` is given). Returns the
 *  message for the user; every record of both parts is checked before anything is written. */
export async function importFile(
  db: ClippingsDb,
  text: string,
  vocabulary?: VocabularyDb,
): Promise<{ ok: boolean; message: string }> {
  try {
    const backup = parseBackup(text);
    const words = vocabulary ? vocabularyInBackup(backup) : null;
    const result = await importBackup(db, backup, (html) => sanitizeHtml(html, window) ?? '');
    const done = t('importDone', {
      added: result.added,
      updated: result.updated,
      unchanged: result.unchanged,
    });
    if (!vocabulary || !words) return { ok: true, message: done };
    // Two databases, two transactions: each is all-or-nothing, and both merges are idempotent, so a
    // failure in the second is mended by importing the same file again. The clippings are in by
    // then, so the message must not say that nothing changed.
    try {
      return { ok: true, message: `${done} ${await importVocabularyPart(vocabulary, words)}` };
    } catch (error) {
      const message = t('importVocabularyFailed', { message: storageErrorMessage(error) });
      return { ok: false, message: `${done} ${message}` };
    }
  } catch (error) {
    // A full disk says so plainly; the transaction rolled back, so nothing was half-imported.
    const reason = error instanceof BackupError ? error.message : storageErrorMessage(error);
    return { ok: false, message: t('importRejected', { message: reason }) };
  }
}
