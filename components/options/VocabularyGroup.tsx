import { t } from '../../lib/i18n';
import { LIMIT_RANGE, RETENTION_RANGE, type ReviewSettings } from '../../lib/vocabulary/review';
import { OptionsGroup } from './OptionsGroup';

export interface VocabularyGroupProps {
  value: ReviewSettings;
  onChange: (next: ReviewSettings) => void;
}

function NumberRow(props: {
  label: string;
  name: string;
  value: number;
  min: number;
  max: number;
  hint?: string;
  onChange: (value: number) => void;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  return (
    <p class="row">
      <label>
        {props.label}{' '}
        <input
          type="number"
          name={props.name}
          min={props.min}
          max={props.max}
          value={props.value}
          aria-describedby={hintId}
          onChange={(e) => {
            const n = Number(e.currentTarget.value);
            if (Number.isFinite(n)) props.onChange(n);
          }}
        />
      </label>
      {props.hint && (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      )}
    </p>
  );
}

/** Options → Vocabulary: how many new words and reviews a day, and the desired retention. */
export function VocabularyGroup({ value, onChange }: VocabularyGroupProps) {
  return (
    <OptionsGroup id="vocabulary" title={t('optionsVocabulary')}>
      <NumberRow
        label={t('optionsNewPerDay')}
        name="newPerDay"
        value={value.newPerDay}
        min={LIMIT_RANGE.min}
        max={LIMIT_RANGE.max}
        onChange={(newPerDay) => onChange({ ...value, newPerDay })}
      />
      <NumberRow
        label={t('optionsReviewsPerDay')}
        name="reviewsPerDay"
        value={value.reviewsPerDay}
        min={LIMIT_RANGE.min}
        max={LIMIT_RANGE.max}
        onChange={(reviewsPerDay) => onChange({ ...value, reviewsPerDay })}
      />
      <NumberRow
        label={t('optionsRetention')}
        name="retention"
        value={Math.round(value.retention * 100)}
        min={RETENTION_RANGE.min * 100}
        max={RETENTION_RANGE.max * 100}
        hint={t('optionsRetentionHint')}
        onChange={(percent) => onChange({ ...value, retention: percent / 100 })}
      />
    </OptionsGroup>
  );
}
