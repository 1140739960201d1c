import { t } from '../../lib/i18n';
import { HOVER_FONT_MAX, HOVER_FONT_MIN, type HoverModifier, type ReadingStyle } from '../../lib/settings';
import { HoverPreview } from './HoverPreview';
import { CheckboxRow, OptionsGroup, SelectRow } from './OptionsGroup';

export interface PopupSettings {
  delay: number;
  modifier: HoverModifier;
  reading: ReadingStyle;
  toneColours: boolean;
  fontSize: number;
}

export interface PopupGroupProps {
  value: PopupSettings;
  onChange: <K extends keyof PopupSettings>(key: K, value: PopupSettings[K]) => void;
}

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** The hover popup: when it opens (delay, modifier key) and how it reads (pinyin / zhuyin, tone colours,
 *  text size). Open tabs follow each change at once (lib/hover watches these). */
export function PopupGroup({ value, onChange }: PopupGroupProps) {
  return (
    <OptionsGroup id="popup" title={t('groupPopup')}>
      <p class="row">
        <label>
          {t('hoverDelayLabel')}{' '}
          <input
            type="number"
            name="hoverDelay"
            min={0}
            max={2000}
            step={50}
            value={value.delay}
            onChange={(e) =>
              onChange('delay', clamp(Math.round(Number(e.currentTarget.value) || 0), 0, 2000))
            }
          />
        </label>
      </p>
      <SelectRow
        name="hoverModifier"
        label={t('hoverModifierLabel')}
        value={value.modifier}
        options={[
          ['none', t('hoverModifierNone')],
          ['shift', 'Shift'],
          ['alt', 'Alt'],
        ]}
        onChange={(v: HoverModifier) => onChange('modifier', v)}
      />
      <SelectRow
        name="readingStyle"
        label={t('readingStyleLabel')}
        value={value.reading}
        options={[
          ['pinyin', t('readingPinyin')],
          ['zhuyin', t('readingZhuyin')],
          ['both', t('readingBoth')],
        ]}
        onChange={(v: ReadingStyle) => onChange('reading', v)}
      />
      <CheckboxRow
        name="toneColours"
        label={t('toneColoursLabel')}
        checked={value.toneColours}
        onChange={(v) => onChange('toneColours', v)}
      />
      <p class="row">
        <label>
          {t('hoverFontSizeLabel')}{' '}
          <input
            type="number"
            name="hoverFontSize"
            min={HOVER_FONT_MIN}
            max={HOVER_FONT_MAX}
            step={1}
            value={value.fontSize}
            onChange={(e) =>
              onChange(
                'fontSize',
                clamp(Math.round(Number(e.currentTarget.value) || 14), HOVER_FONT_MIN, HOVER_FONT_MAX),
              )
            }
          />
        </label>
      </p>
      <HoverPreview reading={value.reading} toneColours={value.toneColours} fontSize={value.fontSize} />
    </OptionsGroup>
  );
}
