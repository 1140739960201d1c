// Wires per-site rules into the background: the service over the real browser and storage, reconciled
// on every start (a Firefox profile, a browser update or the user may have dropped registrations or
// permissions meanwhile) and whenever host permissions change.
import type { WxtBrowser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, createBrowserSites } from './adapter';
import { createSitesService, type SitesService } from './service';
import { readSiteRules, siteRulesItem } from './store';

export function startSites(browser: WxtBrowser): SitesService {
  const service = createSitesService({
    browser: createBrowserSites(browser),
    store: { get: readSiteRules, set: (rules) => siteRulesItem.setValue(rules) },
    scriptFile: CONTENT_SCRIPT_FILE,
  });
  const reconcile = () => void service.reconcile().catch(() => undefined);
  reconcile();
  // A grant made from the popup's prompt (possibly after the popup closed), or given back in the
  // browser's settings; a revocation in the browser's settings turns the rule's script off.
  browser.permissions.onAdded.addListener(({ origins }) => {
    void service.permissionsAdded(origins ?? []).catch(() => undefined);
  });
  browser.permissions.onRemoved.addListener(reconcile);
  return service;
}
