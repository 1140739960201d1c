// Wiring of the UI language for extension pages and scripts: read the setting, resolve 'auto' against
// the browser's UI language, and follow the setting while the page is open. Kept apart from index.ts so
// t() itself needs no browser API. Extension pages ship every catalog (all-catalogs.ts).
import { provideAllCatalogs } from './all-catalogs';
import { initLocaleFrom } from './follow';
import { currentLocale, type Locale, onLocaleChange } from './index';

export { browserLanguage } from './follow';

/** Sets the UI language from the stored setting and follows later changes (subscribers of
 *  onLocaleChange hear about them). Call at the start of every page and script, and await it before
 *  the first render where that is cheap; calling it again is harmless. `document`: keep that page's
 *  `<html lang>` in step (extension pages only, never a web page's document). */
export async function initLocale(options: { document?: Document } = {}): Promise<Locale> {
  provideAllCatalogs();
  return followDocument(
    options.document,
    initLocaleFrom(async () => undefined),
  );
}

async function followDocument(doc: Document | undefined, ready: Promise<Locale>): Promise<Locale> {
  if (doc) {
    onLocaleChange((locale) => {
      doc.documentElement.lang = locale;
    });
  }
  const locale = await ready;
  if (doc) doc.documentElement.lang = currentLocale();
  return locale;
}
