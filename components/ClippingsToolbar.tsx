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

/** One labelled filter: "all" first, then the given [value, label] options. */
function FilterSelect(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        aria-label={props.label}
        value={props.value}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{t('filterAll')}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** One labelled date input; `endOfDay` makes the bound inclusive of that whole day. */
function DateFilter(props: {
  label: string;
  value: number | null | undefined;
  endOfDay: boolean;
  onChange: (value: number | null) => void;
}) {
  return (
    <label>
      {props.label}{' '}
      <input
        aria-label={props.label}
        type="date"
        value={day(props.value)}
        onChange={(e) =>
          props.onChange(parseDay((e.currentTarget as HTMLInputElement).value, props.endOfDay))
        }
      />
    </label>
  );
}

/** The site, tag, kind and date filters. */
function ClippingsFilters(props: {
  filter: ClippingFilter;
  sites: string[];
  tags: string[];
  set: (patch: Partial<ClippingFilter>) => void;
}) {
  const { filter, set } = props;
  return (
    <div class="filters">
      <FilterSelect
        label={t('filterSite')}
        value={filter.site ?? ''}
        options={props.sites.map((site) => [site, site])}
        onChange={(site) => set({ site: site || null })}
      />
      <FilterSelect
        label={t('filterTag')}
        value={filter.tag ?? ''}
        options={props.tags.map((tag) => [tag, tag])}
        onChange={(tag) => set({ tag: tag || null })}
      />
      <FilterSelect
        label={t('filterKind')}
        value={filter.kind ?? ''}
        options={[
          ['article', t('kindArticle')],
          ['selection', t('kindSelection')],
        ]}
        onChange={(kind) => set({ kind: (kind || null) as ClippingKind | null })}
      />
      <DateFilter
        label={t('filterFrom')}
        value={filter.from}
        endOfDay={false}
        onChange={(from) => set({ from })}
      />
      <DateFilter label={t('filterTo')} value={filter.to} endOfDay={true} onChange={(to) => set({ to })} />
    </div>
  );
}

/** Count, selection, export and import: the actions on many clippings. */
function ClippingsActions(props: ClippingsToolbarProps) {
  const formats: [ExportFormat, string][] = [
    ['json', t('exportJson')],
    ['markdown', t('exportMarkdown')],
    ['csv', t('exportCsv')],
  ];
  return (
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
          <button key={format} type="button" onClick={() => props.onExport(format, props.selectedCount > 0)}>
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
  );
}

/** Search, filters and the actions on many clippings. */
export function ClippingsToolbar(props: ClippingsToolbarProps) {
  const { filter, onFilter } = props;
  const set = (patch: Partial<ClippingFilter>) => onFilter({ ...filter, ...patch });
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
      <ClippingsFilters filter={filter} sites={props.sites} tags={props.tags} set={set} />
      <ClippingsActions {...props} />
    </section>
  );
}
