// Wires the UI-language selector to its stored setting; the page (and every other open page) switches
// language through the storage watch that initLocale() set up.
import { LanguageSelect } from '../../components/LanguageSelect';
import { localeOfTag } from '../../lib/i18n';
import { browserLanguage } from '../../lib/i18n/init';
import { uiLanguage } from '../../lib/settings';
import { useSetting } from './use-setting';

export function LanguageSetting({ onSaved }: { onSaved?: () => void }) {
  const [value, setValue] = useSetting(uiLanguage, onSaved);
  return <LanguageSelect value={value} browserLocale={localeOfTag(browserLanguage())} onChange={setValue} />;
}
