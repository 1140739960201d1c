// Errors reach the user here, and only here, as text: a failure carries a reason and its params as data
// (lib/protocol/result.ts) from whichever context it happened in, and the page that shows it translates
// it in the user's current language.
import type { ErrorReason, ProtocolError } from '../protocol/result';
import type { MessageKey } from './en';
import { t } from './index';

const KEYS: Readonly<Record<ErrorReason, MessageKey>> = {
  'unknown-message': 'errUnknownMessage',
  'bad-params': 'errBadParams',
  'not-extension-page': 'errNotExtensionPage',
  'not-from-tab': 'errNotFromTab',
  'not-extension-context': 'errNotExtensionContext',
  'not-this-tab': 'errNotThisTab',
  'no-answer': 'errNoAnswer',
  'dictionary-no-answer': 'errDictionaryNoAnswer',
  'glossary-unavailable': 'errGlossaryUnavailable',
  'sites-unavailable': 'errSitesUnavailable',
  'selection-unavailable': 'errSelectionUnavailable',
  'no-selection': 'toastNoSelection',
  'no-article': 'errNoArticle',
  'no-tab': 'errNoTab',
  'source-tab-closed': 'errSourceTabClosed',
  'injection-refused': 'errInjectionRefused',
  'converter-not-loaded': 'converterNotLoaded',
  'storage-full': 'storageFull',
  'storage-failed': 'errStorageFailed',
  'permission-denied': 'errPermissionDenied',
  internal: 'errInternal',
};

/** The message key a reason is shown with (tests check every reason has one in every catalog). */
export function errorKey(reason: ErrorReason): MessageKey {
  return Object.hasOwn(KEYS, reason) ? KEYS[reason] : 'errInternal';
}

/** A failure as the user reads it, in the current UI language. Accepts any error-like value: an answer
 *  from an older context may lack a reason, and then reads as the generic failure. */
export function errorText(error: Pick<ProtocolError, 'reason' | 'params'> | undefined): string {
  return t(errorKey(error?.reason ?? 'internal'), error?.params ?? {});
}
