import type { ComponentChildren } from 'preact';
import { type MessageKey, t } from '../../lib/i18n';
import type { DefaultScript } from '../../lib/settings';
import type { Target } from '../../lib/types';
import { CheckboxRow, OptionsGroup, SelectRow } from './OptionsGroup';

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
      <SelectRow
        name="defaultScript"
        label={t('defaultScriptLabel')}
        value={value.defaultScript}
        options={DEFAULT_SCRIPTS.map((v) => [v.value, t(v.label)] as const)}
        onChange={(v) => onChange('defaultScript', v)}
      />
      <SelectRow
        name="traditionalTarget"
        label={t('traditionalVariant')}
        value={value.traditionalTarget}
        options={VARIANTS.map((v) => [v.value, t(v.label)] as const)}
        onChange={(v) => onChange('traditionalTarget', v)}
      />
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
