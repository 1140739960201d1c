// Ruby scope wiring for the reader page: the HSK list (the extension's own file, fetched once when the
// HSK scope is first chosen), the vocabulary states of the article's words (background `wordStates`,
// asked again when the vocabulary changes), and the class pass that leaves some words plain.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ReaderPrefs } from '../../lib/reader/prefs';
import { yieldToEventLoop } from '../../lib/reader/ruby';
import { chunks, isPlainWord, markPlainWords, rubyWords, type WordFacts } from '../../lib/reader/scope';
import { callVocabulary } from '../../lib/vocabulary/client';
import { type HskIndex, parseHsk } from '../../lib/vocabulary/hsk';
import { vocabularyChanged } from '../../lib/vocabulary/settings';
import type { WordState } from '../../lib/vocabulary/types';
import { MAX_BULK_WORDS } from '../../lib/vocabulary/validate';

const HSK_URL = '/hsk/hsk.tsv';

async function fetchHsk(): Promise<HskIndex | null> {
  try {
    const response = await fetch(browser.runtime.getURL(HSK_URL));
    return response.ok ? parseHsk(await response.text()) : null;
  } catch {
    return null;
  }
}

/** States of `words`; words not saved are absent (they count as unknown). A failed request leaves
 *  everything unknown: the ruby stays, which is the safe side. */
async function fetchStates(words: readonly string[]): Promise<Map<string, WordState>> {
  const states = new Map<string, WordState>();
  for (const part of chunks(words, MAX_BULK_WORDS)) {
    const answer = await callVocabulary('wordStates', { words: part });
    if (answer.ok) for (const [word, state] of Object.entries(answer.value.states)) states.set(word, state);
  }
  return states;
}

/** Marks the article's plain words after every ruby pass and whenever the scope, level, HSK list or
 *  vocabulary changes. `marks.scoped` records when the last pass ended (tests wait on it). */
export function useRubyScope(
  textRef: RefObject<HTMLDivElement | null>,
  annotated: number,
  prefs: ReaderPrefs | null,
  marks: Record<string, number>,
): void {
  const scope = prefs?.rubyScope ?? 'all';
  const level = prefs?.rubyHskLevel ?? 3;
  const [hsk, setHsk] = useState<HskIndex | null>(null);
  const [states, setStates] = useState<ReadonlyMap<string, WordState>>(new Map());
  const [vocabularyVersion, setVocabularyVersion] = useState(0);

  useEffect(() => {
    if (scope === 'hsk' && !hsk) void fetchHsk().then(setHsk);
  }, [scope, hsk]);

  useEffect(() => vocabularyChanged.watch(() => setVocabularyVersion((n) => n + 1)), []);

  useEffect(() => {
    const root = textRef.current;
    if (scope !== 'unknown' || !root || annotated === 0) return;
    let current = true;
    void fetchStates(rubyWords(root)).then((found) => {
      if (current) setStates(found);
    });
    return () => {
      current = false;
    };
  }, [scope, annotated, vocabularyVersion]);

  const pass = useRef(0);
  useEffect(() => {
    const root = textRef.current;
    if (!root || annotated === 0) return;
    const mine = ++pass.current;
    const facts: WordFacts = {
      hskLevel: (word) => hsk?.get(word)?.hsk3 ?? null,
      state: (word) => states.get(word),
    };
    // Every word (the default): only words left plain by an earlier scope need touching.
    if (scope === 'all')
      for (const ruby of root.querySelectorAll('ruby.plain')) ruby.classList.remove('plain');
    const done =
      scope === 'all'
        ? Promise.resolve(0)
        : markPlainWords(root, (word) => isPlainWord(word, scope, level, facts), {
            yieldNow: yieldToEventLoop,
            cancelled: () => mine !== pass.current,
          });
    void done.then((count) => {
      if (count < 0) return;
      root.dataset.rubyScope = scope === 'hsk' && !hsk ? 'pending' : scope;
      marks.scoped = performance.now();
    });
  }, [scope, level, hsk, states, annotated]);
}
