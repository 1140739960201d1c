// The shape of every message between contexts. Type-only leaf: imports nothing.

/** Which context a message is for: exactly one context listens for each. `worker` is the dictionary's
 *  dedicated worker, reached only by the offscreen document that started it; `frame` the content
 *  script of a frame that runs its own (lib/protocol/frames-api.ts). */
export type Destination = 'background' | 'content' | 'dictionary' | 'worker' | 'frame';

export interface Envelope<D extends Destination = Destination, N extends string = string> {
  wenzhai: 1;
  to: D;
  name: N;
  params: unknown;
}

/** A request on a long-lived channel (a port, a worker): the reply carries the same id. */
export interface ChannelRequest {
  id: number;
  message: unknown;
}
export interface ChannelReply {
  id: number;
  answer: unknown;
}
