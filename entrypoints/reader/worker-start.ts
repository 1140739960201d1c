// Starts the reader page's annotation worker. The worker fetches and unpacks its data as soon as it
// runs (worker.ts), so starting it is all the page does before its first request.
import { type AnnotateClient, createAnnotateClient } from '../../lib/reader/worker-protocol';

/** The worker's annotator: texts in, tokens or ruby HTML out. */
export function startAnnotator(): AnnotateClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'reader' });
  return createAnnotateClient(worker as unknown as Parameters<typeof createAnnotateClient>[0]);
}
