// Starts the reader page's annotation worker and hands it the data public/reader-boot.js began to
// fetch before this script loaded (the bytes are transferred, not copied). Without that data (the boot
// script failed or is absent) the worker is told to fetch for itself. Requests wait for the hand-over,
// so the worker never starts a second download of its own.
import {
  type AnnotateClient,
  createAnnotateClient,
  type LoadRequest,
  type ReaderData,
} from '../../lib/reader/worker-protocol';

interface BootData {
  words: ArrayBuffer;
  readings: string;
}

async function handOver(worker: Worker): Promise<void> {
  const boot = (globalThis as { wenzhaiReaderData?: Promise<BootData> }).wenzhaiReaderData;
  try {
    if (!boot) throw new Error('no boot data');
    const { words, readings } = await boot;
    worker.postMessage({ kind: 'data', words, readings } satisfies ReaderData, [words]);
  } catch {
    worker.postMessage({ kind: 'load' } satisfies LoadRequest);
  }
}

/** The worker's annotator: texts in, tokens or ruby HTML out. */
export function startAnnotator(): AnnotateClient {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'reader' });
  const handedOver = handOver(worker);
  const client = createAnnotateClient(worker as unknown as Parameters<typeof createAnnotateClient>[0]);
  return {
    tokens: async (texts) => {
      await handedOver;
      return client.tokens(texts);
    },
    html: async (texts) => {
      await handedOver;
      return client.html(texts);
    },
  };
}
