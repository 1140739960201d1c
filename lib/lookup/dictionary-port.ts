// A long-lived port from a tab (or extension page) to the dictionary's holder. Chrome starts a stopped
// service worker before it delivers any new runtime message or port, even one meant for another
// context, so a lookup sent with runtime.sendMessage right after a restart waits for the worker to
// start. Messages on a port that is already open go straight to the context at its other end (the
// offscreen document), so hovering does not wait for the worker at all.
// Tabs import this file (for the port's name): it imports only the protocol's types and the dispatcher,
// never the background's modules (Dexie); tests/unit/import-graph.test.ts keeps it so.
import { answerRequest } from '../dispatch/channel';
import { isFromThisExtension } from '../dispatch/envelope';
import type { DictionaryApi } from '../protocol/api';
import type { ChannelReply, ChannelRequest } from '../protocol/envelope';
import type { HandlerMap } from '../protocol/handler';
import type { SenderInfo } from '../protocol/sender';

export const DICTIONARY_PORT = 'wenzhai-dictionary';

/** A request on the port: `message` is a `to: 'dictionary'` envelope; the reply carries the same id. */
export type PortRequest = ChannelRequest;
export type PortReply = ChannelReply;

/** The parts of `runtime.Port` the holder uses. */
export interface ServedPort {
  name: string;
  sender?: SenderInfo;
  postMessage(message: PortReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
}

/** Serves dictionary requests on `port` if it is ours; returns whether it took the port. */
export function serveDictionaryPort(
  port: ServedPort,
  handlers: HandlerMap<DictionaryApi>,
  extension: { id: string; origin: string },
): boolean {
  const sender = port.sender;
  if (port.name !== DICTIONARY_PORT || !sender || !isFromThisExtension(sender, extension.id)) return false;
  const ctx = { sender, extensionOrigin: extension.origin };
  port.onMessage.addListener((request) => {
    void answerRequest(handlers, request, 'dictionary', ctx).then((reply) => {
      if (!reply) return;
      try {
        port.postMessage(reply);
      } catch {
        // the tab went away while we looked up: nobody to tell
      }
    });
  });
  return true;
}
