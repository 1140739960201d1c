import { render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { stateLabel, VocabularyList, WORD_ROW_HEIGHT } from '../../components/VocabularyList';
import { VocabularyToolbar } from '../../components/VocabularyToolbar';
import { WordDetail } from '../../components/WordDetail';
import { callBackground } from '../../lib/client';
import { type ClippingsDb, openClippingsDb } from '../../lib/clippings/db';
import { currentLocale, t } from '../../lib/i18n';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import { HSK_PATH, loadHsk } from '../../lib/vocabulary/background';
import { fillClippings } from '../../lib/vocabulary/context-clipping';
import {
  addWord,
  contextsOf,
  deleteWords,
  listWords,
  markKnown,
  newestWords,
  openVocabularyDb,
  restoreWordStates,
  restoreWords,
  setWordStates,
  updateWord,
  type WordsSnapshot,
} from '../../lib/vocabulary/db';
import { parseKnownWords } from '../../lib/vocabulary/import-known';
import {
  createWordSearch,
  dueIndex,
  filterWords,
  NO_FILTERS,
  sitesOf,
  type WordFilters,
  type WordSearch,
} from '../../lib/vocabulary/query';
import { dueCounts } from '../../lib/vocabulary/review';
import { readReviewSettings, vocabularyChanged } from '../../lib/vocabulary/settings';
import type { Word, WordContext, WordEntryInput, WordState } from '../../lib/vocabulary/types';
import { flushQueued, sendToAnki } from './anki-connect';
import { ankiFile, ankiNotes, downloadAnki, downloadBackup, knownErrors, restoreBackup } from './files';
import '../../components/styles/clippings-page.css';
import '../../components/styles/vocabulary-page.css';

// An extension page: same origin as the background, so it reads the vocabulary database directly and
// bumps the change counter after each write (open tabs and pages refresh from it).
const db = openVocabularyDb();
const hsk = loadHsk(browser.runtime.getURL(HSK_PATH));
let clippings: ClippingsDb | undefined;
const touched = (): Promise<void> => vocabularyChanged.setValue(Date.now());
// The newest words, read from the addedAt index as the page loads, drawn before the whole list is read.
const firstPage = newestWords(db, 40).catch(() => []);

// The list the bench's searches run over, read once (as the page keeps its list between keystrokes).
let searchList: WordSearch | undefined;
// The bench and the end-to-end tests drive the page's own code through this handle (only this
// extension's scripts can reach an extension page's globals); compiled out of release builds.
if (__WENZHAI_TEST_HOOKS__)
  Object.assign(globalThis, {
    wenzhaiVocabulary: {
      db,
      addWord,
      setWordStates,
      listWords,
      ankiFile,
      touched,
      /** Milliseconds a search takes over every word, as the page filters (for the bench). */
      timeSearch: async (query: string): Promise<{ ms: number; found: number }> => {
        searchList ??= createWordSearch(await listWords(db));
        const t0 = performance.now();
        const found = searchList.filter({ ...NO_FILTERS, query }).length;
        return { ms: performance.now() - t0, found };
      },
    },
  });

type Undo =
  | { kind: 'delete'; snapshot: WordsSnapshot }
  | { kind: 'states'; previous: { id: number; state: WordState }[] };
interface Notice {
  text: string;
  lines?: string[];
  undo?: Undo;
}

const listHeight = (): number => Math.max(WORD_ROW_HEIGHT * 4, window.innerHeight - 330);

/** A dictionary entry for an imported word (so it has pinyin and meanings), or the bare word. */
async function entryFor(word: string, traditional: string | null): Promise<WordEntryInput> {
  const answer = await callBackground('lookup', { text: word });
  const hit = answer.ok
    ? answer.value.entries.find((e) => e.simplified === word || e.traditional === word)
    : undefined;
  if (hit)
    return {
      simplified: hit.simplified,
      traditional: hit.traditional,
      pinyin: hit.pinyin,
      definitions: hit.definitions,
    };
  return { simplified: word, traditional: traditional ?? word, pinyin: '', definitions: [] };
}

/** The words, their due dates and count, the list's height, and `reload`: read at start, again on
 *  every vocabulary change. `onQueuedNotice` reports words sent to Anki from its queue. */
function useVocabularyData(onQueuedNotice: (text: string) => void) {
  const [words, setWords] = useState<Word[] | null>(null);
  const [due, setDue] = useState<Map<number, number>>(new Map());
  const [dueCount, setDueCount] = useState(0);
  const [height, setHeight] = useState(listHeight);
  const firstRows = useRef(false);

  const reload = useCallback(async () => {
    const [all, cards, settings] = await Promise.all([
      listWords(db),
      db.cards.toArray(),
      readReviewSettings(),
    ]);
    setWords(all);
    setDue(dueIndex(cards));
    // Fold every word for search now, before the first keystroke (query.ts caches it per record).
    setTimeout(() => filterWords(all, { ...NO_FILTERS, query: '\u0000' }), 50);
    const counts = await dueCounts(db, settings);
    setDueCount(counts.new + counts.review);
  }, []);

  useEffect(() => {
    void firstPage.then((rows) => setWords((current) => current ?? rows));
    // Words queued for Anki while it was closed go now (when the user has turned AnkiConnect on).
    void flushQueued().then(
      (text) => text && onQueuedNotice(text),
      () => undefined,
    );
    void reload();
    const unwatch = vocabularyChanged.watch(() => void reload());
    const onResize = () => setHeight(listHeight());
    window.addEventListener('resize', onResize);
    return () => {
      unwatch();
      window.removeEventListener('resize', onResize);
    };
  }, [reload]);

  useLayoutEffect(() => {
    if (!firstRows.current && words) {
      firstRows.current = true;
      performance.mark('wenzhai-first-rows');
    }
  });

  return { words, due, dueCount, height, reload };
}

/** Marks the words of a list file as known: the notice to show, and whether the database changed
 *  (nothing is written when any row is refused). */
async function importKnownWords(
  file: File,
  column: number,
  header: boolean,
): Promise<{ notice: Notice; changed: boolean }> {
  const parsed = parseKnownWords(await file.text(), { column, header });
  if (parsed.errors.length > 0)
    return {
      notice: { text: t('importKnownRejected', { n: parsed.errors.length }), lines: knownErrors(parsed) },
      changed: false,
    };
  const entries: WordEntryInput[] = [];
  for (let i = 0; i < parsed.words.length; i += 50) {
    const chunk = parsed.words.slice(i, i + 50);
    entries.push(...(await Promise.all(chunk.map((w) => entryFor(w.word, w.traditional)))));
  }
  const index = await hsk();
  const result = await markKnown(db, entries, (w) => index?.get(w));
  return {
    notice: { text: t('importKnownDone', { n: result.created.length + result.changed.length }) },
    changed: true,
  };
}

/** The last action's message, its undo button, and any refused lines. */
function NoticeBar({ notice, onUndo }: { notice: Notice; onUndo: (undo: Undo) => void }) {
  return (
    <div class="notice" role="status" data-testid="notice">
      {notice.text}{' '}
      {notice.undo && (
        <button type="button" onClick={() => onUndo(notice.undo!)}>
          {t('undo')}
        </button>
      )}
      {notice.lines && (
        <ul class="notice-list">
          {notice.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Title and the links to review (with what is due) and to the clippings. */
function VocabularyHeader({ dueCount }: { dueCount: number }) {
  return (
    <div class="top">
      <h1>{t('vocabularyTitle')}</h1>
      <a href={browser.runtime.getURL('/review.html')} data-testid="open-review">
        {t('vocabularyOpenReview', { n: dueCount })}
      </a>
      <a href={browser.runtime.getURL('/clippings.html')}>{t('vocabularyOpenClippings')}</a>
    </div>
  );
}

/** One word opened: its detail, Escape closes. State changes and edits are written here and bump
 *  the change counter; the page is told to re-read the word or shown the saved one. */
function OpenWordView(props: {
  open: { word: Word; contexts: WordContext[] };
  traditionalFirst: boolean;
  notice: string | null;
  onReopen: (id: number) => void;
  onSaved: (word: Word) => void;
  onDelete: () => void;
  onClose: () => void;
}) {
  const { open } = props;
  return (
    <main onKeyDown={(e) => e.key === 'Escape' && props.onClose()}>
      <WordDetail
        word={open.word}
        contexts={open.contexts}
        traditionalFirst={props.traditionalFirst}
        notice={props.notice}
        clippingHref={(id) => browser.runtime.getURL(`/clippings.html?id=${id}` as '/clippings.html')}
        onState={(state) =>
          void setWordStates(db, [open.word.id], state).then(async () => {
            await touched();
            props.onReopen(open.word.id);
          })
        }
        onSave={(changes) =>
          void updateWord(db, open.word.id, changes).then(async (word) => {
            await touched();
            props.onSaved(word);
          })
        }
        onDelete={props.onDelete}
        onClose={props.onClose}
      />
    </main>
  );
}

/** The selection with `id` added, or removed when it was there. */
function toggled(selected: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The list's writes that end in a notice: each bumps the change counter and re-reads the list. */
function noticedActions(setNotice: (notice: Notice) => void, reload: () => Promise<void>) {
  return {
    changeStates: async (ids: number[], state: WordState) => {
      const previous = await setWordStates(db, ids, state);
      await touched();
      setNotice({
        text: t('changedWords', { n: ids.length, state: stateLabel(state) }),
        undo: { kind: 'states', previous },
      });
      await reload();
    },
    undo: async (u: Undo) => {
      if (u.kind === 'delete') await restoreWords(db, u.snapshot);
      else await restoreWordStates(db, u.previous);
      await touched();
      setNotice({ text: t('toastUndone') });
      await reload();
    },
    importKnown: async (file: File, column: number, header: boolean) => {
      const outcome = await importKnownWords(file, column, header);
      if (outcome.changed) await touched();
      setNotice(outcome.notice);
      if (outcome.changed) await reload();
    },
    restore: async (file: File) => {
      const text = await file.text();
      setNotice({ text: await restoreBackup(db, text) });
      await touched();
      await reload();
    },
  };
}

function VocabularyPage() {
  useLocale();
  const traditionalFirst = currentLocale() === 'zh-Hant';
  const [filters, setFilters] = useState<WordFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [open, setOpen] = useState<{ word: Word; contexts: WordContext[] } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [detailNotice, setDetailNotice] = useState<string | null>(null);
  const { words, due, dueCount, height, reload } = useVocabularyData((text) => setNotice({ text }));

  // Built once per list: each keystroke then scans pre-sorted, pre-folded words (query.ts).
  const search = useMemo(() => createWordSearch(words ?? [], (id) => due.get(id)), [words, due]);
  const shown = useMemo(() => search.filter(filters), [search, filters]);
  const sites = useMemo(() => sitesOf(words ?? []), [words]);

  const openWord = async (id: number) => {
    const word = await db.words.get(id);
    if (!word) return;
    setDetailNotice(null);
    // A sentence saved before its page was gets its clipping now (lib/vocabulary/context-clipping.ts).
    clippings ??= openClippingsDb();
    setOpen({ word, contexts: await fillClippings(db, clippings, await contextsOf(db, id)) });
  };

  const remove = async (ids: number[]) => {
    const snapshot = await deleteWords(db, ids);
    await touched();
    setSelected(new Set());
    setOpen(null);
    setNotice({ text: t('deletedWords', { n: snapshot.words.length }), undo: { kind: 'delete', snapshot } });
    await reload();
  };

  const actions = noticedActions(setNotice, reload);

  if (open) {
    document.title = `${open.word.simplified} — ${t('vocabularyTitle')}`;
    return (
      <OpenWordView
        open={open}
        traditionalFirst={traditionalFirst}
        notice={detailNotice}
        onReopen={(id) => void openWord(id)}
        onSaved={(word) => {
          setOpen({ ...open, word });
          setDetailNotice(t('wordSaved'));
        }}
        onDelete={() => void remove([open.word.id])}
        onClose={() => setOpen(null)}
      />
    );
  }

  document.title = `${t('vocabularyTitle')} — ${t('appName')}`;
  return (
    <main>
      <VocabularyHeader dueCount={dueCount} />
      <VocabularyToolbar
        filters={filters}
        sites={sites}
        shown={shown.length}
        total={words?.length ?? 0}
        selectedCount={selected.size}
        onFilters={setFilters}
        onSelectAll={() => setSelected(new Set(shown.map((w) => w.id)))}
        onClearSelection={() => setSelected(new Set())}
        onMarkSelected={(state) => void actions.changeStates([...selected], state)}
        onDeleteSelected={() => void remove([...selected])}
        onExportAnki={(selectedOnly) =>
          void downloadAnki(db, selectedOnly ? shown.filter((w) => selected.has(w.id)) : (words ?? []))
        }
        onSendAnki={(selectedOnly) => {
          const chosen = selectedOnly ? shown.filter((w) => selected.has(w.id)) : (words ?? []);
          void sendToAnki(() => ankiNotes(db, chosen)).then((text) => setNotice({ text }));
        }}
        onBackup={() => void downloadBackup(db)}
        onRestore={(file) => void actions.restore(file)}
        onImportKnown={(file, column, header) => void actions.importKnown(file, column, header)}
      />
      {notice && <NoticeBar notice={notice} onUndo={(u) => void actions.undo(u)} />}
      {words && words.length === 0 ? (
        <p class="empty">{t('vocabularyEmpty')}</p>
      ) : (
        words && (
          <VocabularyList
            words={shown}
            traditionalFirst={traditionalFirst}
            selected={selected}
            height={height}
            onToggle={(id) => setSelected(toggled(selected, id))}
            onOpen={(id) => void openWord(id)}
          />
        )
      )}
    </main>
  );
}

void initLocale({ document }).finally(() => render(<VocabularyPage />, document.getElementById('app')!));
