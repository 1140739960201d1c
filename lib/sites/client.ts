// What the popup and the options page use for per-site rules. Host permission requests are made here,
// in the extension page, because the browser only shows the prompt during the user's click.
import { browser } from 'wxt/browser';
import { callBackground } from '../client';
import { errorOf, fail } from '../dispatch/failure';
import type { Result } from '../protocol/result';
import type { Target } from '../types';
import { originPattern } from './origin';
import { PERMISSION_DENIED, type SiteRuleStatus } from './rules';

export interface SiteRulesApi {
  list(): Promise<Result<SiteRuleStatus[]>>;
  /** Call straight from a click handler: asks for the origin's host permission (the prompt needs the
   *  click), then makes the rule or, for an existing rule, gets its permission back. */
  add(origin: string, target: Target): Promise<Result<SiteRuleStatus>>;
  /** Changes an existing rule's target (no permission needed). */
  retarget(origin: string, target: Target): Promise<Result<SiteRuleStatus>>;
  remove(origin: string): Promise<Result<{ removed: boolean; permissionReleased: boolean }>>;
}

async function save(origin: string, target: Target): Promise<Result<SiteRuleStatus>> {
  const answer = await callBackground('saveSiteRule', { origin, target });
  if (!answer.ok) return answer;
  return answer.value.rule ? { ok: true, value: answer.value.rule } : fail('forbidden', PERMISSION_DENIED);
}

export const siteRulesClient: SiteRulesApi = {
  list: () => callBackground('siteRules', {}),
  add(origin, target) {
    // Sent before the prompt opens: if the popup closes while it is open, the background still makes
    // the rule when the grant arrives (permissions.onAdded).
    const early = callBackground('saveSiteRule', { origin, target });
    // Synchronously, inside the click: a request made after an await has lost the user gesture.
    const granted = browser.permissions.request({ origins: [originPattern(origin)] });
    return (async () => {
      await early;
      let ok: boolean;
      try {
        ok = await granted;
      } catch (error) {
        return { ok: false, error: errorOf(error) };
      }
      return ok ? save(origin, target) : fail('forbidden', PERMISSION_DENIED);
    })();
  },
  retarget: save,
  remove: (origin) => callBackground('removeSiteRule', { origin }),
};
