// How every answer between contexts is shaped: a Result, never a throw. A failure carries a category
// (`code`, for the caller's logic), a `reason` (what happened, as data: the UI translates it with
// lib/i18n/errors.ts at the edge) and its `params`. `message` is a developer's detail for logs and the
// console only; no UI shows it (a user reading another language must not get an English sentence).
// Type-only leaf: imports nothing.

/** The category of a failure, for the caller's logic (retry, fall back, give up). */
export type ErrorCode = 'bad-request' | 'unknown-message' | 'forbidden' | 'failed' | 'unavailable';

/** What went wrong, as a code the UI translates. Add a reason here, its translation key in
 *  lib/i18n/errors.ts, and the key's text in all three catalogs (tsc fails if one is missing). */
export type ErrorReason =
  | 'unknown-message'
  | 'bad-params'
  | 'not-extension-page'
  | 'not-from-tab'
  | 'not-extension-context'
  | 'not-this-tab'
  | 'no-answer'
  | 'dictionary-no-answer'
  | 'glossary-unavailable'
  | 'sites-unavailable'
  | 'selection-unavailable'
  | 'no-selection'
  | 'no-article'
  | 'no-tab'
  | 'source-tab-closed'
  | 'injection-refused'
  | 'converter-not-loaded'
  | 'storage-full'
  | 'storage-failed'
  | 'permission-denied'
  | 'internal';

/** Values a reason's translation fills in (`{n}`, `{name}` …). Plain data, never sentences. */
export type ErrorParams = Readonly<Record<string, string | number>>;

export interface ProtocolError {
  code: ErrorCode;
  reason: ErrorReason;
  params?: ErrorParams;
  /** For logs only, in English; the UI shows the translated reason instead. */
  message: string;
}

export type Failure = { ok: false; error: ProtocolError };
export type Result<T> = { ok: true; value: T } | Failure;
