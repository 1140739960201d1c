// The dedicated worker of the offscreen document: loads the dictionary as soon as it starts and holds
// it, with the news glossary and the user's terms, for as long as the document is open. It has no
// extension APIs; it only answers the document that started it (lib/lookup/worker-protocol.ts).
import { createUserIndex, type UserIndex, type UserTerm } from '../../lib/glossary/user-term';
import { createDictionaryHost } from '../../lib/lookup/host';
import { answerWorkerRequest, createWorkerHandlers } from '../../lib/lookup/worker-protocol';
import { createReaderHolder } from '../../lib/reader/holder';

let users: UserIndex | null = null;
const fetchBytes = async (path: string): Promise<ArrayBuffer> => {
  const response = await fetch(path); // same origin as the extension
  if (!response.ok) throw new Error(`Dictionary missing (${response.status})`);
  return response.arrayBuffer();
};
const host = createDictionaryHost({ fetchBytes, userIndex: () => users });
void host.engine().catch(() => undefined); // load now; a failure is retried by the first lookup
// The reader's reading model, after the dictionary (lib/reader/holder.ts): the document asks for it.
const reader = createReaderHolder({
  dictionary: host.dictionary,
  fetchBytes,
  later: (work) => setTimeout(work, 0),
});

const setUserTerms = (terms: UserTerm[]): void => {
  users = terms.length > 0 ? createUserIndex(terms) : null;
};
const handlers = createWorkerHandlers(host, setUserTerms, reader);

// A dedicated worker's global (the DOM typings describe `self` as a window).
const scope = self as unknown as { postMessage(message: unknown): void };

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void answerWorkerRequest(handlers, event.data).then((reply) => {
    if (reply) scope.postMessage(reply);
  });
});
