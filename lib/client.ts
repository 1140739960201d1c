// Typed senders for the protocol in messages.ts. Transport failures (no receiver, closed port) come
// back as `{ok: false}` like every other error, so callers handle one shape.
import { browser } from 'wxt/browser';
import { type BackgroundApi, type ContentApi, envelope, fail, type Result } from './messages';

type ParamsOf<A, N extends keyof A> = A[N] extends { params: infer P } ? P : never;
type ResultOf<A, N extends keyof A> = A[N] extends { result: infer R } ? R : never;

function asResult<T>(answer: unknown): Result<T> {
  if (typeof answer === 'object' && answer !== null && 'ok' in answer) return answer as Result<T>;
  return fail('unavailable', 'No answer from the extension.');
}

export async function callBackground<N extends keyof BackgroundApi & string>(
  name: N,
  params: ParamsOf<BackgroundApi, N>,
): Promise<Result<ResultOf<BackgroundApi, N>>> {
  try {
    return asResult(await browser.runtime.sendMessage(envelope('background', name, params as never)));
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
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
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
