// Preact pages re-render when the UI language changes: the root component calls useLocale(), and the
// whole tree below it renders again with the new strings (t() is read at render time).
import { useEffect, useState } from 'preact/hooks';
import { currentLocale, type Locale, onLocaleChange } from './index';

export function useLocale(): Locale {
  const [locale, setLocaleState] = useState<Locale>(currentLocale());
  useEffect(() => {
    setLocaleState(currentLocale()); // it may have changed between the first render and this effect
    return onLocaleChange(setLocaleState);
  }, []);
  return locale;
}
