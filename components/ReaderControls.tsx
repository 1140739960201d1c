import { t } from '../lib/i18n';
import type { MessageKey } from '../lib/i18n/en';
import {
  LIMITS,
  type ReaderFont,
  type ReaderPrefs,
  type ReaderScript,
  type ReaderTheme,
  type RubyStyle,
  type ToneColours,
} from '../lib/reader/prefs';
import { HSK_LEVELS, type RubyScope } from '../lib/reader/scope';
import { hsk3Label } from '../lib/vocabulary/hsk';

export interface ReaderControlsProps {
  prefs: ReaderPrefs;
  onChange: (change: Partial<ReaderPrefs>) => void;
}

/** A row of toggle buttons (aria-pressed), one per choice. */
function Choice<T extends string>(props: {
  label: string;
  value: T;
  choices: readonly [T, MessageKey][];
  onPick: (value: T) => void;
  testid: string;
}) {
  return (
    <fieldset class="choice" data-testid={props.testid}>
      <legend>{props.label}</legend>
      {props.choices.map(([value, key]) => (
        <button
          key={value}
          type="button"
          aria-pressed={props.value === value}
          data-value={value}
          onClick={() => props.onPick(value)}
        >
          {t(key)}
        </button>
      ))}
    </fieldset>
  );
}

function Range(props: {
  label: string;
  value: number;
  limits: readonly [number, number];
  step: number;
  onValue: (n: number) => void;
  testid: string;
}) {
  return (
    <label class="range">
      <span>{props.label}</span>
      <input
        type="range"
        min={props.limits[0]}
        max={props.limits[1]}
        step={props.step}
        value={props.value}
        data-testid={props.testid}
        onInput={(e) => props.onValue(Number((e.target as HTMLInputElement).value))}
      />
    </label>
  );
}

/** The HSK level for "words above a level", or a hint for "words I don't know". */
function RubyScopeDetail({ prefs, onChange }: ReaderControlsProps) {
  return (
    <>
      {prefs.rubyScope === 'hsk' ? (
        <label class="select">
          <span>{t('readerRubyHskLevel')}</span>
          <select
            value={String(prefs.rubyHskLevel)}
            data-testid="reader-ruby-level"
            onChange={(e) => onChange({ rubyHskLevel: Number((e.target as HTMLSelectElement).value) })}
          >
            {HSK_LEVELS.map((level) => (
              <option key={level} value={String(level)}>
                {t('hskLevelBand', { level: hsk3Label(level) })}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {prefs.rubyScope === 'unknown' ? (
        <p class="hint" data-testid="reader-ruby-hint">
          {t('readerRubyUnknownHint')}
        </p>
      ) : null}
    </>
  );
}

/** The reader's display settings: script, readings, tone colours, typography, theme. */
export function ReaderControls({ prefs, onChange }: ReaderControlsProps) {
  return (
    <section class="controls" aria-label={t('readerSettings')}>
      <Choice<ReaderScript>
        label={t('showInScript')}
        value={prefs.script}
        testid="reader-script"
        choices={[
          ['original', 'scriptOriginal'],
          ['hans', 'scriptToSimplified'],
          ['hant', 'scriptToTraditional'],
        ]}
        onPick={(script) => onChange({ script })}
      />
      <Choice<RubyStyle>
        label={t('readerReadings')}
        value={prefs.ruby}
        testid="reader-ruby"
        choices={[
          ['pinyin', 'rubyPinyin'],
          ['zhuyin', 'rubyZhuyin'],
          ['none', 'rubyNone'],
        ]}
        onPick={(ruby) => onChange({ ruby })}
      />
      <Choice<RubyScope>
        label={t('readerRubyScope')}
        value={prefs.rubyScope}
        testid="reader-ruby-scope"
        choices={[
          ['all', 'rubyScopeAll'],
          ['hsk', 'rubyScopeHsk'],
          ['unknown', 'rubyScopeUnknown'],
        ]}
        onPick={(rubyScope) => onChange({ rubyScope })}
      />
      <RubyScopeDetail prefs={prefs} onChange={onChange} />
      <Choice<ToneColours>
        label={t('readerToneColours')}
        value={prefs.tones}
        testid="reader-tones"
        choices={[
          ['none', 'tonesNone'],
          ['standard', 'tonesStandard'],
          ['safe', 'tonesSafe'],
        ]}
        onPick={(tones) => onChange({ tones })}
      />
      <Choice<ReaderFont>
        label={t('readerFont')}
        value={prefs.font}
        testid="reader-font"
        choices={[
          ['sans', 'fontSans'],
          ['serif', 'fontSerif'],
        ]}
        onPick={(font) => onChange({ font })}
      />
      <Choice<ReaderTheme>
        label={t('readerTheme')}
        value={prefs.theme}
        testid="reader-theme"
        choices={[
          ['auto', 'themeAuto'],
          ['light', 'themeLight'],
          ['dark', 'themeDark'],
        ]}
        onPick={(theme) => onChange({ theme })}
      />
      <Range
        label={t('readerFontSize')}
        value={prefs.fontSize}
        limits={LIMITS.fontSize}
        step={1}
        testid="reader-size"
        onValue={(fontSize) => onChange({ fontSize })}
      />
      <Range
        label={t('readerLineHeight')}
        value={prefs.lineHeight}
        limits={LIMITS.lineHeight}
        step={0.1}
        testid="reader-leading"
        onValue={(lineHeight) => onChange({ lineHeight })}
      />
      <Range
        label={t('readerWidth')}
        value={prefs.width}
        limits={LIMITS.width}
        step={1}
        testid="reader-width"
        onValue={(width) => onChange({ width })}
      />
    </section>
  );
}
