// The Data group's effects. Export and import run here, on the extension page's own handle of the
// clippings database, with the very functions the review page uses (entrypoints/clippings/files.ts): a
// backup can be far larger than a runtime message may carry, and sanitising imported HTML needs this
// page's DOM (a service worker has none). Counting and clearing go through the background.
import { CLEAR_ALL_CONFIRMATION } from '../../lib/background/data-handlers';
import { callBackground } from '../../lib/client';
import { type ClippingsDb, openClippingsDb, storageErrorMessage } from '../../lib/clippings/db';
import { buildExport, download, type ExportFormat, importFile } from '../../lib/clippings/files';
import { t } from '../../lib/i18n';
import type { Result } from '../../lib/messages';
import { readStorageUsage, type StorageUsage } from '../../lib/storage-usage';
import { openVocabularyDb, type VocabularyDb } from '../../lib/vocabulary/db';

export interface DataClient {
  count(): Promise<Result<{ count: number }>>;
  usage(): Promise<StorageUsage | null>;
  exportAs(format: ExportFormat): Promise<{ ok: boolean; message: string }>;
  importText(text: string): Promise<{ ok: boolean; message: string }>;
  clearAll(): Promise<Result<{ deleted: number }>>;
}

export function createDataClient(): DataClient {
  let db: ClippingsDb | undefined;
  const database = (): ClippingsDb => {
    db ??= openClippingsDb();
    return db;
  };
  let words: VocabularyDb | undefined;
  const vocabulary = (): VocabularyDb => {
    words ??= openVocabularyDb();
    return words;
  };
  return {
    count: () => callBackground('clippingsCount', {}),
    usage: () => readStorageUsage(navigator.storage),
    async exportAs(format) {
      try {
        const file = await buildExport(database(), format, undefined, vocabulary());
        download(file.name, file.content, file.type);
        return { ok: true, message: '' };
      } catch (error) {
        return { ok: false, message: t('error', { message: storageErrorMessage(error) }) };
      }
    },
    importText: (text) => importFile(database(), text, vocabulary()),
    clearAll: () => callBackground('clearClippings', { confirm: CLEAR_ALL_CONFIRMATION }),
  };
}
