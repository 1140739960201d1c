// Validators for the optional clipping fields that travel in messages. No Dexie, no OpenCC here: the
// content script's bundle imports this through lib/messages.ts.
import type { TextQuoteAnchor } from '../types';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export const MAX_HTML = 5_000_000;
export const MAX_ANCHOR_CONTEXT = 1000;

export function isTextQuoteAnchor(v: unknown): v is TextQuoteAnchor {
  return (
    isObj(v) &&
    typeof v.exact === 'string' &&
    v.exact.length > 0 &&
    v.exact.length <= 100_000 &&
    typeof v.prefix === 'string' &&
    v.prefix.length <= MAX_ANCHOR_CONTEXT &&
    typeof v.suffix === 'string' &&
    v.suffix.length <= MAX_ANCHOR_CONTEXT &&
    typeof v.position === 'number' &&
    Number.isInteger(v.position) &&
    v.position >= 0
  );
}

/** The v2 fields of a ClippingInput, each optional, each checked for type and size when present. */
export function hasValidClippingExtras(v: Record<string, unknown>): boolean {
  const opt = (value: unknown, check: (x: unknown) => boolean) => value === undefined || check(value);
  return (
    opt(v.canonicalUrl, (x) => x === null || (typeof x === 'string' && x.length <= 4096)) &&
    opt(v.html, (x) => typeof x === 'string' && x.length <= MAX_HTML) &&
    opt(v.anchor, (x) => x === null || isTextQuoteAnchor(x)) &&
    opt(v.sentence, (x) => typeof x === 'string' && x.length <= 100_000) &&
    opt(v.note, (x) => typeof x === 'string' && x.length <= 100_000) &&
    opt(
      v.tags,
      (x) => Array.isArray(x) && x.length <= 50 && x.every((t) => typeof t === 'string' && t.length <= 64),
    )
  );
}
