// Per-site rules ("Always convert this site to …"): the stored shape and the pure decisions over it —
// which rule applies to a page, adding/replacing/removing one, and reconciling the rules with the
// browser's granted permissions and registered content scripts.

import type { ErrorReason } from '../protocol/result';
import type { SiteRule, SiteRuleStatus } from '../protocol/sites-api';
import type { Target } from '../types';
import { TARGETS } from '../types';
import { isSiteOrigin, originOfScriptId, originPattern, scriptIdFor, siteOrigin } from './origin';

/** The shapes live with the protocol (lib/protocol/sites-api.ts): both sides of a message import them. */
export type { SiteRule, SiteRuleStatus } from '../protocol/sites-api';

/** What the browser reports about one registered content script. */
export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
}

/** The error reason (code `forbidden`) when the browser did not grant the origin: the UI words it. */
export const PERMISSION_DENIED = 'permission-denied' satisfies ErrorReason;

const isTarget = (v: unknown): v is Target => typeof v === 'string' && (TARGETS as string[]).includes(v);

export function isSiteRule(v: unknown): v is SiteRule {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  return (
    isSiteOrigin(r.origin) &&
    isTarget(r.target) &&
    typeof r.createdAt === 'number' &&
    Number.isFinite(r.createdAt)
  );
}

/** Stored rules, cleaned: malformed entries dropped, one rule per origin (the last one wins). */
export function normaliseRules(value: unknown): SiteRule[] {
  if (!Array.isArray(value)) return [];
  const byOrigin = new Map<string, SiteRule>();
  for (const item of value) {
    if (!isSiteRule(item)) continue;
    byOrigin.delete(item.origin); // keep insertion order of the winning entry
    byOrigin.set(item.origin, { origin: item.origin, target: item.target, createdAt: item.createdAt });
  }
  return [...byOrigin.values()];
}

/** The rule for the page at `url`, if any. */
export function ruleForUrl(rules: readonly SiteRule[], url: string): SiteRule | undefined {
  const origin = siteOrigin(url);
  return origin === null ? undefined : rules.find((r) => r.origin === origin);
}

/** Adds a rule, or changes the target of an existing one (keeping when it was first made). */
export function upsertRule(
  rules: readonly SiteRule[],
  origin: string,
  target: Target,
  now: number,
): SiteRule[] {
  const existing = rules.find((r) => r.origin === origin);
  if (existing) return rules.map((r) => (r.origin === origin ? { ...r, target } : r));
  return [...rules, { origin, target, createdAt: now }];
}

export function removeRule(rules: readonly SiteRule[], origin: string): SiteRule[] {
  return rules.filter((r) => r.origin !== origin);
}

export interface ReconcilePlan {
  /** Rules whose script must be (re-)registered: granted, and missing or registered differently. */
  register: SiteRule[];
  /** Our script ids to unregister: no rule any more, no permission any more, or stale (re-registered). */
  unregister: string[];
  /** Every rule with what will be true once the plan has run. */
  statuses: SiteRuleStatus[];
}

/** Brings registered scripts in line with the rules and the permissions the browser grants.
 *  `granted` holds the origins whose host access is granted; `registered` is every dynamically
 *  registered script (others' ids are left alone); `scriptFile` is the content script's path. */
export function reconcile(
  rules: readonly SiteRule[],
  granted: ReadonlySet<string>,
  registered: readonly RegisteredScript[],
  scriptFile: string,
): ReconcilePlan {
  const ours = new Map<string, RegisteredScript>();
  for (const script of registered) {
    const origin = originOfScriptId(script.id);
    if (origin !== null) ours.set(origin, script);
    // A malformed id with our prefix is ours too and cannot match a rule: drop it.
    else if (script.id.startsWith(scriptIdFor(''))) ours.set(script.id, script);
  }
  const register: SiteRule[] = [];
  const unregister: string[] = [];
  const statuses: SiteRuleStatus[] = [];
  const ruleOrigins = new Set(rules.map((r) => r.origin));
  for (const rule of rules) {
    const script = ours.get(rule.origin);
    const isGranted = granted.has(rule.origin);
    const current =
      script !== undefined &&
      sameList(script.matches, [originPattern(rule.origin)]) &&
      sameList(script.js?.map(stripSlash), [stripSlash(scriptFile)]);
    if (!isGranted) {
      if (script) unregister.push(script.id);
    } else if (!current) {
      if (script) unregister.push(script.id);
      register.push(rule);
    }
    statuses.push({ ...rule, granted: isGranted, registered: isGranted });
  }
  for (const [key, script] of ours) if (!ruleOrigins.has(key)) unregister.push(script.id);
  return { register, unregister, statuses };
}

const stripSlash = (path: string) => path.replace(/^\/+/, '');

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);
}
