// The one dispatcher every transport uses (runtime messages, the dictionary port, the offscreen
// worker): it finds the handler a message names, checks who may call it, validates the params, runs it,
// and turns every failure into `{ok: false}` with a reason as data. Nothing here throws at a caller.
import type { Envelope } from '../protocol/envelope';
import type { Handler } from '../protocol/handler';
import type { Result } from '../protocol/result';
import type { Access, CallContext, SenderInfo } from '../protocol/sender';
import { errorOf, fail } from './failure';

/** A context that knows nothing about its caller: only `any` handlers answer it. */
const NOBODY: CallContext = { sender: {}, extensionOrigin: '' };

const fromTab = (sender: SenderInfo): boolean => sender.tab?.id !== undefined && sender.tab.id >= 0;
const fromExtensionPage = (ctx: CallContext): boolean =>
  ctx.extensionOrigin !== '' && (ctx.sender.url?.startsWith(ctx.extensionOrigin) ?? false);

/** Why `access` refuses this caller, or null when it may call. */
export function refusal(access: Access, ctx: CallContext): Result<never> | null {
  switch (access) {
    case 'any':
      return null;
    case 'tab':
      return fromTab(ctx.sender) ? null : fail('forbidden', 'not-from-tab');
    case 'extension-page':
      return fromExtensionPage(ctx) ? null : fail('forbidden', 'not-extension-page');
    case 'extension-context':
      return fromExtensionPage(ctx) && ctx.sender.tab === undefined
        ? null
        : fail('forbidden', 'not-extension-context');
  }
}

/** The sender's tab and frame, for a handler whose access is `tab` (dispatch checked it has one). */
export function senderTab(ctx: CallContext): { tabId: number; frameId: number } {
  return { tabId: ctx.sender.tab?.id ?? -1, frameId: ctx.sender.frameId ?? 0 };
}

/** Any context's map (HandlerMap<SomeApi>): dispatch reads it by name, so its API type does not matter. */
export type AnyHandlerMap = object;

/** Runs the handler a message names. `ctx` defaults to an unknown caller (only `any` handlers answer). */
export async function dispatch(
  handlers: AnyHandlerMap,
  message: Envelope,
  ctx: CallContext = NOBODY,
): Promise<Result<unknown>> {
  const handler = Object.hasOwn(handlers, message.name)
    ? (handlers as Record<string, Handler<unknown, unknown>>)[message.name]
    : undefined;
  if (!handler) return fail('unknown-message', 'unknown-message', { name: message.name.slice(0, 64) });
  const refused = refusal(handler.access, ctx);
  if (refused) return refused;
  if (!handler.validate(message.params)) return fail('bad-request', 'bad-params', { name: message.name });
  try {
    return { ok: true, value: await handler.run(message.params, ctx) };
  } catch (error) {
    return { ok: false, error: errorOf(error) };
  }
}

type Merged<M extends readonly object[]> = M extends readonly [infer H, ...infer R extends readonly object[]]
  ? H & Merged<R>
  : unknown;

/** One map out of several feature maps. Two handlers with the same name is a wiring bug (one would
 *  silently win), so it throws, at start-up. */
export function mergeHandlers<M extends readonly object[]>(...maps: M): Merged<M> {
  const merged: Record<string, unknown> = {};
  for (const map of maps) {
    for (const [name, handler] of Object.entries(map)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Two handlers for the message "${name}"`);
      merged[name] = handler;
    }
  }
  return merged as Merged<M>;
}
