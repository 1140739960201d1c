// Requests over a long-lived channel (a runtime port, a dedicated worker): each carries an id and an
// envelope, each reply the same id and a Result. The server side answers through dispatch; the client
// side matches replies to their callers. Both transports use these, so ids are matched in one place.
import type { ChannelReply, ChannelRequest, Destination, Envelope } from '../protocol/envelope';
import type { CallContext } from '../protocol/sender';
import { type AnyHandlerMap, dispatch } from './dispatch';
import { isEnvelope } from './envelope';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** The reply to one request, or null when `request` is not a request for `to` (it is then ignored). */
export async function answerRequest(
  handlers: AnyHandlerMap,
  request: unknown,
  to: Destination,
  ctx?: CallContext,
): Promise<ChannelReply | null> {
  if (!isObject(request) || typeof request.id !== 'number' || !isEnvelope(request.message, to)) return null;
  const id = request.id;
  return { id, answer: await dispatch(handlers, request.message as Envelope, ctx) };
}

export interface PendingReplies {
  /** Sends `message` as a new request; resolves with its answer, or undefined when the channel closes
   *  (or `send` throws) before it comes. */
  ask(message: Envelope, send: (request: ChannelRequest) => void): Promise<unknown>;
  /** Hands a reply to the request with its id; anything else is ignored. */
  settle(reply: unknown): void;
  /** The channel closed: every request still waiting gets undefined. */
  closeAll(): void;
}

export function createPendingReplies(): PendingReplies {
  let next = 0;
  const pending = new Map<number, (answer: unknown) => void>();
  return {
    ask(message, send) {
      return new Promise((resolve) => {
        const id = ++next;
        pending.set(id, resolve);
        try {
          send({ id, message });
        } catch {
          pending.delete(id);
          resolve(undefined);
        }
      });
    },
    settle(reply) {
      if (!isObject(reply) || typeof reply.id !== 'number') return;
      const resolve = pending.get(reply.id);
      pending.delete(reply.id);
      resolve?.(reply.answer);
    },
    closeAll() {
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve(undefined);
      }
    },
  };
}
