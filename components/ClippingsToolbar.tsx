import type { ClippingFilter } from '../lib/clippings/query';
import { t } from '../lib/i18n';
import type { ClippingKind } from '../lib/types';

export type ExportFormat = 'json' | 'markdown' | 'csv';

export interface ClippingsToolbarProps {
  filter: ClippingFilter;
  sites: string[];
  tags: string[];
  count: number;
  selectedCount: number;
  onFilter: (next: ClippingFilter) => void;
  onSelectAll: () => void;
  onClearSelection: () => void;
  onDeleteSelected: () => void;
  /** `selectedOnly`: export just the selected clippings. */
  onExport: (format: ExportFormat, selectedOnly: boolean) => void;
  onImport: (file: File) => void;
}

const day = (ms: number | null | undefined): string =>
  ms == null ? '' : new Date(ms).toISOString().slice(0, 10);
const parseDay = (value: string, endOfDay: boolean): number | null =>
  value ? Date.parse(`${value}T${endOfDay ? '23:59:59.999' : '00:00:00'}`) : null;

/** Search, filters and the actions on many clippings. */
export function ClippingsToolbar(props: ClippingsToolbarProps) {
  const { filter, onFilter } = props;
  const set = (patch: Partial<ClippingFilter>) => onFilter({ ...filter, ...patch });
  const formats: [ExportFormat, string][] = [
    ['json', t('exportJson')],
    ['markdown', t('exportMarkdown')],
    ['csv', t('exportCsv')],
  ];
  return (
    <section class="toolbar">
      <input
        type="search"
        class="search"
        aria-label={t('searchLabel')}
        placeholder={t('searchPlaceholder')}
        value={filter.query ?? ''}
        onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
      />
      <div class="filters">
        <label>
          {t('filterSite')}{' '}
          <select
            aria-label={t('filterSite')}
            value={filter.site ?? ''}
            onChange={(e) => set({ site: (e.currentTarget as HTMLSelectElement).value || null })}
          >
            <option value="">{t('filterAll')}</option>
            {props.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterTag')}{' '}
          <select
            aria-label={t('filterTag')}
            value={filter.tag ?? ''}
            onChange={(e) => set({ tag: (e.currentTarget as HTMLSelectElement).value || null })}
          >
            <option value="">{t('filterAll')}</option>
            {props.tags.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('filterKind')}{' '}
          <select
            aria-label={t('filterKind')}
            value={filter.kind ?? ''}
            onChange={(e) =>
              set({ kind: ((e.currentTarget as HTMLSelectElement).value || null) as ClippingKind | null })
            }
          >
            <option value="">{t('filterAll')}</option>
            <option value="article">{t('kindArticle')}</option>
            <option value="selection">{t('kindSelection')}</option>
          </select>
        </label>
        <label>
          {t('filterFrom')}{' '}
          <input
            aria-label={t('filterFrom')}
            type="date"
            value={day(filter.from)}
            onChange={(e) => set({ from: parseDay((e.currentTarget as HTMLInputElement).value, false) })}
          />
        </label>
        <label>
          {t('filterTo')}{' '}
          <input
            aria-label={t('filterTo')}
            type="date"
            value={day(filter.to)}
            onChange={(e) => set({ to: parseDay((e.currentTarget as HTMLInputElement).value, true) })}
          />
        </label>
      </div>
      <div class="actions">
        <span class="count" data-testid="result-count" role="status">
          {t('resultCount', { n: props.count.toLocaleString() })}
          {props.selectedCount > 0 && ` · ${t('selectedCount', { n: props.selectedCount })}`}
        </span>
        <button type="button" onClick={props.onSelectAll}>
          {t('selectAllShown')}
        </button>
        {props.selectedCount > 0 && (
          <>
            <button type="button" onClick={props.onClearSelection}>
              {t('clearSelection')}
            </button>
            <button type="button" class="danger" onClick={props.onDeleteSelected}>
              {t('deleteSelected')}
            </button>
          </>
        )}
        <span class="group">
          {props.selectedCount > 0 ? t('exportSelectedLabel') : t('exportLabel')}:
          {formats.map(([format, label]) => (
            <button
              key={format}
              type="button"
              onClick={() => props.onExport(format, props.selectedCount > 0)}
            >
              {label}
            </button>
          ))}
        </span>
        <label class="import">
          {t('importJson')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImport(file);
              input.value = '';
            }}
          />
        </label>
      </div>
    </section>
  );
}
