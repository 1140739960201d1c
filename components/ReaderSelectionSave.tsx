import { t } from '../lib/i18n';

export type SelectionSaveState =
  | { kind: 'hidden' }
  | { kind: 'offer' }
  | { kind: 'saving' }
  | { kind: 'saved' }
  | { kind: 'failed'; message: string };

export interface ReaderSelectionSaveProps {
  state: SelectionSaveState;
  onSave: () => void;
}

/** The "Save selection" offer shown while text of the article is selected, and what became of it. A
 *  press on it must not move the selection (mousedown is cancelled). */
export function ReaderSelectionSave({ state, onSave }: ReaderSelectionSaveProps) {
  if (state.kind === 'hidden') return null;
  return (
    <div class="selection-save" data-testid="reader-selection-save">
      {state.kind === 'offer' || state.kind === 'saving' ? (
        <button
          type="button"
          disabled={state.kind === 'saving'}
          onMouseDown={(e) => e.preventDefault()}
          onClick={onSave}
        >
          {t('readerSaveSelection')}
        </button>
      ) : (
        <span role="status">
          {state.kind === 'saved' ? t('saved') : t('error', { message: state.message })}
        </span>
      )}
    </div>
  );
}
