// The reader page's annotation worker: texts in, tokens out. The worker loads the dictionary (14 MB,
// unpacked in ~70 ms) and the reading table, so neither that nor the segmentation runs on the page's
// main thread; the page only writes the ruby, in slices (ruby.ts).
import type { ReadingModel, ReadingToken } from './readings';
import { annotate } from './readings';

export interface AnnotateRequest {
  id: number;
  texts: string[];
}

export type AnnotateReply =
  | { id: number; ok: true; tokens: ReadingToken[][] }
  | { id: number; ok: false; error: string };

export function isAnnotateRequest(value: unknown): value is AnnotateRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && Array.isArray(v.texts) && v.texts.every((t) => typeof t === 'string');
}

/** The worker's answer to one request. */
export async function answerAnnotate(
  model: () => Promise<ReadingModel>,
  request: AnnotateRequest,
): Promise<AnnotateReply> {
  try {
    const loaded = await model();
    return { id: request.id, ok: true, tokens: request.texts.map((text) => annotate(text, loaded)) };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The page's side: one promise per request, matched by id. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export function createAnnotateClient(worker: WorkerLike): (texts: string[]) => Promise<ReadingToken[][]> {
  let next = 1;
  const waiting = new Map<number, { resolve: (t: ReadingToken[][]) => void; reject: (e: Error) => void }>();
  worker.addEventListener('message', (event) => {
    const reply = event.data as AnnotateReply;
    const entry = waiting.get(reply?.id);
    if (!entry) return;
    waiting.delete(reply.id);
    if (reply.ok) entry.resolve(reply.tokens);
    else entry.reject(new Error(reply.error));
  });
  return (texts) =>
    new Promise((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      worker.postMessage({ id, texts } satisfies AnnotateRequest);
    });
}
