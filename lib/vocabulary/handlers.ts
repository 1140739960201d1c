// Background handlers for vocabulary (issue 17), a map merged into the background's (see
// lib/vocabulary/background.ts). Tabs may save a word, set its state and ask the states of the words on
// their page; only the extension's own pages read counts.
import { MessageError } from '../dispatch/failure';
import { isEmptyParams, isMatchParams, isObject } from '../dispatch/validate';
import type { HandlerMap } from '../protocol/handler';
import type { VocabularyApi } from '../protocol/vocabulary-api';
import { colouringOf } from './colouring/answer';
import {
  type AddWordResult,
  addWord,
  type BulkKnownUndo,
  markKnown,
  setWordStates,
  undoAddWord,
  undoMarkKnown,
  type VocabularyDb,
  wordKey,
} from './db';
import type { HskIndex } from './hsk';
import { dueCounts, type ReviewSettings } from './review';
import type { ContextInput, WordState } from './types';
import { isEntriesParams, isSaveWordParams, isWordListParams, isWordStateParams } from './validate';

export interface VocabularyDeps {
  db: () => VocabularyDb;
  hsk: () => Promise<HskIndex | null>;
  reviewSettings: () => Promise<ReviewSettings>;
  /** The article's Chinese words as hover cuts them, flat offsets (the dictionary's holder). */
  articleWords?: (text: string) => Promise<number[]>;
  /** The clipping saved from the context's page (lib/vocabulary/context-clipping.ts), or null. */
  clippingFor?: (url: string, sentence: string) => Promise<number | null>;
  /** Tells open pages and tabs that states changed (colouring and lists refresh). */
  changed?: () => void;
  now?: () => number;
}

type Handlers = HandlerMap<VocabularyApi>;

export type { VocabularyApi } from '../protocol/vocabulary-api';

/** How long a save's Undo stays possible (as for clippings). */
export const WORD_UNDO_WINDOW_MS = 5 * 60_000;

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

/** A tab does not know whether its article was saved; the background looks (a failing clippings
 *  database leaves the id null rather than failing the word's save). */
async function withClipping(
  deps: VocabularyDeps,
  context: ContextInput | null,
): Promise<ContextInput | null> {
  if (!context || context.clippingId !== null || !deps.clippingFor) return context;
  const clippingId = await deps.clippingFor(context.url, context.sentence).catch(() => null);
  return { ...context, clippingId };
}

/** Known-word colouring of a piece of an article: the holder cuts the words, the database adds
 *  their states (lib/vocabulary/colouring/answer.ts). Tabs may ask (they colour their own page). */
function colouringHandler(deps: VocabularyDeps): Handlers['articleColouring'] {
  return {
    access: 'any',
    validate: isMatchParams,
    run: async ({ text }) => {
      if (!deps.articleWords) throw new MessageError('unavailable', 'dictionary-no-answer');
      const flat = await deps.articleWords(text);
      return colouringOf(text, flat, deps.db(), await deps.hsk());
    },
  };
}

export function createVocabularyHandlers(deps: VocabularyDeps): Handlers {
  const now = deps.now ?? Date.now;
  const undo = new Map<number, { result: AddWordResult; at: number }>();
  const bulkUndo = new Map<number, { data: BulkKnownUndo; at: number }>();
  let nextToken = 1;
  const notify = (): void => deps.changed?.();
  return {
    saveWord: {
      access: 'any',
      validate: isSaveWordParams,
      run: async ({ entry, context }) => {
        const hsk = (await deps.hsk())?.get(entry.simplified || entry.traditional);
        const result = await addWord(deps.db(), entry, await withClipping(deps, context), hsk, now());
        undo.set(result.wordId, { result, at: now() });
        notify();
        return { ...result, hsk3: hsk?.hsk3 ?? null };
      },
    },
    undoSaveWord: {
      access: 'any',
      validate: (p): p is { wordId: number } => isObject(p) && isId(p.wordId),
      run: async ({ wordId }) => {
        const entry = undo.get(wordId);
        undo.delete(wordId);
        if (!entry || now() - entry.at > WORD_UNDO_WINDOW_MS) return { undone: false };
        await undoAddWord(deps.db(), entry.result);
        notify();
        return { undone: true };
      },
    },
    setWordState: {
      access: 'any',
      validate: isWordStateParams,
      run: async ({ entry, state }) => {
        const db = deps.db();
        const hsk = (await deps.hsk())?.get(entry.simplified || entry.traditional);
        const { wordId } = await addWord(db, entry, null, hsk, now());
        await setWordStates(db, [wordId], state, now());
        notify();
        return { wordId };
      },
    },
    wordStates: {
      access: 'any',
      validate: isWordListParams,
      run: async ({ words }) => {
        const keys = words.map((w) => wordKey({ simplified: w, traditional: w }));
        const found = await deps.db().words.where('key').anyOf(keys).toArray();
        const byKey = new Map(found.map((w) => [w.key, w.state]));
        const states: Record<string, WordState> = {};
        words.forEach((w, i) => {
          const state = byKey.get(keys[i] ?? '');
          if (state) states[w] = state;
        });
        return { states };
      },
    },
    markWordsKnown: {
      access: 'any',
      validate: isEntriesParams,
      run: async ({ entries }) => {
        const index = await deps.hsk();
        const data = await markKnown(deps.db(), entries, (w) => index?.get(w), now());
        const token = nextToken++;
        bulkUndo.set(token, { data, at: now() });
        notify();
        return { token, created: data.created.length, changed: data.changed.length };
      },
    },
    undoMarkWordsKnown: {
      access: 'any',
      validate: (p): p is { token: number } => isObject(p) && isId(p.token),
      run: async ({ token }) => {
        const entry = bulkUndo.get(token);
        bulkUndo.delete(token);
        if (!entry || now() - entry.at > WORD_UNDO_WINDOW_MS) return { undone: false };
        await undoMarkKnown(deps.db(), entry.data, now());
        notify();
        return { undone: true };
      },
    },
    articleColouring: colouringHandler(deps),
    vocabularyDue: {
      access: 'extension-page',
      validate: isEmptyParams,
      run: async () => {
        try {
          return await dueCounts(deps.db(), await deps.reviewSettings(), now());
        } catch {
          throw new MessageError('failed', 'storage-failed');
        }
      },
    },
  };
}
