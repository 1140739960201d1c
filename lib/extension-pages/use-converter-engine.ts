// The reader and the clippings page load OpenCC's tables only when a reader first asks for the other
// script, so a page in the original script opens without them. One hook for both pages.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorOf } from '../dispatch/failure';
import { errorText } from '../i18n/errors';
import type { ConverterEngine } from '../tab/converter-registry';
import { loadEngineInExtensionPage } from './load-converter';

/** The converter once `needed` has been true, or null; a failure is reported in the user's language. */
export function useConverterEngine(
  needed: boolean,
  onError: (message: string) => void,
): ConverterEngine | null {
  const [engine, setEngine] = useState<ConverterEngine | null>(null);
  useEffect(() => {
    if (needed && !engine) {
      loadEngineInExtensionPage(
        document,
        browser.runtime.getURL('/converter.js'),
        browser.runtime.getURL('/convert/lexicon.bin'),
      ).then(setEngine, (error: unknown) => onError(errorText(errorOf(error))));
    }
  }, [needed, engine]);
  return engine;
}
