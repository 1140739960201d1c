// In the content script: a page whose origin has a rule converts itself to the rule's target as soon
// as the script starts (the registered script runs at document_idle; later content is then handled by
// the page converter's observer, as after a click in the popup). A rule made or retargeted while a page
// is open (popup, options page) reaches it without a reload.
import type { Target } from '../types';
import { ruleForUrl, type SiteRule } from './rules';

export interface SiteRuleDeps {
  url: () => string;
  /** Converts the page (the content controller's `convert`, so the popup's state agrees). */
  convert: (target: Target) => Promise<unknown>;
  /** What the page shows now, or null for the original. */
  convertedTo: () => Target | null;
  read: () => Promise<SiteRule[]>;
  watch: (listener: (rules: SiteRule[]) => void) => () => void;
}

/** Starts following this page's rule; returns the function that stops it. */
export function startSiteRule(deps: SiteRuleDeps): { ready: Promise<Target | null>; stop: () => void } {
  let stopped = false;
  let applied: Target | null = null;
  const apply = async (target: Target): Promise<Target | null> => {
    if (stopped) return null;
    applied = target;
    await deps.convert(target);
    return target;
  };
  const ready = deps
    .read()
    .then((rules) => {
      const rule = ruleForUrl(rules, deps.url());
      // The user may already have chosen something in the popup; the rule does not override that.
      return rule && deps.convertedTo() === null ? apply(rule.target) : null;
    })
    .catch(() => null);
  const unwatch = deps.watch((rules) => {
    const rule = ruleForUrl(rules, deps.url());
    if (!rule) return;
    const shown = deps.convertedTo();
    // A page still showing what the rule made (or, for a rule made just now, its original) follows the
    // rule; one the user has converted otherwise, or put back to the original, keeps that choice. A
    // rule made in the popup also reaches its own tab this way when the permission prompt closed the
    // popup (the page converter lets the newer of two passes win, so a double start is harmless).
    const follows = applied === null ? shown === null : shown === applied;
    if (follows && rule.target !== shown) void apply(rule.target).catch(() => undefined);
  });
  return {
    ready,
    stop() {
      stopped = true;
      unwatch();
    },
  };
}
