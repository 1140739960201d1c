// Messages between Chrome's offscreen document and the dedicated worker that holds the dictionary
// (entrypoints/offscreen). The worker is the offscreen document's reason to exist (reason WORKERS):
// a service worker cannot start a dedicated worker, and the offscreen document, unlike the service
// worker, is not stopped when idle, so the loaded dictionary survives service-worker restarts.
// The worker answers `to: 'worker'` envelopes (WorkerApi in lib/protocol/api.ts) through the same
// dispatch and id matching as the dictionary port.
import { answerRequest, createPendingReplies } from '../dispatch/channel';
import { envelope } from '../dispatch/envelope';
import { MessageError, receivedError } from '../dispatch/failure';
import { isEmptyParams, isLookupParams, isMatchParams, isObject } from '../dispatch/validate';
import type { WorkerApi } from '../protocol/api';
import type { ChannelReply, ChannelRequest } from '../protocol/envelope';
import type { UserTerm } from '../protocol/glossary-api';
import type { HandlerMap, ParamsOf, ResultOf } from '../protocol/handler';
import type { Result } from '../protocol/result';
import { isAnnotateParams, type ReaderHolder } from '../reader/holder';
import type { DictionaryHost } from './host';

/** The user's terms as the worker accepts them: the offscreen document read them from its database. */
const isUserTermsParams = (p: unknown): p is { terms: UserTerm[] } =>
  isObject(p) && Array.isArray(p.terms) && p.terms.every(isObject);

/** The worker's handlers. `setUserTerms` swaps the user's terms in; `reader` annotates for the reader
 *  page. Only the offscreen document that started the worker can post to it, so every handler is `any`. */
export function createWorkerHandlers(
  host: DictionaryHost,
  setUserTerms: (terms: UserTerm[]) => void,
  reader?: ReaderHolder,
): HandlerMap<WorkerApi> {
  return {
    lookup: { access: 'any', validate: isLookupParams, run: ({ text, before }) => host.lookup(text, before) },
    glossaryMatches: {
      access: 'any',
      validate: isMatchParams,
      run: ({ text }) => host.glossaryMatches(text),
    },
    articleWords: { access: 'any', validate: isMatchParams, run: ({ text }) => host.articleWords(text) },
    userTerms: {
      access: 'any',
      validate: isUserTermsParams,
      run: ({ terms }) => {
        setUserTerms(terms);
        return terms.length;
      },
    },
    annotate: {
      access: 'any',
      validate: isAnnotateParams,
      run: ({ texts, html, timed }) => {
        if (!reader?.ready()) throw new MessageError('unavailable', 'dictionary-no-answer');
        return reader.annotate(texts, html === true, timed === true);
      },
    },
    readerLoaded: {
      access: 'any',
      validate: isEmptyParams,
      run: async () => {
        if (!reader) throw new MessageError('unavailable', 'dictionary-no-answer');
        await reader.load();
        return true;
      },
    },
  };
}

/** The worker's side: the reply to one posted request (null for anything that is not one). */
export function answerWorkerRequest(
  handlers: HandlerMap<WorkerApi>,
  request: unknown,
): Promise<ChannelReply | null> {
  return answerRequest(handlers, request, 'worker');
}

/** The part of a `Worker` the client uses (a fake in tests). */
export interface WorkerPort {
  postMessage(message: ChannelRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface WorkerClient {
  /** Resolves with the value; a failure rejects with a MessageError carrying its reason. */
  call<N extends keyof WorkerApi & string>(
    name: N,
    params: ParamsOf<WorkerApi, N>,
  ): Promise<ResultOf<WorkerApi, N>>;
}

const isResult = (v: unknown): v is Result<unknown> => typeof v === 'object' && v !== null && 'ok' in v;

/** The offscreen document's side: one promise per request, matched by id. */
export function createWorkerClient(port: WorkerPort): WorkerClient {
  const replies = createPendingReplies();
  port.addEventListener('message', ({ data }) => replies.settle(data));
  return {
    async call(name, params) {
      const answer = await replies.ask(envelope('worker', name, params), (request) =>
        port.postMessage(request),
      );
      if (!isResult(answer)) throw new MessageError('unavailable', 'dictionary-no-answer');
      if (!answer.ok) throw MessageError.of(receivedError(answer.error));
      return answer.value as ResultOf<WorkerApi, typeof name>;
    },
  };
}
