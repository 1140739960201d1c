// The reader page's annotation worker: the one public/reader-boot.js started from the page's head (it
// also hands the worker the word list), or a new one, told to fetch its word list, if that did not run.
import {
  type AnnotateClient,
  createAnnotateClient,
  isWorkerMarks,
  type WordsMessage,
} from '../../lib/reader/worker-protocol';

/** The worker's annotator: texts in, tokens or ruby HTML out. The worker's load steps are added to
 *  `marks` (ms from the page's time origin) when it reports them. */
export function startAnnotator(marks: Record<string, number>): AnnotateClient {
  const booted = (globalThis as { wenzhaiReaderWorker?: unknown }).wenzhaiReaderWorker;
  let worker: Worker;
  if (booted instanceof Worker) worker = booted;
  else {
    worker = new Worker('/reader-worker.js', { name: 'reader' });
    worker.postMessage({ kind: 'words' } satisfies WordsMessage); // no bytes: the worker fetches them
  }
  worker.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (!isWorkerMarks(event.data)) return;
    for (const [name, at] of Object.entries(event.data.marks)) marks[name] = at - performance.timeOrigin;
  });
  return createAnnotateClient(worker);
}
