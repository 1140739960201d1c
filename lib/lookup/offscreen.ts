// The service worker's side of the dictionary in Chrome: it opens the offscreen document that holds
// the dictionary (entrypoints/offscreen) and forwards to it the lookups that reach the worker instead
// (the first hover, before the document exists). Pure over injected browser calls, tested with fakes.
import { envelope } from '../dispatch/envelope';
import { MessageError, receivedError } from '../dispatch/failure';
import type { Result } from '../protocol/result';
import type { LookupResult } from '../types';

export const OFFSCREEN_PATH = '/offscreen.html';
/** Shown by Chrome where it lists why an extension keeps a document open. */
export const OFFSCREEN_JUSTIFICATION =
  'Runs the hover dictionary in a dedicated worker so the first lookup after the service worker restarts is fast.';

export interface OffscreenDeps {
  /** Whether the offscreen document is open (runtime.getContexts). */
  hasDocument(): Promise<boolean>;
  /** offscreen.createDocument with OFFSCREEN_PATH, reason WORKERS and OFFSCREEN_JUSTIFICATION. */
  createDocument(): Promise<void>;
  /** runtime.sendMessage: reaches the offscreen document (never the sender itself). */
  send(message: unknown): Promise<unknown>;
  sleep(ms: number): Promise<void>;
}

export interface DictionaryForwarder {
  /** Opens the offscreen document unless it is open (concurrent calls share one attempt). */
  ensure(): Promise<void>;
  lookup(text: string, before?: string): Promise<LookupResult>;
  glossaryMatches(text: string): Promise<{ start: number; end: number }[]>;
  articleWords(text: string): Promise<number[]>;
  /** Tells an open document to re-read the user's terms; does nothing when none is open. */
  userTermsChanged(): Promise<void>;
}

/** How long a freshly created document may take to register its listener (attempts × delay). */
const ATTEMPTS = 40;
const RETRY_MS = 50;

const isResult = (v: unknown): v is Result<unknown> => typeof v === 'object' && v !== null && 'ok' in v;

export function createDictionaryForwarder(deps: OffscreenDeps): DictionaryForwarder {
  let opening: Promise<void> | null = null;
  const ensure = (): Promise<void> => {
    opening ??= (async () => {
      if (await deps.hasDocument()) return;
      try {
        await deps.createDocument();
      } catch (error) {
        // Another context opened it in the meantime: that is what we wanted.
        if (!(await deps.hasDocument())) throw error;
      }
    })().finally(() => {
      opening = null;
    });
    return opening;
  };

  // A document just created may not have registered its listener yet: "no receiver" is retried. One
  // that closed itself while idle (lib/lookup/idle-close.ts) just as this was sent is opened again.
  const call = async <T>(message: unknown): Promise<T> => {
    await ensure();
    let last = 'The dictionary did not answer.';
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      try {
        if (attempt > 0) await ensure();
        const answer = await deps.send(message);
        if (isResult(answer)) {
          if (answer.ok) return answer.value as T;
          throw MessageError.of(receivedError(answer.error));
        }
      } catch (error) {
        if (error instanceof MessageError) throw error;
        last = error instanceof Error ? error.message : String(error);
      }
      await deps.sleep(RETRY_MS);
    }
    throw MessageError.of({ code: 'unavailable', reason: 'dictionary-no-answer', message: last });
  };

  return {
    ensure,
    lookup: (text, before) =>
      call(envelope('dictionary', 'lookup', before === undefined ? { text } : { text, before })),
    glossaryMatches: (text) => call(envelope('dictionary', 'glossaryMatches', { text })),
    articleWords: (text) => call(envelope('dictionary', 'articleWords', { text })),
    async userTermsChanged() {
      if (!(await deps.hasDocument())) return; // it reads them fresh when it opens
      await call(envelope('dictionary', 'userTermsChanged', {}));
    },
  };
}
