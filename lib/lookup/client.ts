// How a tab (or an extension page) looks a word up: over a long-lived port straight to whichever
// context holds the dictionary (lib/lookup/dictionary-port.ts), so in Chrome a stopped service worker
// is not on the hover's path. When nothing holds it yet (the first hover after the browser started,
// before the offscreen document exists) or the port breaks, the lookup goes to the background, which
// opens that document and forwards the lookup; the next lookup opens a new port.
import { browser } from 'wxt/browser';
import { callBackground } from '../client';
import { envelope, type Result } from '../messages';
import type { LookupResult } from '../types';
import { DICTIONARY_PORT, type PortReply, type PortRequest } from './dictionary-port';

/** The parts of `runtime.Port` the client uses. */
export interface ClientPort {
  postMessage(message: PortRequest): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

export interface DictionaryClientDeps {
  connect(): ClientPort;
  /** The background's `lookup` (it opens the holder when needed). */
  fallback(text: string, before: string): Promise<Result<LookupResult>>;
}

export interface DictionaryClient {
  lookup(text: string, before: string): Promise<Result<LookupResult>>;
  /** Opens the port ahead of the first hover (hover turned on), so no lookup waits for it to connect. */
  warm(): void;
  dispose(): void;
}

const isResult = (v: unknown): v is Result<LookupResult> => typeof v === 'object' && v !== null && 'ok' in v;
const isReply = (v: unknown): v is PortReply =>
  typeof v === 'object' && v !== null && typeof (v as { id?: unknown }).id === 'number';

export function createDictionaryClient(deps: DictionaryClientDeps): DictionaryClient {
  let port: ClientPort | null = null;
  let next = 0;
  const pending = new Map<number, (answer: unknown) => void>();

  const open = (): ClientPort => {
    if (port) return port;
    const opened = deps.connect();
    port = opened;
    opened.onMessage.addListener((reply) => {
      if (!isReply(reply)) return;
      pending.get(reply.id)?.(reply.answer);
      pending.delete(reply.id);
    });
    // No receiver, the holder closed, the extension reloaded, the page went into the back/forward
    // cache: whatever was asked on this port gets no answer from it (undefined → fallback).
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      for (const [id, resolve] of pending) {
        pending.delete(id);
        resolve(undefined);
      }
    });
    return opened;
  };

  const ask = (message: unknown): Promise<unknown> =>
    new Promise((resolve) => {
      const id = ++next;
      try {
        pending.set(id, resolve);
        open().postMessage({ id, message });
      } catch {
        pending.delete(id);
        port = null;
        resolve(undefined);
      }
    });

  return {
    async lookup(text, before) {
      const answer = await ask(envelope('dictionary', 'lookup', { text, before }));
      return isResult(answer) ? answer : deps.fallback(text, before);
    },
    warm() {
      try {
        open();
      } catch {
        port = null; // extension context gone: lookups fall back (and fail as data)
      }
    },
    dispose() {
      port?.disconnect();
      port = null;
    },
  };
}

let shared: DictionaryClient | undefined;
/** The client over the browser's runtime (one port per content-script instance). */
export function dictionaryClient(): DictionaryClient {
  shared ??= createDictionaryClient({
    connect: () => {
      const port = browser.runtime.connect({ name: DICTIONARY_PORT });
      // No receiver yet (the holder opens on the first fallback): reading lastError marks it handled,
      // else Chrome logs "Unchecked runtime.lastError" in the page's console.
      port.onDisconnect.addListener(() => void browser.runtime.lastError);
      return port as unknown as ClientPort;
    },
    fallback: (text, before) => callBackground('lookup', { text, before }),
  });
  return shared;
}

export function lookupWord(text: string, before: string): Promise<Result<LookupResult>> {
  return dictionaryClient().lookup(text, before);
}
