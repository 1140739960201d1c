import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ClippingReader, type ScriptChoice } from '../../components/ClippingReader';
import { ClippingsToolbar } from '../../components/ClippingsToolbar';
import { ClippingsVirtualList, ROW_HEIGHT } from '../../components/ClippingsVirtualList';
import { exportBackup } from '../../lib/clippings/backup';
import {
  deleteClippings,
  getClipping,
  openClippingsDb,
  putClippings,
  saveClipping,
  storageErrorMessage,
  updateAnnotations,
} from '../../lib/clippings/db';
import { convertHtml, openingScript } from '../../lib/clippings/display';
import {
  buildExport,
  download,
  type ExportFormat,
  exportOneMarkdown,
  importFile,
} from '../../lib/clippings/files';
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
import { errorOf } from '../../lib/dispatch/failure';
import { loadEngineInExtensionPage } from '../../lib/extension-pages/load-converter';
import { createHover } from '../../lib/hover/dom';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/errors';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import { hoverByDefault, traditionalTarget } from '../../lib/settings';
import type { ConverterEngine } from '../../lib/tab/converter-registry';
import type { Clipping, Target } from '../../lib/types';
import { openVocabularyDb, type VocabularyDb } from '../../lib/vocabulary/db';
import '../../components/styles/clippings-page.css';

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

interface Notice {
  text: string;
  undo?: Clipping[];
}

const listHeight = (): number => Math.max(ROW_HEIGHT * 3, window.innerHeight - 250);

function ClippingsPage() {
  useLocale(); // re-render in the new language when the setting changes
  const [filter, setFilter] = useState<ClippingFilter>({});
  const [ids, setIds] = useState<number[] | null>(null);
  const cache = useRef(new Map<number, Clipping>());
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [facetList, setFacets] = useState<{ sites: string[]; tags: string[] }>({ sites: [], tags: [] });
  const [open, setOpen] = useState<Clipping | null>(null);
  // The reading view gets the same hover glossary as web pages (lookups go to the background).
  const hover = useMemo(() => createHover(document), []);
  useEffect(() => {
    if (!open) {
      hover.setEnabled(false);
      return;
    }
    void hoverByDefault.getValue().then((on) => hover.setEnabled(on));
  }, [open, hover]);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [readerNotice, setReaderNotice] = useState<string | null>(null);
  const [script, setScript] = useState<ScriptChoice>('original');
  const [traditional, setTraditional] = useState<Target>('tw');
  const [height, setHeight] = useState(listHeight);
  const [persistent, setPersistent] = useState(true);
  const firstRows = useRef(false);
  // OpenCC's tables load only when a reader first asks for the other script: the list opens fast.
  const [engine, setEngine] = useState<ConverterEngine | null>(null);
  useEffect(() => {
    if (script !== 'original' && !engine) {
      loadEngineInExtensionPage(
        document,
        browser.runtime.getURL('/converter.js'),
        browser.runtime.getURL('/convert/lexicon.bin'),
      ).then(setEngine, (error: unknown) =>
        setReaderNotice(t('error', { message: errorText(errorOf(error)) })),
      );
    }
  }, [script, engine]);

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
    void traditionalTarget.getValue().then(setTraditional);
    // Ask once for storage the browser will not evict under pressure; say so plainly if refused.
    void navigator.storage?.persist?.().then(setPersistent, () => setPersistent(false));
    const onResize = () => setHeight(listHeight());
    window.addEventListener('resize', onResize);
    const id = Number(new URLSearchParams(location.search).get('id'));
    if (Number.isInteger(id) && id > 0)
      void getClipping(db, id).then((c) => {
        if (c) setScript(openingScript(c)); // in the script the user was reading when saving
        setOpen(c ?? null);
      });
    const onPop = () => {
      const again = Number(new URLSearchParams(location.search).get('id'));
      if (!again) setOpen(null);
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('resize', onResize);
      window.removeEventListener('popstate', onPop);
    };
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

  const terms = useMemo(() => parseQuery(filter.query ?? '').terms, [filter.query]);

  const forget = (records: Clipping[]) => {
    for (const r of records) cache.current.delete(r.id);
  };

  const remove = async (targets: number[]) => {
    try {
      const removed = await deleteClippings(db, targets);
      forget(removed);
      searchCache.invalidate();
      setSelected(new Set());
      setOpen(null);
      history.replaceState(null, '', location.pathname);
      setNotice({ text: t('deletedCount', { n: removed.length }), undo: removed });
      await refresh(filter);
    } catch (error) {
      setNotice({ text: t('error', { message: storageErrorMessage(error) }) });
    }
  };

  const undoDelete = async (records: Clipping[]) => {
    await putClippings(db, records);
    searchCache.invalidate();
    setNotice({ text: t('toastUndone') });
    await refresh(filter);
  };

  const exportAs = async (format: ExportFormat, selectedOnly: boolean) => {
    const file = await buildExport(db, format, selectedOnly ? [...selected] : undefined, vocabularyDb());
    download(file.name, file.content, file.type);
  };

  const openClipping = (id: number): void => {
    void getClipping(db, id).then((c) => {
      setReaderNotice(null);
      if (c) setScript(openingScript(c)); // in the script the user was reading when saving
      setOpen(c ?? null);
      history.pushState(null, '', `?id=${id}`);
    });
  };

  if (open) {
    document.title = `${open.title} — ${t('appName')}`;
    const convert =
      script === 'original' || !engine
        ? (s: string) => s
        : engine.createTextConverter('auto', script === 'hans' ? 'cn' : traditional, open.script);
    const clean = open.html ? sanitizeHtml(open.html, window) : null; // again, at display
    const html = clean
      ? script === 'original' || !engine
        ? clean
        : convertHtml(document, clean, convert)
      : null;
    return (
      <main onKeyDown={(e) => e.key === 'Escape' && history.back()}>
        <ClippingReader
          clipping={open}
          show={convert}
          html={html}
          script={script}
          notice={readerNotice}
          onScript={setScript}
          onSaveAnnotations={(note, tags) => {
            void updateAnnotations(db, open.id, { note, tags }).then(
              (next) => {
                cache.current.set(next.id, next);
                setOpen(next);
                setReaderNotice(t('annotationsSaved'));
              },
              (error: unknown) => setReaderNotice(t('error', { message: storageErrorMessage(error) })),
            );
          }}
          onDelete={() => void remove([open.id])}
          onExportMarkdown={() => exportOneMarkdown(open)}
          onBack={() => {
            setOpen(null);
            history.pushState(null, '', location.pathname);
            void refresh(filter);
          }}
        />
      </main>
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
        onExport={(format, selectedOnly) => void exportAs(format, selectedOnly)}
        onImport={(file) =>
          void file.text().then(async (text) => {
            const result = await importFile(db, text, vocabularyDb());
            setNotice({ text: result.message });
            cache.current.clear();
            searchCache.reset();
            await refresh(filter);
          })
        }
      />
      {notice && (
        <p class="notice" role="status" data-testid="notice">
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" onClick={() => void undoDelete(notice.undo!)}>
              {t('undo')}
            </button>
          )}
        </p>
      )}
      {ids && ids.length === 0 && !filter.query && !filter.site && !filter.tag && !filter.kind ? (
        <p class="empty">{t('noClippings')}</p>
      ) : (
        ids && (
          <ClippingsVirtualList
            ids={ids}
            row={(id) => cache.current.get(id)}
            need={need}
            terms={terms}
            selected={selected}
            height={height}
            onToggle={(id) => {
              const next = new Set(selected);
              if (!next.delete(id)) next.add(id);
              setSelected(next);
            }}
            onOpen={openClipping}
          />
        )
      )}
    </main>
  );
}

// The language is read before the first render (a few ms), so the page never flashes English.
void initLocale({ document }).finally(() => render(<ClippingsPage />, document.getElementById('app')!));
