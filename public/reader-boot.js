// Wenzhai reader: starts fetching the annotation worker's data (the word list and the reading table)
// while the page's bundled script is still loading; entrypoints/reader/main.tsx hands the bytes to the
// worker. A plain script in the page's head, so it runs at once (the data is on the way to the first
// ruby, the rest of the page is not).
'use strict';
(() => {
  const bytes = (path, read) =>
    fetch(path).then((response) => {
      if (!response.ok) throw new Error(`${path}: ${response.status}`);
      return read(response);
    });
  const data = Promise.all([
    bytes('/dict/words.bin', (r) => r.arrayBuffer()),
    bytes('/reader/readings.json', (r) => r.text()),
  ]).then(([words, readings]) => ({ words, readings }));
  data.catch(() => undefined); // the worker fetches for itself then
  Object.defineProperty(globalThis, 'wenzhaiReaderData', { value: data });
})();
