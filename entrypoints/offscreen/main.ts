// Chrome's offscreen document (opened by the background, lib/lookup/offscreen.ts): it starts the
// dedicated worker that loads and holds the dictionary, and answers `to: 'dictionary'` messages from
// tabs and extension pages. Unlike the service worker it is not stopped when idle, so the first hover
// after a service-worker restart is answered from a dictionary already in memory.
import { browser } from 'wxt/browser';
import { dispatch } from '../../lib/dispatch/dispatch';
import { isEnvelope, isFromThisExtension } from '../../lib/dispatch/envelope';
import { listUserTerms, openUserGlossaryDb } from '../../lib/glossary/user-db';
import { createDictionaryHandlers } from '../../lib/lookup/dictionary-handlers';
import { type ServedPort, serveDictionaryPort } from '../../lib/lookup/dictionary-port';
import { createIdleClose, OFFSCREEN_IDLE_MS } from '../../lib/lookup/idle-close';
import { createWorkerClient, type WorkerPort } from '../../lib/lookup/worker-protocol';
import type { SenderInfo } from '../../lib/protocol/sender';

const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'dictionary' });
const client = createWorkerClient(worker as unknown as WorkerPort);

// The user's terms are read here (an extension page may open the extension's IndexedDB) and handed to
// the worker; lookups wait for the first read so a user term is never missing from the first card.
let db: ReturnType<typeof openUserGlossaryDb> | undefined;
const reloadUserTerms = async (): Promise<number> => {
  db ??= openUserGlossaryDb();
  return client.call('userTerms', { terms: await listUserTerms(db) });
};
const usersRead = reloadUserTerms().catch(() => 0); // a broken user database must not stop lookups

// The reader's annotation (lib/reader/holder.ts): forwarded to the worker only once its reading model
// is loaded; until then the reader is told "not ready" at once and uses its own worker.
let readerLoaded = false;
const loadReader = (): void => {
  client.call('readerLoaded', {}).then(
    () => {
      readerLoaded = true;
    },
    () => setTimeout(loadReader, 5_000), // a failed load is tried again, later
  );
};
loadReader();

const extension = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
const handlers = createDictionaryHandlers({
  lookup: async (text, before) => {
    await usersRead;
    return client.call('lookup', before === undefined ? { text } : { text, before });
  },
  glossaryMatches: (text) => client.call('glossaryMatches', { text }),
  articleWords: (text) => client.call('articleWords', { text }),
  reloadUserTerms,
  annotate: (texts, html, timed) => (readerLoaded ? client.call('annotate', { texts, html, timed }) : null),
});

// Closed when no tab holds a port and nothing was asked for a while (lib/lookup/idle-close.ts).
const idle = createIdleClose({
  idleMs: OFFSCREEN_IDLE_MS,
  setTimer: (run, ms) => setTimeout(run, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  close: () => window.close(),
});

browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo, sendResponse) => {
  // Only `to: 'dictionary'`: every other message is the background's (exactly one context answers).
  if (!isEnvelope(message, 'dictionary') || !isFromThisExtension(sender, extension.id)) return false;
  idle.used();
  void dispatch(handlers, message, { sender, extensionOrigin: extension.origin }).then(sendResponse);
  return true;
});

// Tabs keep a port open to this document (lib/lookup/client.ts): messages on an open port are not held
// back while Chrome restarts the service worker, as new runtime messages are.
browser.runtime.onConnect.addListener((port) => {
  if (!serveDictionaryPort(port as unknown as ServedPort, handlers, extension)) return;
  idle.portOpened();
  port.onDisconnect.addListener(() => idle.portClosed());
});
