import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { formatBytes, type StorageUsage } from '../../lib/storage-usage';
import { OptionsGroup } from './OptionsGroup';

export type DataExportFormat = 'json' | 'markdown' | 'csv';

export interface DataStatus {
  text: string;
  error?: boolean;
}

export interface DataGroupProps {
  /** Clippings stored; null while unknown. */
  count: number | null;
  /** What the browser reports; null when it does not say. */
  usage: StorageUsage | null;
  status: DataStatus | null;
  busy: boolean;
  onExport: (format: DataExportFormat) => void;
  onImport: (file: File) => void;
  /** Called only after the user has confirmed in the second step. */
  onClearAll: () => void;
}

function UsageLine({ usage }: { usage: StorageUsage | null }) {
  if (!usage) return <p data-testid="storage-used">{t('storageUnknown')}</p>;
  const used = formatBytes(usage.usage);
  return (
    <>
      <p data-testid="storage-used">
        {usage.quota > 0
          ? t('storageUsed', { used, quota: formatBytes(usage.quota) })
          : t('storageUsedNoQuota', { used })}
      </p>
      {usage.persisted === true && <p class="muted">{t('storagePersisted')}</p>}
      {usage.persisted === false && <p class="muted">{t('storageNotPersistent')}</p>}
    </>
  );
}

/** Clearing takes two steps: the first button opens a warning that names how many clippings go, and the
 *  delete button stays disabled until that number is typed (no window.confirm: it can be clicked
 *  through by habit, and it is modal for the whole browser window). */
function ClearAll({ count, busy, onConfirm }: { count: number; busy: boolean; onConfirm: () => void }) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // In the render's own task, not after the paint (useEffect): a key typed as the field appears
  // lands in it, and the focus never trails the field it belongs to.
  useLayoutEffect(() => {
    if (confirming) input.current?.focus();
  }, [confirming]);
  const close = (): void => {
    setConfirming(false);
    setTyped('');
    requestAnimationFrame(() => opener.current?.focus());
  };
  if (!confirming) {
    return (
      <p class="row">
        <button
          type="button"
          class="danger"
          ref={opener}
          disabled={busy || count === 0}
          onClick={() => setConfirming(true)}
        >
          {t('clearAllClippings')}
        </button>
      </p>
    );
  }
  const matches = typed.trim() === String(count);
  return (
    <fieldset class="confirm" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <legend class="warning-text">{t('clearAllWarning', { n: count })}</legend>
      <p class="hint">{t('clearAllKeepsVocabulary')}</p>
      <p class="row">
        <label>
          {t('clearAllTypeCount', { n: count })}{' '}
          <input
            ref={input}
            name="clearAllCount"
            inputMode="numeric"
            autoComplete="off"
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
        </label>
      </p>
      <p class="row buttons">
        <button
          type="button"
          class="danger solid"
          disabled={!matches || busy}
          onClick={() => {
            setConfirming(false);
            setTyped('');
            onConfirm();
            // The panel goes away with the focused button: keep the keyboard in the group, on its heading
            // (the outcome is announced by the status line below).
            requestAnimationFrame(() => document.getElementById('data-title')?.focus());
          }}
        >
          {t('clearAllConfirm', { n: count })}
        </button>
        <button type="button" onClick={close}>
          {t('clearAllCancel')}
        </button>
      </p>
    </fieldset>
  );
}

/** Data: the clippings backup (export / import, the review page's own formats), the storage the browser
 *  reports, and clearing everything behind an explicit confirmation. */
export function DataGroup({ count, usage, status, busy, onExport, onImport, onClearAll }: DataGroupProps) {
  return (
    <OptionsGroup id="data" title={t('groupData')} intro={t('dataIntro')}>
      <p data-testid="clippings-count">{count === null ? '…' : t('clippingsStored', { n: count })}</p>
      <UsageLine usage={usage} />
      <fieldset class="row">
        <legend>{t('exportLabel')}</legend>
        <button type="button" disabled={busy || !count} onClick={() => onExport('json')}>
          {t('exportJson')}
        </button>{' '}
        <button type="button" disabled={busy || !count} onClick={() => onExport('markdown')}>
          {t('exportMarkdown')}
        </button>{' '}
        <button type="button" disabled={busy || !count} onClick={() => onExport('csv')}>
          {t('exportCsv')}
        </button>
      </fieldset>
      <p class="row">
        <label>
          {t('importJson')}{' '}
          <input
            type="file"
            name="importClippings"
            accept=".json,application/json"
            disabled={busy}
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (file) onImport(file);
              e.currentTarget.value = '';
            }}
          />
        </label>
      </p>
      <ClearAll count={count ?? 0} busy={busy} onConfirm={onClearAll} />
      <p
        class={status?.error ? 'status error' : 'status'}
        role="status"
        aria-live="polite"
        data-testid="data-status"
      >
        {status?.text ?? ''}
      </p>
    </OptionsGroup>
  );
}
