// How a tab (or an extension page) looks a word up: over a long-lived port straight to whichever
// context holds the dictionary (lib/lookup/dictionary-port.ts), so in Chrome a stopped service worker
// is not on the hover's path. When nothing holds it yet (the first hover after the browser started,
// before the offscreen document exists) or the port breaks, the lookup goes to the background, which
// opens that document and forwards the lookup; the next lookup opens a new port.
import { browser } from 'wxt/browser';
import { callBackground } from '../client';
import { createPendingReplies } from '../dispatch/channel';
import { envelope } from '../dispatch/envelope';
import { withTopicLines } from '../i18n/glossary-labels';
import type { Envelope } from '../protocol/envelope';
import type { Result } from '../protocol/result';
import type { LookupResult } from '../types';
import { DICTIONARY_PORT, type PortRequest } from './dictionary-port';

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

export function createDictionaryClient(deps: DictionaryClientDeps): DictionaryClient {
  let port: ClientPort | null = null;
  const replies = createPendingReplies();

  const open = (): ClientPort => {
    if (port) return port;
    const opened = deps.connect();
    port = opened;
    opened.onMessage.addListener(replies.settle);
    // No receiver, the holder closed, the extension reloaded, the page went into the back/forward
    // cache: whatever was asked on this port gets no answer from it (undefined → fallback).
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      replies.closeAll();
    });
    return opened;
  };

  const ask = (message: Envelope): Promise<unknown> =>
    replies.ask(message, (request) => {
      try {
        open().postMessage(request);
      } catch (error) {
        port = null;
        throw error;
      }
    });

  return {
    async lookup(text, before) {
      const sent = await ask(envelope('dictionary', 'lookup', { text, before }));
      const answer = isResult(sent) ? sent : await deps.fallback(text, before);
      // The card is shown here, in the tab: the glossary's topic line is worded in the UI language.
      return answer.ok ? { ok: true, value: withTopicLines(answer.value) } : answer;
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
