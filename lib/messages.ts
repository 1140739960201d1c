// The one typed protocol between the extension's contexts. Every message is
// `{ wenzhai: 1, to, name, params }`; every answer is a Result: errors travel as data, never as throws.
import type { DataApi } from './background/data-handlers';
import type { ClippingsApi, ClippingsContentApi } from './clippings/handlers';
import { hasValidClippingExtras } from './clippings/validate';
import type { GlossaryApi } from './glossary/handlers';
import type { SitesApi } from './sites/handlers';
import type { ClippingInput, LookupResult, TabState, Target } from './types';
import { TARGETS } from './types';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } };
export type ErrorCode = 'bad-request' | 'unknown-message' | 'forbidden' | 'failed' | 'unavailable';

/** Handled by the background (service worker): the dictionary and the database live there.
 *  GlossaryApi (lib/glossary/handlers.ts): article underliner matches and the user's own terms. */
export interface BackgroundApi extends GlossaryApi, ClippingsApi, DataApi, SitesApi {
  /** `before`: text just before the cursor, for the segmentation hint (issue 5). */
  lookup: { params: { text: string; before?: string }; result: LookupResult };
  saveClipping: { params: ClippingInput; result: { id: number; updated: boolean } };
  /** Injects the content script into a tab (the toolbar popup calls this under activeTab). */
  activateTab: { params: { tabId: number }; result: { injected: boolean } };
  /** Injects the conversion tables into the sender's frame, on first use only. */
  loadConverter: { params: Record<string, never>; result: { loaded: boolean } };
}

/** Handled by the content script in a tab; only the extension's own pages send these. */
export interface ContentApi extends ClippingsContentApi {
  getState: { params: { refresh?: boolean }; result: TabState };
  /** `confirm`: the user confirmed converting a page that reads as Japanese or Korean. */
  convert: { params: { target: Target; confirm?: boolean }; result: TabState };
  restore: { params: Record<string, never>; result: TabState };
  setHover: { params: { enabled: boolean }; result: TabState };
  saveArticle: { params: Record<string, never>; result: { id: number; updated: boolean } };
  /** The hover card for the word at the caret / selection start (the Alt+Shift+H command, issue 7). */
  hoverAtCaret: { params: Record<string, never>; result: { shown: boolean } };
}

/** Handled by whichever context holds the dictionary (lib/lookup/host.ts): Chrome's offscreen document,
 *  which outlives service-worker restarts, or Firefox's persistent background page. Exactly one context
 *  listens for `to: 'dictionary'`, so exactly one answers. */
export interface DictionaryApi {
  lookup: BackgroundApi['lookup'];
  glossaryMatches: BackgroundApi['glossaryMatches'];
  /** The user's terms changed in their database: re-read them. Extension contexts only. */
  userTermsChanged: { params: Record<string, never>; result: { terms: number } };
}

export type Api = BackgroundApi | ContentApi;
export type Destination = 'background' | 'content' | 'dictionary';
type ApiOf<D extends Destination> = D extends 'background'
  ? BackgroundApi
  : D extends 'dictionary'
    ? DictionaryApi
    : ContentApi;

export interface Envelope<D extends Destination = Destination, N extends string = string> {
  wenzhai: 1;
  to: D;
  name: N;
  params: unknown;
}

export function envelope<D extends Destination, N extends keyof ApiOf<D> & string>(
  to: D,
  name: N,
  params: ApiOf<D>[N] extends { params: infer P } ? P : never,
): Envelope<D, N> {
  return { wenzhai: 1, to, name, params };
}

export function isEnvelope(value: unknown, to: Destination): value is Envelope {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.wenzhai === 1 && v.to === to && typeof v.name === 'string';
}

/** A handler validates its params (they come from another context) before it runs. */
export interface Handler<P, R, Ctx> {
  validate: (params: unknown) => params is P;
  run: (params: P, ctx: Ctx) => Promise<R> | R;
}

export type HandlerMap<A, Ctx> = {
  [N in keyof A]: A[N] extends { params: infer P; result: infer R } ? Handler<P, R, Ctx> : never;
};

export class MessageError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Runs the handler a message names; turns every failure into `{ok: false}`. */
export async function dispatch<A, Ctx>(
  handlers: HandlerMap<A, Ctx>,
  message: Envelope,
  ctx: Ctx,
): Promise<Result<unknown>> {
  const handler = Object.hasOwn(handlers as object, message.name)
    ? (handlers as Record<string, Handler<unknown, unknown, Ctx>>)[message.name]
    : undefined;
  if (!handler) return fail('unknown-message', `Unknown message: ${message.name}`);
  if (!handler.validate(message.params)) return fail('bad-request', `Invalid parameters for ${message.name}`);
  try {
    return { ok: true, value: await handler.run(message.params, ctx) };
  } catch (error) {
    if (error instanceof MessageError) return fail(error.code, error.message);
    return fail('failed', error instanceof Error ? error.message : String(error));
  }
}

export function fail(
  code: ErrorCode,
  message: string,
): { ok: false; error: { code: ErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

// ---- validators: small and explicit, because the sender may be a compromised or confused context.

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';
export const isTarget = (v: unknown): v is Target =>
  typeof v === 'string' && (TARGETS as string[]).includes(v);
export const isEmptyParams = (v: unknown): v is Record<string, never> => isObject(v);

export const MAX_LOOKUP_TEXT = 64;
export const MAX_CLIPPING_TEXT = 5_000_000;

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

export function isClippingInput(v: unknown): v is ClippingInput {
  return (
    isObject(v) &&
    typeof v.url === 'string' &&
    v.url.length <= 4096 &&
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
