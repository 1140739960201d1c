import { useLayoutEffect, useRef } from 'preact/hooks';
import type { UserTermInput } from '../lib/glossary/user-term';
import { t } from '../lib/i18n';

export interface UserGlossaryFormProps {
  initial: UserTermInput;
  /** Row id when editing an existing term. */
  id?: number;
  error?: string;
  onSubmit: (term: UserTermInput, id?: number) => void;
  onCancel: () => void;
  onDelete?: (id: number) => void;
  /** Focus the first field when shown (the hover card's keyboard flow). */
  autoFocus?: boolean;
}

/** Add or edit one of the user's terms. Plain form: Tab moves between fields, Enter saves, Esc cancels. */
export function UserGlossaryForm({
  initial,
  id,
  error,
  onSubmit,
  onCancel,
  onDelete,
  autoFocus,
}: UserGlossaryFormProps) {
  const first = useRef<HTMLInputElement>(null);
  // In the commit, not after the next paint (useEffect): keys typed as the form appears (Tab, Tab,
  // the definition) must already land in its fields, not in the page behind it.
  useLayoutEffect(() => {
    if (autoFocus) first.current?.focus();
  }, [autoFocus]);
  const submit = (event: Event): void => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const value = (name: string): string =>
      (form.elements.namedItem(name) as HTMLInputElement | HTMLTextAreaElement | null)?.value ?? '';
    onSubmit(
      { term: value('term'), pinyin: value('pinyin'), definition: value('definition'), note: value('note') },
      id,
    );
  };
  return (
    <form
      class="user-term-form"
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div class="form-title">{id === undefined ? t('userTermTitleAdd') : t('userTermTitleEdit')}</div>
      <label>
        {t('userTermTerm')}
        <input ref={first} name="term" lang="zh" required maxLength={16} value={initial.term} />
      </label>
      <label>
        {t('userTermPinyin')}
        <input name="pinyin" maxLength={120} value={initial.pinyin} />
      </label>
      <label>
        {t('userTermDefinition')}
        <input name="definition" required maxLength={1000} value={initial.definition} />
      </label>
      <label>
        {t('userTermNote')}
        <textarea name="note" rows={2} maxLength={2000} value={initial.note} />
      </label>
      {error && (
        <div class="form-error" role="alert">
          {error}
        </div>
      )}
      <div class="form-buttons">
        <button type="submit">{t('userTermSave')}</button>
        <button type="button" onClick={onCancel}>
          {t('userTermCancel')}
        </button>
        {id !== undefined && onDelete && (
          <button type="button" class="danger" onClick={() => onDelete(id)}>
            {t('userTermDelete')}
          </button>
        )}
      </div>
    </form>
  );
}
