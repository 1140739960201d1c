// A long-lived port from a tab (or extension page) to the dictionary's holder. Chrome starts a stopped
// service worker before it delivers any new runtime message or port, even one meant for another
// context, so a lookup sent with runtime.sendMessage right after a restart waits for the worker to
// start. Messages on a port that is already open go straight to the context at its other end (the
// offscreen document), so hovering does not wait for the worker at all.
// Tabs import this file (for the port's name): it must not pull in the background's modules (Dexie).
import type { SenderInfo } from '../background/handlers';
import { type DictionaryApi, dispatch, type HandlerMap, isEnvelope, isObject } from '../messages';
import type { DictionaryContext } from './dictionary-handlers';

export const DICTIONARY_PORT = 'wenzhai-dictionary';

/** A request on the port: `message` is a `to: 'dictionary'` envelope; the reply carries the same id. */
export interface PortRequest {
  id: number;
  message: unknown;
}
export interface PortReply {
  id: number;
  answer: unknown;
}

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
  handlers: HandlerMap<DictionaryApi, DictionaryContext>,
  extensionId: string,
): boolean {
  const sender = port.sender;
  if (port.name !== DICTIONARY_PORT || sender?.id !== extensionId) return false;
  port.onMessage.addListener((request) => {
    if (!isObject(request) || typeof request.id !== 'number' || !isEnvelope(request.message, 'dictionary'))
      return;
    const id = request.id;
    void dispatch(handlers, request.message, { sender }).then((answer) => {
      try {
        port.postMessage({ id, answer });
      } catch {
        // the tab went away while we looked up: nobody to tell
      }
    });
  });
  return true;
}
