import { LANGUAGE_NAMES, LOCALES, type Locale, t, type UiLanguage } from '../lib/i18n';

export interface LanguageSelectProps {
  value: UiLanguage;
  /** What 'auto' resolves to in this browser, named in the 'auto' option. */
  browserLocale: Locale;
  onChange: (value: UiLanguage) => void;
}

/** The UI-language selector: "same as the browser", then each language named in itself (so a reader
 *  who landed in a language they cannot read still finds theirs). */
export function LanguageSelect({ value, browserLocale, onChange }: LanguageSelectProps) {
  return (
    <p class="row">
      <label>
        {t('languageLabel')}{' '}
        <select
          name="uiLanguage"
          data-testid="ui-language"
          value={value}
          onChange={(e) => onChange(e.currentTarget.value as UiLanguage)}
        >
          <option value="auto">{t('languageAuto', { language: LANGUAGE_NAMES[browserLocale] })}</option>
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {LANGUAGE_NAMES[locale]}
            </option>
          ))}
        </select>
      </label>
    </p>
  );
}
