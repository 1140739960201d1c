import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { loadDictionary } from '../lib/dictionary/dictionary';
import { AnswerCache, articleTexts, readAhead } from '../lib/reader/prefetch';
import { parseReadingsFile, prepareReadings, type ReadingModel } from '../lib/reader/readings';
import {
  answerAnnotate,
  isAnnotateRequest,
  isArticleMessage,
  isWordsMessage,
  type TextAnswer,
  textAnswer,
  type WorkerMarks,
} from '../lib/reader/worker-protocol';

// The reader page's annotation worker (lib/reader/worker-protocol.ts), built as a plain script at a
// fixed path (/reader-worker.js) so public/reader-boot.js, a classic script in the page's head, can
// start it before the page's module graph has loaded (a worker started from the bundled entry began
// loading its data ~80 ms later). It fetches the reading table and compiles it while the page fetches
// the word list (public/dict/words.bin: the dictionary's words and readings, without the definitions
// file) and transfers it here; then it segments and reads every batch the page sends.

type Scope = { postMessage(message: unknown): void; addEventListener: typeof addEventListener };

export default defineUnlistedScript(() => {
  const scope = self as unknown as Scope;
  /** Load steps in epoch milliseconds, sent to the page once (the bench's trace of a reader's open). */
  const marks: Record<string, number> = {};
  const mark = (name: string) => {
    marks[name] = performance.timeOrigin + performance.now();
  };
  mark('workerStart');

  /** The word list: the bytes the page fetched (public/reader-boot.js), or fetched here when the page
   *  sends none. */
  const words = new Promise<ArrayBuffer>((resolve, reject) => {
    scope.addEventListener('message', (event: Event) => {
      const message = (event as MessageEvent<unknown>).data;
      if (!isWordsMessage(message)) return;
      if (message.words) resolve(message.words);
      else
        fetch('/dict/words.bin')
          .then((response) => {
            if (!response.ok) throw new Error('Reader data missing');
            return response.arrayBuffer();
          })
          .then(resolve, reject);
    });
  });

  const fetchModel = async (): Promise<ReadingModel> => {
    const readings = await fetch('/reader/readings.json');
    if (!readings.ok) throw new Error('Reader data missing');
    // The reading table arrives first: it is parsed (its polyphone entries stay packed until a text
    // needs them) while the word list is still streaming in.
    mark('readingsHeaders');
    const body = await readings.text();
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
  void loadModel().catch(() => undefined);

  // Answers read ahead (prefetch.ts), one text per task: a task of its own via a message, not a timer
  // (nested timers are held back 4 ms each).
  const ahead = new AnswerCache<TextAnswer>();
  const channel = new MessageChannel();
  const queued: (() => void)[] = [];
  channel.port1.onmessage = () => queued.shift()?.();
  const later = (next: () => void) => {
    queued.push(next);
    channel.port2.postMessage(null);
  };

  scope.addEventListener('message', (event: Event) => {
    const message = (event as MessageEvent<unknown>).data;
    if (isAnnotateRequest(message))
      void answerAnnotate(loadModel, message, ahead).then((reply) => scope.postMessage(reply));
    else if (isArticleMessage(message)) {
      const texts = articleTexts(message.html, message.text);
      void loadModel().then(
        (loaded) => {
          mark('aheadStart');
          readAhead(
            texts,
            ahead,
            (text) => textAnswer(text, loaded),
            later,
            () => {
              mark('aheadDone');
              scope.postMessage({ marks } satisfies WorkerMarks);
            },
          );
        },
        () => undefined, // the page's own requests report it
      );
    }
  });
});
