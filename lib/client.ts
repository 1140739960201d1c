// Typed senders for the protocol in messages.ts. Transport failures (no receiver, closed port) come
// back as `{ok: false}` like every other error, so callers handle one shape.
import { browser } from 'wxt/browser';
import { envelope } from './dispatch/envelope';
import { fail, isProtocolError } from './dispatch/failure';
import type { BackgroundApi, ContentApi } from './protocol/api';
import type { ParamsOf, ResultOf } from './protocol/handler';
import type { Result } from './protocol/result';

/** An answer checked for shape: another context's reply is data, not trusted to be a Result. */
function asResult<T>(answer: unknown): Result<T> {
  if (typeof answer !== 'object' || answer === null) return fail('unavailable', 'no-answer');
  const a = answer as { ok?: unknown; error?: unknown };
  if (a.ok === true && 'value' in a) return answer as Result<T>;
  if (a.ok === false && isProtocolError(a.error)) return answer as Result<T>;
  return fail('unavailable', 'no-answer');
}

/** Sending failed (no receiver, the tab closed, the extension reloaded): the browser's words are kept
 *  for logs, the user reads `no-answer`. */
function unreachable(error: unknown): Result<never> {
  const failure = fail('unavailable', 'no-answer');
  failure.error.message = error instanceof Error ? error.message : String(error);
  return failure;
}

export async function callBackground<N extends keyof BackgroundApi & string>(
  name: N,
  params: ParamsOf<BackgroundApi, N>,
): Promise<Result<ResultOf<BackgroundApi, N>>> {
  try {
    return asResult(await browser.runtime.sendMessage(envelope('background', name, params as never)));
  } catch (error) {
    return unreachable(error);
  }
}

export async function callTab<N extends keyof ContentApi & string>(
  tabId: number,
  name: N,
  params: ParamsOf<ContentApi, N>,
): Promise<Result<ResultOf<ContentApi, N>>> {
  try {
    return asResult(
      await browser.tabs.sendMessage(tabId, envelope('content', name, params as never), { frameId: 0 }),
    );
  } catch (error) {
    return unreachable(error);
  }
}
