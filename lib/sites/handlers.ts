// Background handlers for per-site rules, spread into the background's map (lib/background/handlers.ts).
// Only the extension's own pages (popup, options) may list or change rules; a tab never can.
import type { BackgroundContext, SenderInfo } from '../background/handlers';
import { type Handler, isObject, isTarget, MessageError } from '../messages';
import type { Target } from '../types';
import { isSiteOrigin } from './origin';
import type { SiteRuleStatus } from './rules';
import type { SitesService } from './service';

export interface SitesApi {
  siteRules: { params: Record<string, never>; result: SiteRuleStatus[] };
  /** `rule: null` — the origin's permission is not granted (yet): nothing stored; see SitesService.save. */
  saveSiteRule: { params: { origin: string; target: Target }; result: { rule: SiteRuleStatus | null } };
  removeSiteRule: { params: { origin: string }; result: { removed: boolean; permissionReleased: boolean } };
}

type Handlers = {
  [N in keyof SitesApi]: Handler<SitesApi[N]['params'], SitesApi[N]['result'], BackgroundContext>;
};

const isOriginParams = (p: unknown): p is { origin: string } => isObject(p) && isSiteOrigin(p.origin);

export function createSitesHandlers(
  service: () => SitesService | undefined,
  requireExtensionPage: (sender: SenderInfo) => void,
): Handlers {
  const need = (sender: SenderInfo): SitesService => {
    requireExtensionPage(sender);
    const s = service();
    if (!s) throw new MessageError('unavailable', 'Per-site rules are not available here.');
    return s;
  };
  return {
    siteRules: {
      validate: (p): p is Record<string, never> => isObject(p),
      run: (_p, { sender }) => need(sender).list(),
    },
    saveSiteRule: {
      validate: (p): p is { origin: string; target: Target } =>
        isObject(p) && isSiteOrigin(p.origin) && isTarget(p.target),
      run: async ({ origin, target }, { sender }) => ({ rule: await need(sender).save(origin, target) }),
    },
    removeSiteRule: {
      validate: isOriginParams,
      run: ({ origin }, { sender }) => need(sender).remove(origin),
    },
  };
}
