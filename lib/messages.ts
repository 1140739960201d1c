// The protocol's old front door, kept so existing imports work: the types live in lib/protocol/
// (type-only leaves), the runtime in lib/dispatch/. New code imports from those directly.

export { answerRequest, createPendingReplies, type PendingReplies } from './dispatch/channel';
export { dispatch, mergeHandlers, refusal, senderTab } from './dispatch/dispatch';
export { envelope, isEnvelope, isFromThisExtension } from './dispatch/envelope';
export {
  ERROR_REASONS,
  errorOf,
  fail,
  isErrorReason,
  isProtocolError,
  MessageError,
} from './dispatch/failure';
export {
  isClippingInput,
  isEmptyParams,
  isId,
  isLookupParams,
  isMatchParams,
  isObject,
  isTabParams,
  isTarget,
  MAX_CLIPPING_TEXT,
  MAX_GLOSSARY_IMPORT_TEXT,
  MAX_LOOKUP_TEXT,
  MAX_MATCH_TEXT,
} from './dispatch/validate';
export type * from './protocol';
