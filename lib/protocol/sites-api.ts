// Per-site rules' messages and the data they carry. Type-only leaf: handlers in lib/sites/handlers.ts.
import type { Target } from '../types';

export interface SiteRule {
  /** `https://news.example` — exactly `URL.origin`. */
  origin: string;
  target: Target;
  /** Milliseconds since the epoch. */
  createdAt: number;
}

/** A rule as the options page and the popup show it. */
export interface SiteRuleStatus extends SiteRule {
  /** The browser still grants host access to the origin (the user can revoke it in its settings). */
  granted: boolean;
  /** Our content script is registered for the origin. */
  registered: boolean;
}

export interface SitesApi {
  siteRules: { params: Record<string, never>; result: SiteRuleStatus[] };
  /** `rule: null` — the origin's permission is not granted (yet): nothing stored; see SitesService.save. */
  saveSiteRule: { params: { origin: string; target: Target }; result: { rule: SiteRuleStatus | null } };
  removeSiteRule: { params: { origin: string }; result: { removed: boolean; permissionReleased: boolean } };
}
