// Where the rules live: one typed WXT storage item in `storage.local`, which the content script can read
// (it needs to know, on start, whether its page's origin has a rule) and a page cannot write.
import { storage } from 'wxt/utils/storage';
import { normaliseRules, type SiteRule } from './rules';

export const siteRulesItem = storage.defineItem<SiteRule[]>('local:siteRules', {
  fallback: [],
  version: 1,
});

/** The stored rules, malformed entries dropped (storage is ours, but an older build may have written it). */
export async function readSiteRules(): Promise<SiteRule[]> {
  return normaliseRules(await siteRulesItem.getValue());
}

/** Calls `listener` with the cleaned rules whenever they change; returns the unwatch function. */
export function watchSiteRules(listener: (rules: SiteRule[]) => void): () => void {
  return siteRulesItem.watch((value) => listener(normaliseRules(value)));
}
