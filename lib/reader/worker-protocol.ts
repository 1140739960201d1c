// The reader page's annotation worker: texts in, tokens out. The worker loads the word list
// (public/dict/words.bin) and the reading table, so neither that nor the segmentation runs on the page's
// main thread; the page only writes the ruby, in slices (ruby.ts).
import type { ReadingModel, ReadingToken } from './readings';
import { annotate } from './readings';
import { rubyHtml } from './ruby';

/** A batch of the reader's texts, as its worker and the dictionary's holder (lib/reader/holder.ts) take it. */
export interface AnnotateBatch {
  texts: string[];
  /** Answer with each text's ruby as HTML (ruby.ts rubyHtml) instead of tokens: the page's writes. */
  html?: boolean;
  /** Also answer how long the annotation itself took where it ran (computeMs): the bench's figure
   *  without the messages' trip. */
  timed?: boolean;
}

export interface AnnotateRequest extends AnnotateBatch {
  id: number;
}

/** One text's ruby as HTML, and how many words it has. */
export interface RubyHtml {
  html: string;
  words: number;
}

export type AnnotateReply =
  | ({ id: number; ok: true } & TextsAnnotation)
  | { id: number; ok: false; error: string };

/** The page to the worker, once: the word list's bytes (transferred), or none (the worker fetches it). */
export interface WordsMessage {
  kind: 'words';
  words?: ArrayBuffer;
}

/** `{ kind, [field]?: ArrayBuffer }`: the bytes, transferred, or none (the worker then fetches them). */
function isBytesMessage(value: unknown, kind: string, field: string): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === kind && (v[field] === undefined || v[field] instanceof ArrayBuffer);
}

export const isWordsMessage = (value: unknown): value is WordsMessage =>
  isBytesMessage(value, 'words', 'words');

/** The loader worker (public/reader-words.js) to the annotation worker, on the port of a
 *  WordsPortMessage: the reading table's bytes (transferred), or none (the worker fetches it). */
export interface ReadingsMessage {
  kind: 'readings';
  readings?: ArrayBuffer;
}

export const isReadingsMessage = (value: unknown): value is ReadingsMessage =>
  isBytesMessage(value, 'readings', 'readings');

/** The page to the worker, once, instead of WordsMessage: the port on which a loader worker
 *  (public/reader-words.js) sends the WordsMessage, so the 8.8 MB do not wait on the page's busy
 *  main thread. */
export interface WordsPortMessage {
  kind: 'wordsPort';
  port: MessagePort;
}

export function isWordsPortMessage(value: unknown): value is WordsPortMessage {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return v.kind === 'wordsPort' && typeof MessagePort !== 'undefined' && v.port instanceof MessagePort;
}

/** The worker's load steps (epoch milliseconds), sent once when its data is ready: a trace for the bench. */
export interface WorkerMarks {
  marks: Record<string, number>;
}

export function isWorkerMarks(value: unknown): value is WorkerMarks {
  if (typeof value !== 'object' || value === null) return false;
  const marks = (value as { marks?: unknown }).marks;
  return (
    typeof marks === 'object' &&
    marks !== null &&
    Object.values(marks).every((v) => typeof v === 'number' && Number.isFinite(v))
  );
}

export function isAnnotateBatch(value: unknown): value is AnnotateBatch {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    Array.isArray(v.texts) &&
    v.texts.every((t) => typeof t === 'string') &&
    (v.html === undefined || typeof v.html === 'boolean') &&
    (v.timed === undefined || typeof v.timed === 'boolean')
  );
}

export function isAnnotateRequest(value: unknown): value is AnnotateRequest {
  return isAnnotateBatch(value) && typeof (value as { id?: unknown }).id === 'number';
}

/** A short text read once the data is in, by the reader's worker and by the dictionary's holder: the
 *  first real batch then runs on warmed-up code. */
export const WARM_UP = '这位银行行长在重庆长大，为了了解这座城市，他还是每天步行上班。';

/** A batch's annotation: each text's tokens, or its ruby as HTML; with `computeMs` (the milliseconds
 *  annotateTexts took where it ran) when the batch was `timed`. */
export type TextsAnnotation = ({ tokens: ReadingToken[][] } | { html: RubyHtml[] }) & { computeMs?: number };

/** annotateTexts, with its own duration added when `timed` (performance.now where it runs). */
export function annotateTimed(
  texts: readonly string[],
  html: boolean,
  model: ReadingModel,
  timed: boolean,
): TextsAnnotation {
  if (!timed) return annotateTexts(texts, html, model);
  const start = performance.now();
  const answer = annotateTexts(texts, html, model);
  return { ...answer, computeMs: performance.now() - start };
}

/** Annotates a batch: the reader's worker and the dictionary's holder (lib/reader/holder.ts) both run
 *  this, so their answers are the same for the same data. */
export function annotateTexts(texts: readonly string[], html: boolean, model: ReadingModel): TextsAnnotation {
  const tokens = texts.map((text) => annotate(text, model));
  if (!html) return { tokens };
  return { html: tokens.map((t) => ({ html: rubyHtml(t), words: t.length })) };
}

/** The worker's answer to one request. */
export async function answerAnnotate(
  model: () => Promise<ReadingModel>,
  request: AnnotateRequest,
): Promise<AnnotateReply> {
  try {
    return {
      id: request.id,
      ok: true,
      ...annotateTimed(request.texts, request.html === true, await model(), request.timed === true),
    };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The page's side: one promise per request, matched by id. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface AnnotateClient {
  /** Each text's tokens. */
  tokens(texts: string[]): Promise<ReadingToken[][]>;
  /** Each text's ruby as HTML. */
  html(texts: string[]): Promise<RubyHtml[]>;
}

/** `onComputed`: asks the worker to time each batch and is called with that time (computeMs). */
export function createAnnotateClient(worker: WorkerLike, onComputed?: (ms: number) => void): AnnotateClient {
  let next = 1;
  const waiting = new Map<
    number,
    { resolve: (reply: AnnotateReply & { ok: true }) => void; reject: (e: Error) => void }
  >();
  worker.addEventListener('message', (event) => {
    const reply = event.data as AnnotateReply;
    const entry = waiting.get(reply?.id);
    if (!entry) return;
    waiting.delete(reply.id);
    if (reply.ok && typeof reply.computeMs === 'number') onComputed?.(reply.computeMs);
    if (reply.ok) entry.resolve(reply);
    else entry.reject(new Error(reply.error));
  });
  const ask = (texts: string[], html: boolean) =>
    new Promise<AnnotateReply & { ok: true }>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      const request: AnnotateRequest = onComputed ? { id, texts, html, timed: true } : { id, texts, html };
      worker.postMessage(request);
    });
  return {
    tokens: async (texts) => {
      const reply = await ask(texts, false);
      return 'tokens' in reply ? reply.tokens : [];
    },
    html: async (texts) => {
      const reply = await ask(texts, true);
      return 'html' in reply ? reply.html : [];
    },
  };
}
