import { useState } from 'preact/hooks';
import { t } from '../lib/i18n';
import { hsk3Label } from '../lib/vocabulary/hsk';
import type { WordFilters, WordSort } from '../lib/vocabulary/query';
import { WORD_STATES, type WordState } from '../lib/vocabulary/types';
import { stateLabel } from './VocabularyList';

export interface VocabularyToolbarProps {
  filters: WordFilters;
  sites: string[];
  shown: number;
  total: number;
  selectedCount: number;
  onFilters: (next: WordFilters) => void;
  onSelectAll: () => void;
  onClearSelection: () => void;
  onMarkSelected: (state: WordState) => void;
  onDeleteSelected: () => void;
  onExportAnki: (selectedOnly: boolean) => void;
  /** Send through AnkiConnect (opt-in: the page asks for the permission). */
  onSendAnki: (selectedOnly: boolean) => void;
  onBackup: () => void;
  onRestore: (file: File) => void;
  onImportKnown: (file: File, column: number, header: boolean) => void;
}

const day = (ms: number | null): string => (ms === null ? '' : new Date(ms).toISOString().slice(0, 10));
const parseDay = (value: string, next: boolean): number | null =>
  value ? Date.parse(`${value}T00:00:00`) + (next ? 86_400_000 : 0) : null;
const fileOf = (e: Event): File | undefined => (e.currentTarget as HTMLInputElement).files?.[0];

function Select(props: {
  label: string;
  value: string;
  options: [string, string][];
  onChange: (value: string) => void;
  testid?: string;
}) {
  return (
    <label>
      {props.label}{' '}
      <select
        value={props.value}
        data-testid={props.testid}
        onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}
      >
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** State, HSK level, site, dates and sort. */
function WordFiltersRow(props: {
  filters: WordFilters;
  sites: string[];
  set: (patch: Partial<WordFilters>) => void;
}) {
  const { filters, set } = props;
  const hskOptions: [string, string][] = [
    ['all', t('hskAll')],
    ...[1, 2, 3, 4, 5, 6, 7].map((l): [string, string] => [
      String(l),
      t('hskLevel', { level: hsk3Label(l) }),
    ]),
    ['0', t('hskNone')],
  ];
  return (
    <div class="filters">
      <Select
        label={t('wordStateLabel')}
        value={filters.state}
        testid="state-filter"
        options={[
          ['all', t('wordStateAll')],
          ...WORD_STATES.map((s): [string, string] => [s, stateLabel(s)]),
        ]}
        onChange={(v) => set({ state: v as WordFilters['state'] })}
      />
      <Select
        label={t('hskLabel')}
        value={String(filters.hsk)}
        options={hskOptions}
        onChange={(v) => set({ hsk: v === 'all' ? 'all' : Number(v) })}
      />
      <Select
        label={t('siteLabel')}
        value={filters.site}
        options={[['all', t('siteAll')], ...props.sites.map((s): [string, string] => [s, s])]}
        onChange={(v) => set({ site: v })}
      />
      <label>
        {t('addedFrom')}{' '}
        <input
          type="date"
          value={day(filters.from)}
          onChange={(e) => set({ from: parseDay((e.currentTarget as HTMLInputElement).value, false) })}
        />
      </label>
      <label>
        {t('addedTo')}{' '}
        <input
          type="date"
          value={day(filters.to === null ? null : filters.to - 86_400_000)}
          onChange={(e) => set({ to: parseDay((e.currentTarget as HTMLInputElement).value, true) })}
        />
      </label>
      <Select
        label={t('sortLabel')}
        value={filters.sort}
        options={[
          ['added', t('sortAdded')],
          ['due', t('sortDue')],
          ['frequency', t('sortFrequency')],
        ]}
        onChange={(v) => set({ sort: v as WordSort })}
      />
    </div>
  );
}

/** The count, and what can be done to the selected words. */
function SelectionActions(props: VocabularyToolbarProps) {
  const [markAs, setMarkAs] = useState<WordState>('known');
  return (
    <div class="actions">
      <span class="count" role="status" data-testid="word-count">
        {t('vocabularyCount', { shown: props.shown, total: props.total })}
        {props.selectedCount > 0 && ` · ${t('selectedWords', { n: props.selectedCount })}`}
      </span>
      <button type="button" onClick={props.onSelectAll}>
        {t('selectAllShown')}
      </button>
      {props.selectedCount > 0 && (
        <>
          <button type="button" onClick={props.onClearSelection}>
            {t('clearSelection')}
          </button>
          <span class="group">
            <Select
              label={t('markSelected')}
              value={markAs}
              options={WORD_STATES.map((s): [string, string] => [s, stateLabel(s)])}
              onChange={(v) => setMarkAs(v as WordState)}
            />
            <button type="button" onClick={() => props.onMarkSelected(markAs)}>
              {t('wordSave')}
            </button>
          </span>
          <button type="button" class="danger" onClick={props.onDeleteSelected}>
            {t('deleteSelected')}
          </button>
          <button type="button" onClick={() => props.onExportAnki(true)}>
            {t('exportAnkiSelected')}
          </button>
          <button type="button" onClick={() => props.onSendAnki(true)}>
            {t('ankiSendSelected')}
          </button>
        </>
      )}
    </div>
  );
}

/** Anki export and sending, backup and restore of all words. */
function BackupActions(props: VocabularyToolbarProps) {
  return (
    <div class="actions">
      <button type="button" onClick={() => props.onExportAnki(false)}>
        {t('exportAnki')}
      </button>
      <button type="button" onClick={() => props.onSendAnki(false)}>
        {t('ankiSend')}
      </button>
      <button type="button" onClick={props.onBackup}>
        {t('vocabularyBackup')}
      </button>
      <label class="import">
        {t('vocabularyRestore')}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => fileOf(e) && props.onRestore(fileOf(e)!)}
        />
      </label>
    </div>
  );
}

/** Import a list of known words: the file, which column holds the word, whether row 1 is a header. */
function ImportKnown(props: { onImportKnown: VocabularyToolbarProps['onImportKnown'] }) {
  const [column, setColumn] = useState(1);
  const [header, setHeader] = useState(false);
  return (
    <div class="actions">
      <label class="import">
        {t('importKnown')}
        <input
          type="file"
          accept=".txt,.csv,.tsv,text/plain,text/csv"
          data-testid="import-known"
          onChange={(e) => fileOf(e) && props.onImportKnown(fileOf(e)!, column - 1, header)}
        />
      </label>
      <label>
        {t('importKnownColumn')}{' '}
        <input
          type="number"
          min={1}
          max={50}
          value={column}
          class="narrow"
          onChange={(e) => setColumn(Math.max(1, Number((e.currentTarget as HTMLInputElement).value) || 1))}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={header}
          onChange={(e) => setHeader((e.currentTarget as HTMLInputElement).checked)}
        />{' '}
        {t('importKnownHeader')}
      </label>
    </div>
  );
}

/** Search, filters, sort and the actions on many words. */
export function VocabularyToolbar(props: VocabularyToolbarProps) {
  const { filters, onFilters } = props;
  const set = (patch: Partial<WordFilters>) => onFilters({ ...filters, ...patch });
  return (
    <div class="toolbar">
      <input
        type="search"
        class="search"
        value={filters.query}
        placeholder={t('vocabularySearch')}
        aria-label={t('vocabularySearch')}
        data-testid="word-search"
        onInput={(e) => set({ query: (e.currentTarget as HTMLInputElement).value })}
      />
      <WordFiltersRow filters={filters} sites={props.sites} set={set} />
      <SelectionActions {...props} />
      <BackupActions {...props} />
      <ImportKnown onImportKnown={props.onImportKnown} />
    </div>
  );
}
