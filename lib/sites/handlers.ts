// Background handlers for per-site rules, spread into the background's map (lib/background/handler-map.ts).
// Only the extension's own pages (popup, options) may list or change rules; a tab never can.
import { MessageError } from '../dispatch/failure';
import { isObject, isTarget } from '../dispatch/validate';
import type { HandlerMap } from '../protocol/handler';
import type { SitesApi } from '../protocol/sites-api';
import type { Target } from '../types';
import { isSiteOrigin } from './origin';
import type { SitesService } from './service';

export type { SitesApi } from '../protocol/sites-api';

const isOriginParams = (p: unknown): p is { origin: string } => isObject(p) && isSiteOrigin(p.origin);

export function createSitesHandlers(service: () => SitesService | undefined): HandlerMap<SitesApi> {
  const need = (): SitesService => {
    const s = service();
    if (!s) throw new MessageError('unavailable', 'sites-unavailable');
    return s;
  };
  return {
    siteRules: {
      access: 'extension-page',
      validate: (p): p is Record<string, never> => isObject(p),
      run: () => need().list(),
    },
    saveSiteRule: {
      access: 'extension-page',
      validate: (p): p is { origin: string; target: Target } =>
        isObject(p) && isSiteOrigin(p.origin) && isTarget(p.target),
      run: async ({ origin, target }) => ({ rule: await need().save(origin, target) }),
    },
    removeSiteRule: {
      access: 'extension-page',
      validate: isOriginParams,
      run: ({ origin }) => need().remove(origin),
    },
  };
}
