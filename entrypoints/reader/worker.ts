// The reader page's annotation worker (lib/reader/worker-protocol.ts): takes the reader's word list
// (public/dict/words.bin: the dictionary's words and readings, without the definitions file) and the
// reading table from the page, which started fetching them before its own script loaded
// (public/reader-boot.js), or fetches them itself; then segments and reads every batch the page sends.
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { annotate, parseReadingsFile, type ReadingModel } from '../../lib/reader/readings';
import {
  answerAnnotate,
  isAnnotateRequest,
  isLoadRequest,
  isReaderData,
} from '../../lib/reader/worker-protocol';

/** A short text read once the data is in: the first real batch then runs on warmed-up code. */
const WARM_UP = '这位银行行长在重庆长大，为了了解这座城市，他还是每天步行上班。';

let model: Promise<ReadingModel> | undefined;

const modelOf = (words: ArrayBuffer, readings: unknown): ReadingModel => {
  const loaded = { dictionary: loadDictionary(words), table: parseReadingsFile(readings) };
  annotate(WARM_UP, loaded);
  return loaded;
};

const fetchModel = async (): Promise<ReadingModel> => {
  const [words, readings] = await Promise.all([fetch('/dict/words.bin'), fetch('/reader/readings.json')]);
  if (!words.ok || !readings.ok) throw new Error('Reader data missing');
  return modelOf(await words.arrayBuffer(), await readings.json());
};

const loadModel = (make: () => Promise<ReadingModel> = fetchModel): Promise<ReadingModel> => {
  model ??= make();
  model.catch(() => {
    model = undefined; // retried by the next request
  });
  return model;
};

const scope = self as unknown as { postMessage(message: unknown): void };
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isReaderData(message)) {
    // Bad bytes from the page: fetch our own copy instead.
    void loadModel(async () => modelOf(message.words, JSON.parse(message.readings))).catch(() => loadModel());
  } else if (isLoadRequest(message)) void loadModel().catch(() => undefined);
  else if (isAnnotateRequest(message))
    void answerAnnotate(() => loadModel(), message).then((reply) => scope.postMessage(reply));
});
