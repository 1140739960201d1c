// Who annotates the reader's article. Chrome: the dictionary's holder when public/reader-boot.js found
// it ready (lib/reader/holder-client.ts), else the reader's own worker. The worker: the one the boot
// script started from the page's head (it also hands the worker the word list), or a new one, told to
// fetch its word list, if that did not run.
import { createHolderAnnotateClient, type HolderPort } from '../../lib/reader/holder-client';
import {
  type AnnotateClient,
  createAnnotateClient,
  isWorkerMarks,
  type WordsMessage,
} from '../../lib/reader/worker-protocol';

/** Called with each answer's computeMs (how long its annotation took where it ran). */
type OnComputed = (ms: number) => void;

/** The worker's annotator. The worker's load steps are added to `marks` (ms from the page's time
 *  origin) when it reports them. */
function startWorker(marks: Record<string, number>, onComputed?: OnComputed): AnnotateClient {
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
  return createAnnotateClient(worker, onComputed);
}

/** The reader's annotator: texts in, tokens or ruby HTML out. */
export function startAnnotator(marks: Record<string, number>, onComputed?: OnComputed): AnnotateClient {
  const holder = (globalThis as { wenzhaiReaderHolder?: unknown }).wenzhaiReaderHolder;
  // Firefox's build never asks its holder (the background page shares the reader tab's thread there).
  if (import.meta.env.MANIFEST_VERSION !== 3 || !(holder instanceof Promise))
    return startWorker(marks, onComputed);
  let worker: AnnotateClient | undefined;
  const fallback = () => {
    worker ??= startWorker(marks, onComputed);
    return worker;
  };
  const chosen: Promise<AnnotateClient> = holder.then((port: HolderPort | null) => {
    const boot = (globalThis as { wenzhaiReaderBootMarks?: Record<string, number> }).wenzhaiReaderBootMarks;
    Object.assign(marks, boot);
    if (!port) return fallback();
    return createHolderAnnotateClient({
      port,
      fallback,
      answered: (computeMs) => {
        marks.rubyFromHolder ??= performance.now();
        if (computeMs !== undefined) onComputed?.(computeMs);
      },
    });
  });
  return {
    tokens: async (texts) => (await chosen).tokens(texts),
    html: async (texts) => (await chosen).html(texts),
  };
}
