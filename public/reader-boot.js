// Wenzhai reader: starts the annotation worker (/reader-worker.js, entrypoints/reader-worker.ts) and
// the download of its word list while the page's bundled script is still loading. A plain script in the
// page's head, so it runs at once. The 8.8 MB word list is fetched by a tiny loader worker
// (/reader-words.js) that transfers the bytes (no copy) straight to the annotation worker over a
// MessageChannel: fetched by the page, the bytes waited on the page's main thread, busy loading the
// bundle; fetched by the annotation worker, on its thread, busy parsing the reading table (both tried in
// the issue 18 speed work). If the loader cannot start, the page fetches the list as before; if this
// script is missing or fails, entrypoints/reader/worker-start.ts starts a worker that fetches everything
// itself.
'use strict';
(() => {
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
})();
