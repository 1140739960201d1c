import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { ClippingsToolbar } from '../../components/ClippingsToolbar';
import {
  ClippingsVirtualList,
  type ClippingsVirtualListProps,
  ROW_HEIGHT,
} from '../../components/ClippingsVirtualList';
import { exportBackup } from '../../lib/clippings/backup';
import {
  deleteClippings,
  getClipping,
  openClippingsDb,
  putClippings,
  saveClipping,
  storageErrorMessage,
} from '../../lib/clippings/db';
import { buildExport, download, type ExportFormat, importFile } from '../../lib/clippings/files';
import {
  type ClippingFilter,
  facets,
  newestClippings,
  queryIds,
  SearchCache,
  searchIds,
} from '../../lib/clippings/query';
import { sanitizeHtml } from '../../lib/clippings/sanitize';
import { parseQuery } from '../../lib/clippings/search';
import { t } from '../../lib/i18n';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import type { Clipping } from '../../lib/types';
import { openVocabularyDb, type VocabularyDb } from '../../lib/vocabulary/db';
import '../../components/styles/clippings-page.css';
import {
  type Notice,
  NoticeLine,
  OpenClippingView,
  toggled,
  usePersistentStorage,
  useReader,
  useWindowHeight,
} from './page-parts';

// An extension page: same origin as the background, so it reads the clippings database directly.
const db = openClippingsDb();
// The full JSON backup carries the vocabulary too (issue 17); opened on first export or import.
let words: VocabularyDb | undefined;
const vocabularyDb = (): VocabularyDb => {
  words ??= openVocabularyDb();
  return words;
};
// Folded texts for search, loaded once (after the first rows are drawn) and kept in step.
const searchCache = new SearchCache();
// The newest rows, read straight from the savedAt index as the page loads, drawn before the full id
// list (walking 10,000 keys takes ~100 ms) and the filter menus are asked for.
const firstPage = newestClippings(db, 40).catch(() => []);

// The bench and the end-to-end tests drive the page's own code through this handle. Only scripts of
// this extension's origin can reach an extension page's globals; release builds (npm run zip) leave
// it out altogether (wxt.config.ts).
if (__WENZHAI_TEST_HOOKS__)
  Object.assign(globalThis, {
    wenzhaiClippings: {
      db,
      saveClipping,
      queryIds,
      searchIds,
      exportBackup,
      buildExport,
      importFile,
      getClipping,
      sanitizeHtml,
      putClippings,
      search: (query: string) => queryIds(db, { query }, searchCache),
    },
  });

const listHeight = (): number => Math.max(ROW_HEIGHT * 3, window.innerHeight - 250);

/** The ids matching the filter (the newest page first, before the full query answers), a cache of
 *  the loaded rows, the filter menus, and `need` to load rows as they scroll into view. */
function useClippingsList(filter: ClippingFilter, setNotice: (notice: Notice) => void) {
  const [ids, setIds] = useState<number[] | null>(null);
  const cache = useRef(new Map<number, Clipping>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [facetList, setFacets] = useState<{ sites: string[]; tags: string[] }>({ sites: [], tags: [] });
  const firstRows = useRef(false);

  const refresh = useCallback(async (f: ClippingFilter) => {
    try {
      await firstPage;
      const [found, facetValues] = await Promise.all([queryIds(db, f, searchCache), facets(db)]);
      setIds(found);
      setFacets(facetValues);
    } catch (error) {
      setNotice({ text: t('error', { message: storageErrorMessage(error) }) });
    }
  }, []);

  useEffect(() => {
    // Typing in the search box waits a moment; the other filters apply at once.
    const timer = setTimeout(() => void refresh(filter), filter.query ? 120 : 0);
    return () => clearTimeout(timer);
  }, [filter, refresh]);

  useEffect(() => {
    void firstPage.then((rows) => {
      for (const row of rows) cache.current.set(row.id, row);
      setIds((current) => current ?? rows.map((r) => r.id));
    });
  }, []);

  const need = useCallback((wanted: number[]) => {
    void db.clippings.bulkGet(wanted).then((rows) => {
      for (const row of rows) if (row) cache.current.set(row.id, row);
      rerender(0);
    });
  }, []);

  // Layout effect: runs as soon as the rows are in the DOM, before the browser paints them.
  useLayoutEffect(() => {
    if (!firstRows.current && ids && (ids.length === 0 || cache.current.has(ids[0]!))) {
      firstRows.current = true;
      performance.mark('wenzhai-first-rows');
      setTimeout(() => void searchCache.sync(db), 50); // warm the search before the first keystroke
    }
  });
  return { ids, cache, facetList, refresh, need };
}

/** `?id=` opens that clipping at start, in the script the user was reading when saving; going back
 *  to the bare list (popstate) closes it. */
function useOpenFromUrl(
  show: (clipping: Clipping | undefined) => void,
  setOpen: (open: Clipping | null) => void,
) {
  useEffect(() => {
    const id = Number(new URLSearchParams(location.search).get('id'));
    if (Number.isInteger(id) && id > 0) void getClipping(db, id).then(show);
    const onPop = () => {
      const again = Number(new URLSearchParams(location.search).get('id'));
      if (!again) setOpen(null);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
}

/** Imports a backup file; `done` gets the message once the search cache has been reset. */
async function importInto(file: File, done: (message: string) => Promise<void>): Promise<void> {
  const result = await importFile(db, await file.text(), vocabularyDb());
  searchCache.reset();
  await done(result.message);
}

/** Deletes clippings (dropping them from the row cache): the notice offering undo, or the error. */
async function deleteForUndo(
  targets: number[],
  cache: Map<number, Clipping>,
): Promise<{ notice: Notice; deleted: boolean }> {
  try {
    const removed = await deleteClippings(db, targets);
    for (const r of removed) cache.delete(r.id);
    searchCache.invalidate();
    return { notice: { text: t('deletedCount', { n: removed.length }), undo: removed }, deleted: true };
  } catch (error) {
    return { notice: { text: t('error', { message: storageErrorMessage(error) }) }, deleted: false };
  }
}

/** Puts deleted clippings back (the undo of a delete). */
async function restoreDeleted(records: Clipping[]): Promise<void> {
  await putClippings(db, records);
  searchCache.invalidate();
}

/** Downloads the chosen clippings (all when `chosen` is undefined) in one format. */
async function exportAs(format: ExportFormat, chosen: number[] | undefined): Promise<void> {
  const file = await buildExport(db, format, chosen, vocabularyDb());
  download(file.name, file.content, file.type);
}

/** The list, or the "no clippings yet" line when there are none at all (not merely none matching). */
function ListOrEmpty(props: Omit<ClippingsVirtualListProps, 'terms'> & { filter: ClippingFilter }) {
  const { filter, ...list } = props;
  const terms = useMemo(() => parseQuery(filter.query ?? '').terms, [filter.query]);
  return props.ids.length === 0 && !filter.query && !filter.site && !filter.tag && !filter.kind ? (
    <p class="empty">{t('noClippings')}</p>
  ) : (
    <ClippingsVirtualList {...list} terms={terms} />
  );
}

function ClippingsPage() {
  useLocale(); // re-render in the new language when the setting changes
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const reader = useReader();
  const { open, setOpen } = reader;
  const [notice, setNotice] = useState<Notice | null>(null);
  const height = useWindowHeight(listHeight);
  const persistent = usePersistentStorage();

  const { ids, cache, facetList, refresh, need } = useClippingsList(filter, setNotice);
  useOpenFromUrl(reader.show, setOpen);

  const remove = async (targets: number[]) => {
    const outcome = await deleteForUndo(targets, cache.current);
    if (outcome.deleted) {
      setSelected(new Set());
      setOpen(null);
      history.replaceState(null, '', location.pathname);
    }
    setNotice(outcome.notice);
    if (outcome.deleted) await refresh(filter);
  };

  const undoDelete = async (records: Clipping[]) => {
    await restoreDeleted(records);
    setNotice({ text: t('toastUndone') });
    await refresh(filter);
  };

  const openClipping = (id: number): void => {
    void getClipping(db, id).then((c) => {
      reader.setNotice(null);
      reader.show(c);
      history.pushState(null, '', `?id=${id}`);
    });
  };

  if (open) {
    document.title = `${open.title} — ${t('appName')}`;
    return (
      <OpenClippingView
        db={db}
        open={open}
        reader={reader}
        onSaved={(next) => {
          cache.current.set(next.id, next);
          setOpen(next);
        }}
        onDelete={() => void remove([open.id])}
        onBack={() => {
          setOpen(null);
          history.pushState(null, '', location.pathname);
          void refresh(filter);
        }}
      />
    );
  }

  document.title = `${t('clippingsTitle')} — ${t('appName')}`;
  return (
    <main>
      <h1>{t('clippingsTitle')}</h1>
      {!persistent && <p class="warning">{t('storageNotPersistent')}</p>}
      <ClippingsToolbar
        filter={filter}
        sites={facetList.sites}
        tags={facetList.tags}
        count={ids?.length ?? 0}
        selectedCount={selected.size}
        onFilter={setFilter}
        onSelectAll={() => setSelected(new Set(ids ?? []))}
        onClearSelection={() => setSelected(new Set())}
        onDeleteSelected={() => void remove([...selected])}
        onExport={(format, selectedOnly) => void exportAs(format, selectedOnly ? [...selected] : undefined)}
        onImport={(file) =>
          void importInto(file, (text) => {
            setNotice({ text });
            cache.current.clear();
            return refresh(filter);
          })
        }
      />
      {notice && <NoticeLine notice={notice} onUndo={(records) => void undoDelete(records)} />}
      {ids && (
        <ListOrEmpty
          filter={filter}
          ids={ids}
          row={(id) => cache.current.get(id)}
          need={need}
          selected={selected}
          height={height}
          onToggle={(id) => setSelected(toggled(selected, id))}
          onOpen={openClipping}
        />
      )}
    </main>
  );
}

// The language is read before the first render (a few ms), so the page never flashes English.
void initLocale({ document }).finally(() => render(<ClippingsPage />, document.getElementById('app')!));
