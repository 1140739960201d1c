// Wenzhai reader: the word list's loader, a tiny worker started by public/reader-boot.js. It fetches
// /dict/words.bin (8.8 MB) on its own idle thread and transfers the bytes to the annotation worker on
// the MessagePort the page gives it. Fetched by the page, the bytes arrived 160-270 ms after the click,
// as the page's main thread was busy loading the reader's bundle; the annotation worker's own thread is
// busy parsing the reading table then. Without bytes (a failed fetch) the annotation worker fetches
// them itself.
'use strict';
(() => {
  const load = (path) =>
    fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return response.arrayBuffer();
    });
  // The reading table (1.1 MB) too: fetched here, its bytes wait on no busy thread; the annotation
  // worker only decodes and parses them.
  const readings = load('/reader/readings.json');
  const fetched = load('/dict/words.bin');
  self.addEventListener(
    'message',
    (event) => {
      const port = event.data;
      if (!(port instanceof MessagePort)) return;
      readings.then(
        (bytes) => port.postMessage({ kind: 'readings', readings: bytes }, [bytes]),
        () => port.postMessage({ kind: 'readings' }),
      );
      // The word list only after the table: the annotation worker parses the table first, and a
      // list that arrived ahead of it would only wait there.
      Promise.allSettled([readings, fetched])
        .then(() => fetched)
        .then(
          (words) => port.postMessage({ kind: 'words', words }, [words]),
          () => port.postMessage({ kind: 'words' }),
        )
        .finally(() => self.close());
    },
    { once: true },
  );
})();
