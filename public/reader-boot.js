// Wenzhai reader: decides, from the page's head, who annotates the article. In Chrome the dictionary's
// holder (the offscreen document's worker, lib/reader/holder.ts) usually has the word list and reading
// table loaded already (the popup opened it): the page asks it over the dictionary port whether it can
// annotate now and, if it answers yes, starts no worker of its own (they would fetch and parse 10 MB on
// the 2 cores the page needs). If it says "not ready", is not open, or does not answer within
// HOLDER_WAIT_MS, and always in Firefox (whose holder is the background page, on the reader tab's
// thread), this starts the annotation worker (/reader-worker.js, entrypoints/reader-worker.ts) and the
// download of its data while the page's bundled script is still loading. A plain script in the page's
// head, so it runs at once. The 8.8 MB word list is fetched by a tiny loader worker (/reader-words.js)
// that transfers the bytes (no copy) straight to the annotation worker over a MessageChannel: fetched by
// the page, the bytes waited on the page's main thread, busy loading the bundle; fetched by the
// annotation worker, on its thread, busy parsing the reading table (both tried in the issue 18 speed
// work). If the loader cannot start, the page fetches the list as before; if this script is missing or
// fails, entrypoints/reader/worker-start.ts starts a worker that fetches everything itself.
'use strict';
(() => {
  const HOLDER_WAIT_MS = 100;
  const startWorkers = () => {
    try {
      const worker = new Worker('/reader-worker.js', { name: 'reader' });
      try {
        const channel = new MessageChannel();
        const loader = new Worker('/reader-words.js', { name: 'reader-words' });
        loader.postMessage(channel.port1, [channel.port1]);
        worker.postMessage({ kind: 'wordsPort', port: channel.port2 }, [channel.port2]);
      } catch {
        fetch('/dict/words.bin')
          .then((response) => {
            if (!response.ok) throw new Error(`words.bin: ${response.status}`);
            return response.arrayBuffer();
          })
          .then(
            (words) => worker.postMessage({ kind: 'words', words }, [words]),
            () => worker.postMessage({ kind: 'words' }), // the worker fetches it itself
          );
      }
      Object.defineProperty(globalThis, 'wenzhaiReaderWorker', { value: worker });
    } catch {
      // worker-start.ts starts one
    }
  };

  /** The dictionary port (lib/lookup/dictionary-port.ts) if the holder answers an empty `annotate`
   *  (lib/protocol/api.ts) with a value, else null. Request id 0: the page's own client counts from 1. */
  const askHolder = (runtime) =>
    new Promise((resolve) => {
      const port = runtime.connect({ name: 'wenzhai-dictionary' });
      let settled = false;
      const settle = (ready) => {
        if (settled) return;
        settled = true;
        port.onMessage.removeListener(onReply);
        if (!ready) {
          try {
            port.disconnect();
          } catch {}
        }
        resolve(ready ? port : null);
      };
      const onReply = (reply) => {
        if (reply && reply.id === 0) settle(reply.answer?.ok === true);
      };
      port.onMessage.addListener(onReply);
      port.onDisconnect.addListener(() => {
        void runtime.lastError; // no holder open: handled here, not logged
        settle(false);
      });
      port.postMessage({
        id: 0,
        message: { wenzhai: 1, to: 'dictionary', name: 'annotate', params: { texts: [] } },
      });
      setTimeout(() => settle(false), HOLDER_WAIT_MS);
    });

  try {
    const runtime = globalThis.chrome?.runtime;
    if (runtime?.getManifest?.().manifest_version === 3) {
      const asked = performance.now();
      const holder = askHolder(runtime).then((port) => {
        Object.defineProperty(globalThis, 'wenzhaiReaderBootMarks', {
          value: { holderAsked: asked, [port ? 'holderReady' : 'holderNotReady']: performance.now() },
        });
        if (!port) startWorkers();
        return port;
      });
      Object.defineProperty(globalThis, 'wenzhaiReaderHolder', { value: holder });
      return;
    }
  } catch {
    // no runtime to ask: the workers, as in Firefox
  }
  startWorkers();
})();
