// The background's side of per-site rules, over an injected browser adapter (lib/sites/adapter.ts) and
// rule store, so it runs on fakes in unit tests. Every operation is serialised: two quick clicks must
// not register the same script id twice.
import type { Target } from '../types';
import { originPattern, scriptIdFor } from './origin';
import { reconcile, removeRule, type SiteRule, type SiteRuleStatus, upsertRule } from './rules';

/** What the service needs from the browser: host permissions and dynamic content scripts. */
export interface SitesBrowser {
  /** True when host access to every page of `origin` is granted. */
  hasOrigin(origin: string): Promise<boolean>;
  /** Gives host access back; false when the browser refused (e.g. it is a required permission). */
  removeOrigin(origin: string): Promise<boolean>;
  registered(): Promise<{ id: string; matches?: string[]; js?: string[] }[]>;
  register(scripts: { id: string; matches: string[]; js: string[] }[]): Promise<void>;
  unregister(ids: string[]): Promise<void>;
}

export interface RuleStore {
  get(): Promise<SiteRule[]>;
  set(rules: SiteRule[]): Promise<void>;
}

export interface SitesDeps {
  browser: SitesBrowser;
  store: RuleStore;
  /** The content script file WXT builds (`content-scripts/content.js`), the one activateTab injects. */
  scriptFile: string;
  now?: () => number;
}

export interface SitesService {
  /** Reconciles, then lists every rule with its permission state. */
  list(): Promise<SiteRuleStatus[]>;
  /** Adds or retargets a rule. A new rule needs the origin's permission: without it nothing is stored
   *  and `null` is returned, but the request is remembered for a few minutes so the rule is made when
   *  the browser reports the grant (the popup may have closed while its permission prompt was open). */
  save(origin: string, target: Target): Promise<SiteRuleStatus | null>;
  remove(origin: string): Promise<{ removed: boolean; permissionReleased: boolean }>;
  /** Brings registered scripts in line with rules and permissions (worker start, permission changes). */
  reconcile(): Promise<SiteRuleStatus[]>;
  /** The browser granted host access to these match patterns (permissions.onAdded). */
  permissionsAdded(patterns: readonly string[]): Promise<void>;
}

/** How long a rule asked for from the popup waits for its permission grant. */
export const PENDING_MS = 5 * 60_000;

export function createSitesService(deps: SitesDeps): SitesService {
  const now = deps.now ?? Date.now;
  const pending = new Map<string, { target: Target; at: number }>();
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(run: () => Promise<T>): Promise<T> => {
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };

  const reconcileNow = async (): Promise<SiteRuleStatus[]> => {
    const rules = await deps.store.get();
    const granted = new Set<string>();
    await Promise.all(
      rules.map(async (r) => {
        if (await deps.browser.hasOrigin(r.origin).catch(() => false)) granted.add(r.origin);
      }),
    );
    const plan = reconcile(rules, granted, await deps.browser.registered(), deps.scriptFile);
    if (plan.unregister.length > 0) await deps.browser.unregister(plan.unregister);
    if (plan.register.length > 0) {
      await deps.browser.register(
        plan.register.map((r) => ({
          id: scriptIdFor(r.origin),
          matches: [originPattern(r.origin)],
          js: [deps.scriptFile],
        })),
      );
    }
    return plan.statuses;
  };

  const store = async (origin: string, target: Target): Promise<SiteRuleStatus | null> => {
    const rules = await deps.store.get();
    await deps.store.set(upsertRule(rules, origin, target, now()));
    return (await reconcileNow()).find((s) => s.origin === origin) ?? null;
  };

  return {
    list: () => serial(reconcileNow),
    reconcile: () => serial(reconcileNow),
    save: (origin, target) =>
      serial(async () => {
        const exists = (await deps.store.get()).some((r) => r.origin === origin);
        if (exists || (await deps.browser.hasOrigin(origin))) {
          pending.delete(origin);
          return store(origin, target);
        }
        pending.set(origin, { target, at: now() });
        return null;
      }),
    remove: (origin) =>
      serial(async () => {
        const rules = await deps.store.get();
        pending.delete(origin);
        const kept = removeRule(rules, origin);
        if (kept.length === rules.length) return { removed: false, permissionReleased: false };
        await deps.store.set(kept);
        await reconcileNow();
        // No other rule can need this origin (one rule per origin), so its host access goes back.
        const permissionReleased = await deps.browser.removeOrigin(origin).catch(() => false);
        return { removed: true, permissionReleased };
      }),
    permissionsAdded: (patterns) =>
      serial(async () => {
        const added = new Set(patterns);
        for (const [origin, { target, at }] of pending) {
          if (now() - at > PENDING_MS) pending.delete(origin);
          else if (added.has(originPattern(origin))) {
            pending.delete(origin);
            const rules = await deps.store.get();
            await deps.store.set(upsertRule(rules, origin, target, now()));
          }
        }
        await reconcileNow(); // a re-granted origin gets its script back
      }),
  };
}
