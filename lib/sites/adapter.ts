// The browser side of per-site rules: host permissions and dynamically registered content scripts.
// Chrome MV3 and Firefox (MV2, strict_min_version 128) both have `scripting.registerContentScripts`
// (Firefox since 102 in MV2, persistAcrossSessions since 105), so one path serves both; the
// background still reconciles on every start, so a browser that dropped the registrations (or never
// persisted them) gets them back.
import type { WxtBrowser } from 'wxt/browser';
import { originPattern } from './origin';
import type { SitesBrowser } from './service';

/** The content script WXT builds from entrypoints/content (also what activateTab injects). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

export function createBrowserSites(browser: WxtBrowser): SitesBrowser {
  const scripting = () => {
    if (typeof browser.scripting?.registerContentScripts !== 'function')
      throw new Error('This browser cannot register content scripts.');
    return browser.scripting;
  };
  return {
    hasOrigin: (origin) => browser.permissions.contains({ origins: [originPattern(origin)] }),
    removeOrigin: async (origin) => {
      try {
        return await browser.permissions.remove({ origins: [originPattern(origin)] });
      } catch {
        return false; // a required (manifest) host permission cannot be removed; nothing to give back
      }
    },
    registered: async () => (await scripting().getRegisteredContentScripts()) ?? [],
    register: (scripts) =>
      scripting().registerContentScripts(
        scripts.map((s) => ({ ...s, runAt: 'document_idle' as const, persistAcrossSessions: true })),
      ),
    unregister: (ids) => scripting().unregisterContentScripts({ ids }),
  };
}
