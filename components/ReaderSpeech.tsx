import { t } from '../lib/i18n';
import type { MessageKey } from '../lib/i18n/en';
import { LIMITS, type SpeechVariant } from '../lib/reader/prefs';
import type { SpeechStatus, VoiceInfo } from '../lib/reader/speech';

export interface ReaderSpeechProps {
  status: SpeechStatus;
  /** The variant the article is read in (from the script shown). */
  variant: SpeechVariant;
  voices: readonly VoiceInfo[];
  chosen: string | null;
  allowOnline: boolean;
  rate: number;
  /** No voice fits the variant (with the current consent). */
  noVoice: boolean;
  onPlay: () => void;
  onPause: () => void;
  onResume: () => void;
  onStop: () => void;
  onSkip: (by: number) => void;
  onVoice: (voiceURI: string | null) => void;
  onAllowOnline: (allow: boolean) => void;
  onRate: (rate: number) => void;
}

const LANG_KEY: Record<SpeechVariant, MessageKey> = {
  cn: 'speechLangCn',
  tw: 'speechLangTw',
  hk: 'speechLangHk',
};

/** Read-aloud controls: play/pause/resume/stop, skip, voice (which run on the device and which send
 *  text away, said in each option), consent to online voices, speed. */
export function ReaderSpeech(props: ReaderSpeechProps) {
  const speaking = props.status === 'speaking';
  const paused = props.status === 'paused';
  return (
    <section class="speech" aria-label={t('readAloud')} data-testid="reader-speech">
      <div class="buttons">
        {speaking ? (
          <button type="button" onClick={props.onPause} data-testid="speech-pause">
            {t('speechPause')}
          </button>
        ) : paused ? (
          <button type="button" onClick={props.onResume} data-testid="speech-resume">
            {t('speechResume')}
          </button>
        ) : (
          <button type="button" onClick={props.onPlay} data-testid="speech-play" disabled={props.noVoice}>
            {t('readAloud')}
          </button>
        )}
        <button type="button" onClick={() => props.onSkip(-1)} disabled={!speaking && !paused}>
          {t('speechPrevious')}
        </button>
        <button type="button" onClick={() => props.onSkip(1)} disabled={!speaking && !paused}>
          {t('speechNext')}
        </button>
        <button type="button" onClick={props.onStop} disabled={!speaking && !paused}>
          {t('speechStop')}
        </button>
      </div>
      <label class="voice">
        <span>{t('speechVoiceFor', { lang: t(LANG_KEY[props.variant]) })}</span>
        <select
          data-testid="speech-voice"
          value={props.chosen ?? ''}
          onChange={(e) => props.onVoice((e.target as HTMLSelectElement).value || null)}
        >
          <option value="">{t('voiceBest')}</option>
          {props.voices.map((v) => (
            <option key={v.voiceURI} value={v.voiceURI} disabled={!v.localService && !props.allowOnline}>
              {t(v.localService ? 'voiceLocal' : 'voiceOnline', { name: `${v.name} (${v.lang})` })}
            </option>
          ))}
        </select>
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={props.allowOnline}
          data-testid="speech-allow-online"
          onChange={(e) => props.onAllowOnline((e.target as HTMLInputElement).checked)}
        />
        <span>{t('allowOnlineVoices')}</span>
      </label>
      <label class="range">
        <span>{t('speechRate')}</span>
        <input
          type="range"
          min={LIMITS.rate[0]}
          max={LIMITS.rate[1]}
          step={0.1}
          value={props.rate}
          onInput={(e) => props.onRate(Number((e.target as HTMLInputElement).value))}
        />
      </label>
      {props.noVoice ? <p class="notice">{t('noChineseVoice')}</p> : null}
      <p class="hint">{t('speechKeys')}</p>
    </section>
  );
}
