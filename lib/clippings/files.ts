// Export and import as files, for the review page and the options page's Data group: downloads made in
// the page (no permission needed), uploads read whole.

import { t } from '../i18n';
import type { Clipping } from '../types';
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

/** Builds the export (all, or `ids`) and returns its file name and content. */
export async function buildExport(
  db: ClippingsDb,
  format: ExportFormat,
  ids?: number[],
): Promise<{ name: string; content: string; type: string }> {
  if (format === 'json') {
    const backup = await exportBackup(db, ids);
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

/** Reads, validates and merges a backup. Returns the message for the user; never half-imports. */
export async function importFile(db: ClippingsDb, text: string): Promise<{ ok: boolean; message: string }> {
  try {
    const backup = parseBackup(text);
    const result = await importBackup(db, backup, (html) => sanitizeHtml(html, window) ?? '');
    return {
      ok: true,
      message: t('importDone', { added: result.added, updated: result.updated, unchanged: result.unchanged }),
    };
  } catch (error) {
    // A full disk says so plainly; the transaction rolled back, so nothing was half-imported.
    const reason = error instanceof BackupError ? error.message : storageErrorMessage(error);
    return { ok: false, message: t('importRejected', { message: reason }) };
  }
}
