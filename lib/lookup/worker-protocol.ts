// Messages between Chrome's offscreen document and the dedicated worker that holds the dictionary
// (entrypoints/offscreen). The worker is the offscreen document's reason to exist (reason WORKERS):
// a service worker cannot start a dedicated worker, and the offscreen document, unlike the service
// worker, is not stopped when idle, so the loaded dictionary survives service-worker restarts.
import type { UserTerm } from '../glossary/user-term';
import type { LookupResult } from '../types';
import type { DictionaryHost } from './host';

export type WorkerRequest =
  | { id: number; op: 'lookup'; text: string; before?: string }
  | { id: number; op: 'glossaryMatches'; text: string }
  | { id: number; op: 'userTerms'; terms: UserTerm[] };

type Op = WorkerRequest['op'];
type Value<O extends Op> = O extends 'lookup'
  ? LookupResult
  : O extends 'glossaryMatches'
    ? { start: number; end: number }[]
    : number;

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; message: string };

/** The worker's side: answers one request from the host. `setUserTerms` swaps the user's terms in. */
export async function answerRequest(
  host: DictionaryHost,
  setUserTerms: (terms: UserTerm[]) => void,
  request: WorkerRequest,
): Promise<WorkerReply> {
  try {
    switch (request.op) {
      case 'lookup':
        return { id: request.id, ok: true, value: await host.lookup(request.text, request.before) };
      case 'glossaryMatches':
        return { id: request.id, ok: true, value: await host.glossaryMatches(request.text) };
      case 'userTerms':
        setUserTerms(request.terms);
        return { id: request.id, ok: true, value: request.terms.length };
      default:
        return { id: (request as { id: number }).id, ok: false, message: 'unknown request' };
    }
  } catch (error) {
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The part of a `Worker` the client uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: WorkerReply }) => void): void;
}

type Params<O extends Op> = Omit<Extract<WorkerRequest, { op: O }>, 'id' | 'op'>;

export interface WorkerClient {
  call<O extends Op>(op: O, params: Params<O>): Promise<Value<O>>;
}

/** The offscreen document's side: one promise per request, matched by id. */
export function createWorkerClient(port: WorkerPort): WorkerClient {
  let next = 0;
  const pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  port.addEventListener('message', ({ data }) => {
    const waiting = pending.get(data.id);
    if (!waiting) return;
    pending.delete(data.id);
    if (data.ok) waiting.resolve(data.value);
    else waiting.reject(new Error(data.message));
  });
  return {
    call(op, params) {
      const id = ++next;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
        port.postMessage({ ...params, id, op } as unknown as WorkerRequest);
      });
    },
  };
}
