// The reader's annotation done by the dictionary's holder (Chrome's offscreen worker, lib/lookup/host.ts),
// which already has the word list loaded when the popup opens: the reader page then asks it instead of
// starting a worker of its own that must fetch and parse 10 MB first (issue 18 speed). Same code and
// data as the reader's worker (annotateTexts, parseReadingsFile), so the same ruby. The holder loads the
// reading table only after its dictionary, and runs one short annotation, so the first real request
// runs on warmed-up code; until then it answers "not ready" at once and the reader uses its own worker.
import type { Dictionary } from '../dictionary/dictionary';
import { MAX_MATCH_TEXT } from '../dispatch/validate';
import { parseReadingsFile, prepareReadings, type ReadingModel } from './readings';
import {
  type AnnotateBatch,
  annotateTexts,
  annotateTimed,
  isAnnotateBatch,
  type TextsAnnotation,
  WARM_UP,
} from './worker-protocol';

/** A batch as the holder accepts it (sent over a runtime port: bounded like every text a tab sends). */
export function isAnnotateParams(v: unknown): v is AnnotateBatch {
  if (!isAnnotateBatch(v)) return false;
  let total = 0;
  for (const text of v.texts) total += text.length;
  return total <= MAX_MATCH_TEXT;
}

export const READINGS_PATH = '/reader/readings.json';

export interface ReaderHolderDeps {
  /** The holder's loaded dictionary (resolves once it is loaded). */
  dictionary(): Promise<Dictionary>;
  fetchBytes(path: string): Promise<ArrayBuffer>;
  /** Runs `work` after whatever is queued (lookups go first): setTimeout(work, 0) in a worker. */
  later(work: () => void): void;
}

export interface ReaderHolder {
  /** Loads the reading table after the dictionary and warms up (idempotent; a failure is retried). */
  load(): Promise<void>;
  /** Whether `annotate` can answer now. */
  ready(): boolean;
  /** Annotates a batch; throws when not ready (the caller answers "not ready", never waits). `timed`:
   *  the answer also says how long the annotation took here (computeMs). */
  annotate(texts: readonly string[], html: boolean, timed?: boolean): TextsAnnotation;
}

export function createReaderHolder(deps: ReaderHolderDeps): ReaderHolder {
  let model: ReadingModel | null = null;
  let loading: Promise<void> | undefined;
  const afterQueued = (): Promise<void> => new Promise((resolve) => deps.later(resolve));
  const fetchModel = async (): Promise<void> => {
    const dictionary = await deps.dictionary();
    await afterQueued();
    const table = parseReadingsFile(
      JSON.parse(new TextDecoder().decode(await deps.fetchBytes(READINGS_PATH))),
    );
    prepareReadings(table);
    await afterQueued();
    const loaded: ReadingModel = { dictionary, table };
    annotateTexts([WARM_UP], true, loaded); // as the page asks: its ruby as HTML
    model = loaded;
  };
  return {
    load() {
      loading ??= fetchModel();
      loading.catch(() => {
        loading = undefined;
      });
      return loading;
    },
    ready: () => model !== null,
    annotate(texts, html, timed = false) {
      if (!model) throw new Error('The reading model is not loaded');
      return annotateTimed(texts, html, model, timed);
    },
  };
}
