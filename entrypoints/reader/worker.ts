// The reader page's annotation worker (lib/reader/worker-protocol.ts): fetches the word list
// (public/dict/words.bin: the dictionary's words and readings, without the definitions file) and the
// reading table as soon as it starts — the page starts it first thing (early.ts), while its own
// interface is still loading — then segments and reads every batch the page sends.
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { annotate, parseReadingsFile, type ReadingModel } from '../../lib/reader/readings';
import { answerAnnotate, isAnnotateRequest } from '../../lib/reader/worker-protocol';

/** A short text read once the data is in: the first real batch then runs on warmed-up code. */
const WARM_UP = '这位银行行长在重庆长大，为了了解这座城市，他还是每天步行上班。';

const fetchModel = async (): Promise<ReadingModel> => {
  const [words, readings] = await Promise.all([fetch('/dict/words.bin'), fetch('/reader/readings.json')]);
  if (!words.ok || !readings.ok) throw new Error('Reader data missing');
  const loaded = {
    dictionary: loadDictionary(await words.arrayBuffer()),
    table: parseReadingsFile(await readings.json()),
  };
  annotate(WARM_UP, loaded);
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

const scope = self as unknown as { postMessage(message: unknown): void };
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  const message = event.data;
  if (isAnnotateRequest(message))
    void answerAnnotate(loadModel, message).then((reply) => scope.postMessage(reply));
});
