// The one place that holds the dictionary: loads CC-CEDICT, the news glossary and the user's terms into
// one lookup engine, once, and answers lookups from it. Used by Firefox's persistent background page
// and, in Chrome, by the offscreen document's dictionary worker (which outlives service-worker restarts,
// so the first hover after a restart does not wait for 14 MB of files to be read again).
import { type Dictionary, loadDictionary } from '../dictionary/dictionary';
import { type GlossaryMatch, newsGlossary } from '../glossary/glossary';
import type { UserIndex } from '../glossary/user-term';
import type { LookupResult } from '../types';
import { createLookupEngine, type LookupEngine } from './lookup-engine';

/** The compiled dictionary inside the extension: the word file (headwords, readings, word costs; the
 *  reader reads it too) and the definitions of its entries, which only the card needs. */
export const DICTIONARY_PATH = '/dict/words.bin';
export const DEFINITIONS_PATH = '/dict/definitions.bin';

export interface DictionaryHostDeps {
  /** The bytes of a file packaged with the extension (`fetch(runtime.getURL(path))` in a browser). */
  fetchBytes(path: string): Promise<ArrayBuffer>;
  /** The user's terms; a getter because they change while the engine lives. */
  userIndex?: () => UserIndex | null;
}

export interface DictionaryHost {
  /** Starts loading (idempotent); a failed load is retried by the next call. */
  engine(): Promise<LookupEngine>;
  lookup(text: string, before?: string): Promise<LookupResult>;
  glossaryMatches(text: string): Promise<{ start: number; end: number }[]>;
  articleWords(text: string): Promise<number[]>;
  /** The loaded dictionary itself (the reader's annotation, lib/reader/holder.ts). */
  dictionary(): Promise<Dictionary>;
}

export function createDictionaryHost(deps: DictionaryHostDeps): DictionaryHost {
  let loading: Promise<{ engine: LookupEngine; dictionary: Dictionary }> | undefined;
  const load = () => {
    loading ??= Promise.all([deps.fetchBytes(DICTIONARY_PATH), deps.fetchBytes(DEFINITIONS_PATH)]).then(
      ([words, definitions]) => {
        const dictionary = loadDictionary(words, definitions);
        const engine = createLookupEngine({ dictionary, glossary: newsGlossary(), user: deps.userIndex });
        return { engine, dictionary };
      },
    );
    loading.catch(() => {
      loading = undefined; // let the next lookup try again
    });
    return loading;
  };
  const engine = async (): Promise<LookupEngine> => (await load()).engine;
  return {
    engine,
    dictionary: async () => (await load()).dictionary,
    lookup: async (text, before) => (await engine()).lookup(text, before),
    articleWords: async (text) => (await engine()).articleWords(text),
    glossaryMatches: async (text) =>
      (await engine()).glossaryMatches(text).map(({ start, end }: GlossaryMatch) => ({ start, end })),
  };
}
