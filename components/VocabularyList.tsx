import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { hsk3Label } from '../lib/vocabulary/hsk';
import type { Word, WordState } from '../lib/vocabulary/types';
import { listKeyTarget, scrollTopShowing } from './list-keys';

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

/** One word: its checkbox and the button that opens it. */
function WordRow(props: {
  word: Word;
  index: number;
  setSize: number;
  traditionalFirst: boolean;
  selected: boolean;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
  onKeyDown: (e: KeyboardEvent, index: number) => void;
}) {
  const { word } = props;
  const head = headword(word, props.traditionalFirst);
  return (
    <li
      class="row word-row"
      data-index={props.index}
      data-id={props.word.id}
      data-state={word.state}
      aria-setsize={props.setSize}
      aria-posinset={props.index + 1}
      style={{ top: `${props.index * WORD_ROW_HEIGHT}px`, height: `${WORD_ROW_HEIGHT}px` }}
    >
      <input
        type="checkbox"
        checked={props.selected}
        aria-label={t('selectWord', { word: head })}
        onChange={() => props.onToggle(props.word.id)}
        onKeyDown={(e) => props.onKeyDown(e, props.index)}
      />
      <button
        type="button"
        class="open clipping"
        onClick={() => props.onOpen(props.word.id)}
        onKeyDown={(e) => props.onKeyDown(e, props.index)}
      >
        <span class="title">
          <span lang={props.traditionalFirst ? 'zh-Hant' : 'zh-Hans'}>{head}</span>{' '}
          <span class="pinyin">{word.pinyin}</span>
        </span>
        <span class="meta">
          {[
            stateLabel(word.state),
            word.hsk3 ? t('hskLevel', { level: hsk3Label(word.hsk3) }) : '',
            word.frequency ? t('frequencyRank', { rank: word.frequency }) : '',
            word.definitions.slice(0, 3).join('; '),
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
      </button>
    </li>
  );
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
    box.scrollTop = scrollTopShowing(i, WORD_ROW_HEIGHT, box.scrollTop, height);
    focusIndex.current = i;
    setScrollTop(box.scrollTop);
  };

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const to = listKeyTarget(e.key, index, Math.floor(height / WORD_ROW_HEIGHT), words.length);
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
          return (
            <WordRow
              key={w.id}
              word={w}
              index={index}
              setSize={words.length}
              traditionalFirst={props.traditionalFirst}
              selected={selected.has(w.id)}
              onToggle={props.onToggle}
              onOpen={props.onOpen}
              onKeyDown={onKeyDown}
            />
          );
        })}
      </ul>
    </div>
  );
}
