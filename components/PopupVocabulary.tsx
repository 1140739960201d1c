import { t } from '../lib/i18n';

export interface PopupVocabularyProps {
  due: number | null;
  onOpen: () => void;
  /** The colouring switch's state (null until read); absent where the popup has no tab. */
  colouring?: boolean | null;
  onToggleColouring?: () => void;
  /** "known 87 % · 42 new words · HSK 4–5" for the detected article, when there is one. */
  estimate?: string | null;
}

/** The popup's vocabulary part: the article's estimate, the colouring switch, how many words are due,
 *  and a link to the vocabulary page. */
export function PopupVocabulary({
  due,
  onOpen,
  colouring,
  onToggleColouring,
  estimate,
}: PopupVocabularyProps) {
  return (
    <>
      {onToggleColouring && (
        <div class="popup vocabulary-colouring">
          {estimate && (
            <p class="meta" data-testid="popup-estimate" role="status">
              {estimate}
            </p>
          )}
          <button
            type="button"
            data-testid="colour-words"
            aria-pressed={colouring === true}
            disabled={colouring === null}
            onClick={onToggleColouring}
          >
            {colouring ? t('colourWordsOn') : t('colourWordsOff')}
          </button>
        </div>
      )}
      <p class="popup vocabulary-due" data-testid="popup-vocabulary">
        {due !== null && due > 0 && <span>{t('popupDue', { n: due })} · </span>}
        <button type="button" class="link" onClick={onOpen}>
          {t('popupOpenVocabulary')}
        </button>
      </p>
    </>
  );
}
