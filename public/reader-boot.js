// Wenzhai reader: starts the annotation worker (/reader-worker.js, entrypoints/reader-worker.ts) and
// the download of its word list while the page's bundled script is still loading. A plain script in the
// page's head, so it runs at once. The page fetches the 8.8 MB word list and transfers the bytes (no
// copy): the worker's thread starts 50-150 ms after this script runs, and the word list fetched from
// there arrived later still (tried in the issue 18 speed work). If this script is
// missing or fails, entrypoints/reader/worker-start.ts starts a worker that fetches everything itself.
'use strict';
(() => {
  try {
    const worker = new Worker('/reader-worker.js', { name: 'reader' });
    fetch('/dict/words.bin')
      .then((response) => {
        if (!response.ok) throw new Error(`words.bin: ${response.status}`);
        return response.arrayBuffer();
      })
      .then(
        (words) => worker.postMessage({ kind: 'words', words }, [words]),
        () => worker.postMessage({ kind: 'words' }), // the worker fetches it itself
      );
    Object.defineProperty(globalThis, 'wenzhaiReaderWorker', { value: worker });
  } catch {
    // worker-start.ts starts one
  }
})();
