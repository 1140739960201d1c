import { useEffect, useRef, useState } from 'preact/hooks';
import { highlightSegments, snippet } from '../lib/clippings/display';
import { t } from '../lib/i18n';
import type { Clipping } from '../lib/types';
import { listKeyTarget, scrollTopShowing } from './list-keys';

export const ROW_HEIGHT = 92;
const OVERSCAN = 6;

export interface ClippingsVirtualListProps {
  ids: number[];
  /** The loaded record for an id, or undefined while it loads. */
  row: (id: number) => Clipping | undefined;
  /** Asks the page to load these rows (it re-renders when they arrive). */
  need: (ids: number[]) => void;
  terms: string[];
  selected: ReadonlySet<number>;
  onToggle: (id: number) => void;
  onOpen: (id: number) => void;
  /** Height of the scrolling viewport in px. */
  height: number;
}

function Marked({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>{highlightSegments(text, terms).map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : s.text))}</>
  );
}

/** A loaded row: its checkbox and the button that opens it, search terms marked. */
function ClippingRow(props: {
  clipping: Clipping;
  terms: string[];
  selected: boolean;
  onToggle: () => void;
  onOpen: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}) {
  const { clipping: c, terms } = props;
  return (
    <>
      <input
        type="checkbox"
        checked={props.selected}
        aria-label={t('selectClipping', { title: c.title || c.url })}
        onChange={props.onToggle}
        onKeyDown={(e) => props.onKeyDown(e)}
      />
      <button
        type="button"
        class="open clipping"
        onClick={props.onOpen}
        onKeyDown={(e) => props.onKeyDown(e)}
      >
        <span class="title" lang={c.script}>
          <Marked text={c.title || c.url} terms={terms} />
        </span>
        <span class="meta">
          {[
            c.kind === 'selection' ? t('kindSelection') : t('kindArticle'),
            c.site,
            c.published?.slice(0, 10),
            t('savedAt', { date: new Date(c.savedAt).toLocaleString() }),
            c.tags.length ? `#${c.tags.join(' #')}` : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <span class="excerpt" lang={c.script}>
          <Marked text={snippet(c.note ? `${c.text} — ${c.note}` : c.text, terms)} terms={terms} />
        </span>
      </button>
    </>
  );
}

/** Newest first, windowed: only the rows in view (and a few around) are in the DOM, so 10,000
 *  clippings scroll like 20. Arrow keys move between rows; Enter opens; Space selects. */
export function ClippingsVirtualList(props: ClippingsVirtualListProps) {
  const { ids, row, need, terms, selected, height } = props;
  const [scrollTop, setScrollTop] = useState(0);
  const viewport = useRef<HTMLDivElement>(null);
  const focusIndex = useRef<number | null>(null);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(ids.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const visible = ids.slice(first, last);
  const missing = visible.filter((id) => !row(id));

  useEffect(() => {
    if (missing.length) need(missing);
  }, [missing.join(',')]);

  useEffect(() => {
    // After a keyboard move rendered a new window, focus the row the keys moved to.
    const i = focusIndex.current;
    if (i === null) return;
    const el = viewport.current?.querySelector<HTMLElement>(`[data-index="${i}"] .open`);
    if (el) {
      el.focus();
      focusIndex.current = null;
    }
  });

  const moveTo = (index: number) => {
    const i = Math.max(0, Math.min(ids.length - 1, index));
    const box = viewport.current;
    if (!box) return;
    box.scrollTop = scrollTopShowing(i, ROW_HEIGHT, box.scrollTop, height);
    focusIndex.current = i;
    setScrollTop(box.scrollTop);
  };

  const onKeyDown = (e: KeyboardEvent, index: number) => {
    const to = listKeyTarget(e.key, index, Math.floor(height / ROW_HEIGHT), ids.length);
    if (to === undefined) return;
    e.preventDefault();
    moveTo(to);
  };

  if (ids.length === 0) return <p class="empty">{t('noMatches')}</p>;
  return (
    <div
      class="viewport"
      ref={viewport}
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      data-testid="clipping-list"
    >
      <ul class="clippings" style={{ height: `${ids.length * ROW_HEIGHT}px` }}>
        {visible.map((id, k) => {
          const index = first + k;
          const c = row(id);
          return (
            <li
              key={id}
              class="row"
              data-index={index}
              aria-setsize={ids.length}
              aria-posinset={index + 1}
              data-id={id}
              style={{ top: `${index * ROW_HEIGHT}px`, height: `${ROW_HEIGHT}px` }}
            >
              {c ? (
                <ClippingRow
                  clipping={c}
                  terms={terms}
                  selected={selected.has(id)}
                  onToggle={() => props.onToggle(id)}
                  onOpen={() => props.onOpen(id)}
                  onKeyDown={(e) => onKeyDown(e, index)}
                />
              ) : (
                <span class="loading" aria-hidden="true" />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
