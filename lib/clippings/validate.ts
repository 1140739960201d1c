// Validators for the optional clipping fields that travel in messages. No Dexie, no OpenCC here: the
// content script's bundle imports this through lib/messages.ts.
import type { TextQuoteAnchor } from '../types';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

// The size limits of a clipping's fields, in one place: the message validators (lib/dispatch), the
// backup importer (backup.ts) and the database's tag normaliser (db.ts) all import them from here.
export const MAX_CLIPPING_TEXT = 5_000_000;
export const MAX_HTML = 5_000_000;
export const MAX_URL = 4096;
export const MAX_ANCHOR_CONTEXT = 1000;
export const MAX_ANCHOR_EXACT = 100_000;
export const MAX_SENTENCE = 100_000;
export const MAX_NOTE = 100_000;
export const MAX_TAGS = 50;
export const MAX_TAG_LENGTH = 64;

export function isTextQuoteAnchor(v: unknown): v is TextQuoteAnchor {
  return (
    isObj(v) &&
    typeof v.exact === 'string' &&
    v.exact.length > 0 &&
    v.exact.length <= MAX_ANCHOR_EXACT &&
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
    opt(v.canonicalUrl, (x) => x === null || (typeof x === 'string' && x.length <= MAX_URL)) &&
    opt(v.html, (x) => typeof x === 'string' && x.length <= MAX_HTML) &&
    opt(v.anchor, (x) => x === null || isTextQuoteAnchor(x)) &&
    opt(v.sentence, (x) => typeof x === 'string' && x.length <= MAX_SENTENCE) &&
    opt(v.note, (x) => typeof x === 'string' && x.length <= MAX_NOTE) &&
    opt(v.shownScript, (x) => x === null || (typeof x === 'string' && x.length <= 35)) &&
    opt(
      v.tags,
      (x) =>
        Array.isArray(x) &&
        x.length <= MAX_TAGS &&
        x.every((t) => typeof t === 'string' && t.length <= MAX_TAG_LENGTH),
    )
  );
}
