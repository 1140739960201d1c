import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { hsk3Label } from '../lib/vocabulary/hsk';
import type { Word, WordState } from '../lib/vocabulary/types';

export const WORD_ROW_HEIGHT = 64;
const OVERSCAN = 8;

export interface VocabularyListProps {
  words: readonly Word[];
  /** The script the reader reads in: which form is shown first. */
  traditionalFirst: boolean;
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
  height: number;
}

export const stateLabel = (state: WordState): string =>
  ({
    new: t('wordStateNew'),
    learning: t('wordStateLearning'),
    known: t('wordStateKnown'),
    ignored: t('wordStateIgnored'),
  })[state];

/** Both forms, the reader's script first; one form when they are the same. */
export function headword(word: Pick<Word, 'simplified' | 'traditional'>, traditionalFirst: boolean): string {
  const [a, b] = traditionalFirst ? [word.traditional, word.simplified] : [word.simplified, word.traditional];
  return a && b && a !== b ? `${a} 〔${b}〕` : a || b;
}

/** Windowed like the clippings list (components/ClippingsVirtualList.tsx): only the rows in view are
 *  in the DOM, so 20,000 words scroll like 20. Arrow keys, Page Up/Down, Home/End move; Enter opens. */
export function VocabularyList(props: VocabularyListProps) {
  const { words, selected, height } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  const focusIndex = useRef<number | null>(null);

  const first = Math.max(0, Math.floor(scrollTop / WORD_ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(words.length, Math.ceil((scrollTop + height) / WORD_ROW_HEIGHT) + OVERSCAN);

  useEffect(() => {
    const i = focusIndex.current;
    if (i === null) return;
    const el = viewport.current?.querySelector<HTMLElement>(`[data-index="${i}"] .open`);
    if (el) {
      el.focus();
      focusIndex.current = null;
    }
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(words.length - 1, index));
    const box = viewport.current;
    if (!box) return;
    if (i * WORD_ROW_HEIGHT < box.scrollTop) box.scrollTop = i * WORD_ROW_HEIGHT;
    else if ((i + 1) * WORD_ROW_HEIGHT > box.scrollTop + height)
      box.scrollTop = (i + 1) * WORD_ROW_HEIGHT - height;
    focusIndex.current = i;
    setScrollTop(box.scrollTop);
  };

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const page = Math.floor(height / WORD_ROW_HEIGHT);
    const keys: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: words.length - 1,
    };
    const to = keys[e.key];
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  };

  if (words.length === 0) return <p class="empty">{t('noWordsMatch')}</p>;
  return (
    <div
      class="viewport"
      ref={viewport}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      data-testid="word-list"
    >
      <ul class="clippings" style={{ height: `${words.length * WORD_ROW_HEIGHT}px` }}>
        {words.slice(first, last).map((w, k) => {
          const index = first + k;
          const head = headword(w, props.traditionalFirst);
          return (
            <li
              key={w.id}
              class="row word-row"
              data-index={index}
              data-id={w.id}
              data-state={w.state}
              aria-setsize={words.length}
              aria-posinset={index + 1}
              style={{ top: `${index * WORD_ROW_HEIGHT}px`, height: `${WORD_ROW_HEIGHT}px` }}
            >
              <input
                type="checkbox"
                checked={selected.has(w.id)}
                aria-label={t('selectWord', { word: head })}
                onChange={() => props.onToggle(w.id)}
                onKeyDown={(e) => onKeyDown(e, index)}
              />
              <button
                type="button"
                class="open clipping"
                onClick={() => props.onOpen(w.id)}
                onKeyDown={(e) => onKeyDown(e, index)}
              >
                <span class="title">
                  <span lang={props.traditionalFirst ? 'zh-Hant' : 'zh-Hans'}>{head}</span>{' '}
                  <span class="pinyin">{w.pinyin}</span>
                </span>
                <span class="meta">
                  {[
                    stateLabel(w.state),
                    w.hsk3 ? t('hskLevel', { level: hsk3Label(w.hsk3) }) : '',
                    w.frequency ? t('frequencyRank', { rank: w.frequency }) : '',
                    w.definitions.slice(0, 3).join('; '),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
