import { t } from '../lib/i18n';
import type { Clipping } from '../lib/types';

export interface ClippingListProps {
  clippings: Clipping[];
  onOpen: (id: number) => void;
}

/** Saved clippings, newest first (the caller sorts). */
export function ClippingList({ clippings, onOpen }: ClippingListProps) {
  if (clippings.length === 0) return <p class="empty">{t('noClippings')}</p>;
  return (
    <ul class="clippings" data-testid="clipping-list">
      {clippings.map((c) => (
        <li key={c.id}>
          <button type="button" class="clipping" onClick={() => onOpen(c.id)}>
            <span class="title" lang={c.script}>
              {c.title || c.url}
            </span>
            <span class="meta">
              {[
                c.site,
                c.published?.slice(0, 10),
                t('savedAt', { date: new Date(c.savedAt).toLocaleString() }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
            <span class="excerpt" lang={c.script}>
              {c.text.slice(0, 120)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
