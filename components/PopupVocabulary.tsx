import { t } from '../lib/i18n';

/** The popup's vocabulary line: how many words are due, and a link to the vocabulary page. */
export function PopupVocabulary({ due, onOpen }: { due: number | null; onOpen: () => void }) {
  return (
    <p class="popup vocabulary-due" data-testid="popup-vocabulary">
      {due !== null && due > 0 && <span>{t('popupDue', { n: due })} · </span>}
      <button type="button" class="link" onClick={onOpen}>
        {t('popupOpenVocabulary')}
      </button>
    </p>
  );
}
