import { t } from '../../lib/i18n';
import type { MessageKey } from '../../lib/i18n/en';
import { LIMITS, type SpeechVariant } from '../../lib/reader/prefs';
import { speechLang, type VoiceInfo, voicesFor } from '../../lib/reader/speech';
import { CheckboxRow, OptionsGroup } from './OptionsGroup';

export interface SpeechSettings {
  voices: Record<SpeechVariant, string | null>;
  allowOnlineVoices: boolean;
  rate: number;
}

export interface SpeechGroupProps {
  value: SpeechSettings;
  /** The browser's Chinese voices. */
  voices: readonly VoiceInfo[];
  onChange: (change: Partial<SpeechSettings>) => void;
}

const VARIANTS: readonly [SpeechVariant, MessageKey][] = [
  ['cn', 'speechLangCn'],
  ['tw', 'speechLangTw'],
  ['hk', 'speechLangHk'],
];

/** Read aloud: a voice per variant (each option says whether it runs on the device or sends the text
 *  to a service), consent to online voices, and the speed. The reader uses these. */
export function SpeechGroup({ value, voices, onChange }: SpeechGroupProps) {
  return (
    <OptionsGroup id="speech" title={t('groupSpeech')} intro={t('speechGroupIntro')}>
      {voices.length === 0 ? <p class="row">{t('speechNoVoices')}</p> : null}
      {VARIANTS.map(([variant, langKey]) => (
        <p class="row" key={variant}>
          <label>
            {t('speechVoiceFor', { lang: t(langKey) })}{' '}
            <select
              name={`voice-${variant}`}
              data-testid={`options-voice-${variant}`}
              value={value.voices[variant] ?? ''}
              onChange={(e) =>
                onChange({ voices: { ...value.voices, [variant]: e.currentTarget.value || null } })
              }
            >
              <option value="">{t('voiceBest')}</option>
              {voicesFor(voices, speechLang(variant)).map((v) => (
                <option
                  key={v.voiceURI}
                  value={v.voiceURI}
                  disabled={!v.localService && !value.allowOnlineVoices}
                >
                  {t(v.localService ? 'voiceLocal' : 'voiceOnline', { name: `${v.name} (${v.lang})` })}
                </option>
              ))}
            </select>
          </label>
        </p>
      ))}
      <CheckboxRow
        name="allowOnlineVoices"
        label={t('allowOnlineVoices')}
        checked={value.allowOnlineVoices}
        onChange={(allowOnlineVoices) => onChange({ allowOnlineVoices })}
      />
      <p class="row">
        <label>
          {t('speechRate')}{' '}
          <input
            type="range"
            name="speechRate"
            data-testid="options-speech-rate"
            min={LIMITS.rate[0]}
            max={LIMITS.rate[1]}
            step={0.1}
            value={value.rate}
            onInput={(e) => onChange({ rate: Number(e.currentTarget.value) })}
          />{' '}
          <output>{`${value.rate.toFixed(1)}×`}</output>
        </label>
      </p>
    </OptionsGroup>
  );
}
