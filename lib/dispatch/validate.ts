// Validators for params that come from another context, and the size limits they enforce. Small and
// explicit, because the sender may be a compromised or confused context. Limits live here once, and
// both sides of a message import them (a sender trims to the limit its receiver checks).
import { hasValidClippingExtras, MAX_CLIPPING_TEXT, MAX_URL } from '../clippings/validate';
import type { ClippingInput, Target } from '../types';
import { TARGETS } from '../types';

/** Longest text a lookup sends (characters after the cursor, and before it). */
export const MAX_LOOKUP_TEXT = 64;
/** Longest clipping body (lib/clippings/validate.ts holds the clipping limits). */
export { MAX_CLIPPING_TEXT };
/** Longest article text the underliner sends (characters); longer articles are underlined in part. */
export const MAX_MATCH_TEXT = 200_000;
/** Longest glossary file the options page imports. */
export const MAX_GLOSSARY_IMPORT_TEXT = 5_000_000;

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isTarget = (v: unknown): v is Target =>
  typeof v === 'string' && (TARGETS as string[]).includes(v);
export const isEmptyParams = (v: unknown): v is Record<string, never> => isObject(v);
/** A database id: a positive integer. */
export const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

export function isTabParams(v: unknown): v is { tabId: number } {
  return isObject(v) && typeof v.tabId === 'number' && Number.isInteger(v.tabId) && v.tabId >= 0;
}

export function isLookupParams(v: unknown): v is { text: string; before?: string } {
  return (
    isObject(v) &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_LOOKUP_TEXT &&
    (v.before === undefined || (typeof v.before === 'string' && v.before.length <= MAX_LOOKUP_TEXT))
  );
}

/** The underliner's `glossaryMatches` params (the background and the dictionary's holder both take them). */
export function isMatchParams(v: unknown): v is { text: string } {
  return isObject(v) && typeof v.text === 'string' && v.text.length <= MAX_MATCH_TEXT;
}

export function isClippingInput(v: unknown): v is ClippingInput {
  return (
    isObject(v) &&
    typeof v.url === 'string' &&
    v.url.length <= MAX_URL &&
    typeof v.title === 'string' &&
    v.title.length <= 2000 &&
    isStringOrNull(v.site) &&
    isStringOrNull(v.byline) &&
    isStringOrNull(v.published) &&
    (v.kind === 'article' || v.kind === 'selection') &&
    typeof v.text === 'string' &&
    v.text.length <= MAX_CLIPPING_TEXT &&
    typeof v.script === 'string' &&
    v.script.length <= 35 &&
    hasValidClippingExtras(v)
  );
}
