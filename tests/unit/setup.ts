// Per-test fakes: a fresh in-memory IndexedDB and WXT's fake browser for every test.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useOpenccFromPackage } from '../../lib/convert/text/node';
import { provideAllCatalogs } from '../../lib/i18n/all-catalogs';

// Extension pages ship every UI language (the content script loads its one on demand).
provideAllCatalogs();
// OpenCC's tables, which the extension gets as data (lib/convert/text/opencc-data.ts).
useOpenccFromPackage();

beforeEach(() => {
  fakeBrowser.reset();
  const factory = new IDBFactory();
  globalThis.indexedDB = factory;
  // Dexie captures the factory when it loads; point it at the fresh one too.
  Dexie.dependencies.indexedDB = factory;
  Dexie.dependencies.IDBKeyRange = IDBKeyRange;
});
