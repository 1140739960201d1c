// Building failures: every error that crosses a context is a ProtocolError with a reason the UI
// translates (lib/i18n/errors.ts); what the browser or a library threw stays in `message`, for logs.
import type { ErrorCode, ErrorParams, ErrorReason, Failure, ProtocolError } from '../protocol/result';

const REASONS: Readonly<Record<ErrorReason, true>> = {
  'unknown-message': true,
  'bad-params': true,
  'not-extension-page': true,
  'not-from-tab': true,
  'not-extension-context': true,
  'not-this-tab': true,
  'no-answer': true,
  'dictionary-no-answer': true,
  'glossary-unavailable': true,
  'sites-unavailable': true,
  'selection-unavailable': true,
  'no-selection': true,
  'no-article': true,
  'no-tab': true,
  'source-tab-closed': true,
  'injection-refused': true,
  'converter-not-loaded': true,
  'storage-full': true,
  'storage-failed': true,
  'permission-denied': true,
  internal: true,
};

/** Every reason, for tests that check each one has a translation. */
export const ERROR_REASONS = Object.keys(REASONS) as readonly ErrorReason[];

export const isErrorReason = (v: unknown): v is ErrorReason =>
  typeof v === 'string' && Object.hasOwn(REASONS, v);

/** A failure. `reason` names what happened; a free-text detail (an exception's message, from older
 *  callers) is kept for logs under the reason `internal`, so the UI never shows it. */
export function fail(code: ErrorCode, reason: ErrorReason | string, params?: ErrorParams): Failure {
  return { ok: false, error: protocolError(code, reason, params) };
}

function protocolError(code: ErrorCode, reason: ErrorReason | string, params?: ErrorParams): ProtocolError {
  const known = isErrorReason(reason);
  const error: ProtocolError = { code, reason: known ? reason : 'internal', message: reason };
  if (params) error.params = params;
  return error;
}

/** Thrown inside a handler; dispatch turns it into `{ok: false}` with the same code and reason. */
export class MessageError extends Error {
  readonly error: ProtocolError;
  constructor(code: ErrorCode, reason: ErrorReason | string, params?: ErrorParams) {
    super(reason);
    this.error = protocolError(code, reason, params);
  }
  get code(): ErrorCode {
    return this.error.code;
  }
  /** Re-throws a failure received from another context, reason and params intact. */
  static of(error: ProtocolError): MessageError {
    const thrown = new MessageError(error.code, error.reason, error.params);
    thrown.error.message = error.message;
    thrown.message = error.message;
    return thrown;
  }
}

/** Any thrown value as a ProtocolError: a MessageError keeps its reason; anything else is `internal`
 *  (or `fallback`), its text kept for logs only. */
export function errorOf(thrown: unknown, code: ErrorCode = 'failed', fallback?: ErrorReason): ProtocolError {
  if (thrown instanceof MessageError) return thrown.error;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  return { code, reason: fallback ?? 'internal', message: detail };
}

/** A failure received from another context, checked: a malformed one reads as `internal`. */
export function receivedError(v: unknown): ProtocolError {
  if (isProtocolError(v)) return v;
  const detail = typeof v === 'object' && v !== null ? (v as { message?: unknown }).message : v;
  return { code: 'failed', reason: 'internal', message: String(detail) };
}

/** Whether `v` is a ProtocolError's shape (answers from other contexts are checked, not trusted). */
export function isProtocolError(v: unknown): v is ProtocolError {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.code === 'string' && isErrorReason(e.reason) && typeof e.message === 'string';
}
