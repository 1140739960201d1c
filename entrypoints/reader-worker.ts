import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadDictionary } from '../lib/dictionary/dictionary';
import { annotate, parseReadingsFile, prepareReadings, type ReadingModel } from '../lib/reader/readings';
import {
  answerAnnotate,
  isAnnotateRequest,
  isReadingsMessage,
  isWordsMessage,
  isWordsPortMessage,
  WARM_UP,
  type WorkerMarks,
} from '../lib/reader/worker-protocol';

// The reader page's annotation worker (lib/reader/worker-protocol.ts), built as a plain script at a
// fixed path (/reader-worker.js) so public/reader-boot.js, a classic script in the page's head, can
// start it before the page's module graph has loaded (a worker started from the bundled entry began
// loading its data ~80 ms later). A loader worker (public/reader-words.js) fetches the reading table and
// the word list (public/dict/words.bin: the dictionary's words and readings, without the definitions
// file) and transfers both here; this worker parses the table while the list still streams in, then
// segments and reads every batch the page sends.

type Scope = { postMessage(message: unknown): void; addEventListener: typeof addEventListener };

const fetchBytes = (path: string): Promise<ArrayBuffer> =>
  fetch(path).then((response) => {
    if (!response.ok) throw new Error('Reader data missing');
    return response.arrayBuffer();
  });

/** The worker's data: the word list, the bytes the page or its loader worker fetched
 *  (public/reader-boot.js, public/reader-words.js) or fetched here when the page sends none; the
 *  reading table's bytes, from the loader when the page gave a port, else fetched here. */
function receiveData(
  scope: Scope,
  mark: (name: string) => void,
): { words: Promise<ArrayBuffer>; readingBytes: Promise<ArrayBuffer> } {
  let settleReadings: (bytes: Promise<ArrayBuffer>) => void = () => undefined;
  const readingBytes = new Promise<ArrayBuffer>((resolve) => {
    settleReadings = resolve;
  });
  const words = new Promise<ArrayBuffer>((resolve, reject) => {
    const receive = (event: Event) => {
      const message = (event as MessageEvent<unknown>).data;
      if (isReadingsMessage(message)) {
        settleReadings(
          message.readings ? Promise.resolve(message.readings) : fetchBytes('/reader/readings.json'),
        );
        return;
      }
      if (isWordsPortMessage(message)) {
        // public/reader-words.js fetches the bytes on its own idle thread and sends them here. Which
        // of the loader's bytes arrived is marked (the end-to-end test of the boot path reads it).
        message.port.addEventListener('message', (portEvent: MessageEvent<unknown>) => {
          const sent = portEvent.data;
          if (isReadingsMessage(sent) && sent.readings) mark('readingsFromLoader');
          if (isWordsMessage(sent) && sent.words) mark('wordsFromLoader');
          receive(portEvent);
        });
        message.port.start();
        return;
      }
      if (!isWordsMessage(message)) return;
      if (message.words) resolve(message.words);
      else fetchBytes('/dict/words.bin').then(resolve, reject);
    };
    scope.addEventListener('message', receive);
    // The page's first message says where the data comes from: a port (the loader sends both) or not.
    scope.addEventListener(
      'message',
      (event: Event) => {
        if (!isWordsPortMessage((event as MessageEvent<unknown>).data))
          settleReadings(fetchBytes('/reader/readings.json'));
      },
      { once: true },
    );
  });
  return { words, readingBytes };
}

export default defineUnlistedScript(() => {
  const scope = self as unknown as Scope;
  /** Load steps in epoch milliseconds, sent to the page once (the bench's trace of a reader's open). */
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = performance.timeOrigin + performance.now();
  };
  mark('workerStart');

  const { words, readingBytes } = receiveData(scope, mark);

  const fetchModel = async (): Promise<ReadingModel> => {
    // The reading table arrives first: it is parsed (its polyphone model in the flat form,
    // lib/reader/polyphones-flat.ts, 9-22 ms here instead of 45-65) while the word list is still
    // streaming in; the model's entries are compiled as texts need them.
    const body = new TextDecoder().decode(
      await readingBytes.catch(() => fetchBytes('/reader/readings.json')), // a retry fetches again
    );
    mark('readingsFetched');
    const json: unknown = JSON.parse(body);
    mark('readingsParsed');
    const table = parseReadingsFile(json);
    prepareReadings(table);
    mark('readingsReady');
    const bytes = await words;
    mark('wordsFetched');
    const loaded = { dictionary: loadDictionary(bytes), table };
    mark('dictionaryReady');
    annotate(WARM_UP, loaded);
    mark('warm');
    scope.postMessage({ marks } satisfies WorkerMarks);
    return loaded;
  };

  let model: Promise<ReadingModel> | undefined;
  const loadModel = (): Promise<ReadingModel> => {
    model ??= fetchModel();
    model.catch(() => {
      model = undefined; // retried by the next request
    });
    return model;
  };
  let ready = false;
  void loadModel().then(
    () => {
      ready = true;
    },
    () => undefined,
  );
  /** The model, for a request that came before it was loaded: each such request then runs in a task of
   *  its own. The page asks for several batches at once; run in one microtask queue, the first screen's
   *  answer reached the page only when every batch was done. */
  const modelInOwnTask = (): Promise<ReadingModel> =>
    loadModel().then((loaded) => new Promise((resolve) => setTimeout(() => resolve(loaded), 0)));

  scope.addEventListener('message', (event: Event) => {
    const message = (event as MessageEvent<unknown>).data;
    if (isAnnotateRequest(message))
      void answerAnnotate(ready ? loadModel : modelInOwnTask, message).then((reply) =>
        scope.postMessage(reply),
      );
  });
});
