// Every catalog, for the contexts that ship them all (extension pages, the background, tests); the
// content script instead asks the background for the active one (lib/i18n/index.ts says why).

import { en } from './en';
import type { Catalog, Locale } from './index';
import { provideCatalog } from './index';
import { zhHans } from './zh-hans';
import { zhHant } from './zh-hant';

export const ALL_CATALOGS: Readonly<Record<Locale, Catalog>> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant };

/** Makes every language available to setLocale. */
export function provideAllCatalogs(): void {
  for (const [locale, catalog] of Object.entries(ALL_CATALOGS) as [Locale, Catalog][])
    provideCatalog(locale, catalog);
}
