// The reader page's annotation worker (lib/reader/worker-protocol.ts): loads the reader's word list
// (public/reader/words.bin: the dictionary without definitions, 9 MB instead of 14, see
// lib/reader/words.ts) and the reading table once, then segments and reads every batch the page sends.
import { loadDictionary } from '../../lib/dictionary/dictionary';
import { parseReadingsFile, type ReadingModel } from '../../lib/reader/readings';
import { answerAnnotate, isAnnotateRequest } from '../../lib/reader/worker-protocol';

let model: Promise<ReadingModel> | undefined;
const loadModel = (): Promise<ReadingModel> => {
  model ??= (async () => {
    const [dict, readings] = await Promise.all([fetch('/reader/words.bin'), fetch('/reader/readings.json')]);
    if (!dict.ok || !readings.ok) throw new Error('Reader data missing');
    return {
      dictionary: loadDictionary(await dict.arrayBuffer()),
      table: parseReadingsFile(await readings.json()),
    };
  })();
  model.catch(() => {
    model = undefined; // retried by the next request
  });
  return model;
};
void loadModel().catch(() => undefined); // start loading before the first request arrives

const scope = self as unknown as { postMessage(message: unknown): void };
self.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (!isAnnotateRequest(event.data)) return;
  void answerAnnotate(loadModel, event.data).then((reply) => scope.postMessage(reply));
});
