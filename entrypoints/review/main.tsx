import { render } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { GRADE_LABELS, type GradeValue, ReviewCard } from '../../components/ReviewCard';
import { currentLocale, t } from '../../lib/i18n';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import { type ReadingStyle, readingStyle } from '../../lib/settings';
import { contextsOf, openVocabularyDb } from '../../lib/vocabulary/db';
import { type DueCounts, dueCounts, gradeCard, nextCard, undoLastGrade } from '../../lib/vocabulary/review';
import { readReviewSettings, vocabularyChanged } from '../../lib/vocabulary/settings';
import type { Word, WordContext } from '../../lib/vocabulary/types';
import '../../components/styles/clippings-page.css';
import '../../components/styles/vocabulary-page.css';

const db = openVocabularyDb();
// Test hook (end-to-end tests seed and read the database); compiled out of release builds.
if (__WENZHAI_TEST_HOOKS__) Object.assign(globalThis, { wenzhaiReview: { db } });

interface Current {
  word: Word;
  contexts: WordContext[];
}

/** What the key handler reads: the latest render's card, answer state and actions. */
interface LiveReview {
  current: Current | null | undefined;
  shown: boolean;
  grade: (g: GradeValue) => Promise<void>;
  undo: () => Promise<void>;
}

/** Space shows the answer, 1–4 grade, u undoes: one document key handler for the page's lifetime. */
function useReviewKeys(live: { current: LiveReview }, setShown: (shown: boolean) => void): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox') return;
      const now = live.current;
      const onCard = target?.closest('[data-testid="review-card"]') !== null;
      if (e.key === ' ' && now.current && (!now.shown || onCard)) {
        // Space only ever shows the answer: on the back, focus sits on a grade button, and Space must
        // not press it (a second Space graded "Again"). Elsewhere (Undo, the cloze box) it is theirs.
        e.preventDefault();
        if (!now.shown) {
          now.shown = true;
          setShown(true);
        }
      } else if (/^[1-4]$/.test(e.key) && now.current && now.shown) {
        e.preventDefault();
        void now.grade(Number(e.key) as GradeValue);
      } else if (e.key === 'u' || e.key === 'U') {
        e.preventDefault();
        void now.undo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}

/** Title, link to the word list, what is due, and the cloze switch. */
function ReviewHeader(props: { counts: DueCounts; cloze: boolean; onCloze: (cloze: boolean) => void }) {
  return (
    <>
      <div class="top">
        <h1>{t('reviewTitle')}</h1>
        <a href={browser.runtime.getURL('/vocabulary.html')}>{t('vocabularyTitle')}</a>
      </div>
      <p class="meta" data-testid="review-progress">
        {t('reviewProgress', { new: props.counts.new, review: props.counts.review })}
      </p>
      <label>
        <input
          type="checkbox"
          checked={props.cloze}
          onChange={(e) => props.onCloze((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('reviewCloze')}
      </label>
    </>
  );
}

/** Review by FSRS, fully by keyboard: Space shows the answer, 1–4 grade, u undoes the last grade. */
function ReviewPage() {
  useLocale();
  const [current, setCurrent] = useState<Current | null | undefined>(undefined);
  const [counts, setCounts] = useState<DueCounts>({ new: 0, review: 0 });
  const [shown, setShown] = useState(false);
  const [cloze, setCloze] = useState(false);
  const [reading, setReading] = useState<ReadingStyle>('pinyin');
  const [status, setStatus] = useState('');
  const [anyWords, setAnyWords] = useState(true);
  const busy = useRef(false);
  const main = useRef<HTMLElement>(null);

  const load = useCallback(async () => {
    const settings = await readReviewSettings();
    const item = await nextCard(db, settings);
    setCounts(await dueCounts(db, settings));
    setAnyWords((await db.words.count()) > 0);
    setShown(false);
    setCurrent(item ? { word: item.word, contexts: await contextsOf(db, item.word.id) } : null);
    performance.mark('wenzhai-next-card');
  }, []);

  useEffect(() => {
    void load();
    void readingStyle.getValue().then(setReading);
  }, [load]);

  const grade = useCallback(
    async (g: GradeValue) => {
      if (!current || busy.current) return;
      busy.current = true;
      try {
        await gradeCard(db, current.word.id, g, await readReviewSettings());
        await vocabularyChanged.setValue(Date.now());
        await load();
        setStatus(t('reviewGraded', { grade: GRADE_LABELS[g]() }));
      } finally {
        busy.current = false;
      }
    },
    [current, load],
  );

  const undo = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      if ((await undoLastGrade(db)) !== null) {
        await vocabularyChanged.setValue(Date.now());
        await load();
        setStatus(t('reviewUndone'));
      }
    } finally {
      busy.current = false;
    }
  }, [load]);

  // The key handler is installed once and reads the latest render through this ref: a handler bound in
  // an effect is re-bound only after paint, so a quick "Space, 4" reached the stale one (answer still
  // hidden) and the grade was dropped.
  const live = useRef<LiveReview>({ current, shown, grade, undo });
  live.current = { current, shown, grade, undo };
  useReviewKeys(live, setShown);

  // Keep focus on the card region so keys work after clicks, and screen readers hear the new card.
  useEffect(() => {
    if (current) main.current?.querySelector<HTMLElement>('[data-testid="review-card"] button')?.focus();
  }, [current?.word.id, shown]);

  document.title = `${t('reviewTitle')} — ${t('appName')}`;
  return (
    <main ref={main}>
      <ReviewHeader counts={counts} cloze={cloze} onCloze={setCloze} />
      {current === null && (
        <p class="empty" data-testid="review-done">
          {anyWords ? t('reviewDone', { new: counts.new, review: counts.review }) : t('reviewNothing')}
        </p>
      )}
      {current && (
        <ReviewCard
          word={current.word}
          contexts={current.contexts}
          shown={shown}
          cloze={cloze}
          traditionalFirst={currentLocale() === 'zh-Hant'}
          reading={reading}
          onShow={() => setShown(true)}
          onGrade={(g) => void grade(g)}
        />
      )}
      <p class="keys">{t('reviewKeys')}</p>
      <button type="button" onClick={() => void undo()}>
        {t('reviewUndo')}
      </button>
      <p class="visually-hidden" role="status" aria-live="polite" data-testid="review-status">
        {status}
      </p>
    </main>
  );
}

void initLocale({ document }).finally(() => render(<ReviewPage />, document.getElementById('app')!));
