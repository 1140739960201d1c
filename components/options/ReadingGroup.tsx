import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../../lib/i18n';
import type { DefaultScript } from '../../lib/settings';
import type { Target } from '../../lib/types';
import { CheckboxRow, OptionsGroup } from './OptionsGroup';

export interface ReadingSettings {
  defaultScript: DefaultScript;
  hoverByDefault: boolean;
  traditionalTarget: Target;
  cleanArtifacts: boolean;
  underlineGlossary: boolean;
}

// Variant names come from the catalogs (English shows them bilingual: 臺灣 Taiwan).
const DEFAULT_SCRIPTS: { value: DefaultScript; label: MessageKey }[] = [
  { value: 'auto', label: 'defaultScriptAuto' },
  { value: 'hans', label: 'defaultScriptHans' },
  { value: 'hant', label: 'defaultScriptHant' },
];

const VARIANTS: { value: Target; label: MessageKey }[] = [
  { value: 'tw', label: 'variantTw' },
  { value: 'twp', label: 'variantTwp' },
  { value: 'hk', label: 'variantHk' },
  { value: 't', label: 'variantStandard' },
];

export interface ReadingGroupProps {
  value: ReadingSettings;
  onChange: <K extends keyof ReadingSettings>(key: K, value: ReadingSettings[K]) => void;
  /** Mounted first in the group: the UI-language selector. */
  children?: ComponentChildren;
}

/** Reading: the UI language, the Traditional variant, pinyin clean-up, glossary underlining, and
 *  whether the hover glossary starts on. */
export function ReadingGroup({ value, onChange, children }: ReadingGroupProps) {
  return (
    <OptionsGroup id="reading" title={t('groupReading')}>
      {children}
      <p class="row">
        <label>
          {t('defaultScriptLabel')}{' '}
          <select
            name="defaultScript"
            value={value.defaultScript}
            onChange={(e) => onChange('defaultScript', e.currentTarget.value as DefaultScript)}
          >
            {DEFAULT_SCRIPTS.map((v) => (
              <option key={v.value} value={v.value}>
                {t(v.label)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p class="row">
        <label>
          {t('traditionalVariant')}{' '}
          <select
            name="traditionalTarget"
            value={value.traditionalTarget}
            onChange={(e) => onChange('traditionalTarget', e.currentTarget.value as Target)}
          >
            {VARIANTS.map((v) => (
              <option key={v.value} value={v.value}>
                {t(v.label)}
              </option>
            ))}
          </select>
        </label>
      </p>
      <CheckboxRow
        name="cleanArtifacts"
        label={t('cleanArtifactsLabel')}
        checked={value.cleanArtifacts}
        onChange={(v) => onChange('cleanArtifacts', v)}
      />
      <CheckboxRow
        name="underlineGlossary"
        label={t('underlineGlossaryLabel')}
        checked={value.underlineGlossary}
        onChange={(v) => onChange('underlineGlossary', v)}
      />
      <CheckboxRow
        name="hoverByDefault"
        label={t('hoverByDefault')}
        checked={value.hoverByDefault}
        onChange={(v) => onChange('hoverByDefault', v)}
      />
    </OptionsGroup>
  );
}
