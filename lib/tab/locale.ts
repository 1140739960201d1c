// The UI language in a tab: the content script ships English only and asks the background for the
// active language's strings (~15 KB each, instead of all three bundled: issue 16, content ≤ 150 KiB).
import { callBackground } from '../client';
import { initLocaleFrom } from '../i18n/follow';
import type { Locale } from '../i18n/resolve';

/** Sets the tab's UI language from the setting and follows later changes. */
export function initTabLocale(): Promise<Locale> {
  return initLocaleFrom(async (locale) => {
    const answer = await callBackground('uiCatalog', { locale });
    return answer.ok ? answer.value : undefined;
  });
}
