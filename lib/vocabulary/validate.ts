// Validators for vocabulary messages: the sender may be a confused or compromised context.
import { isObject } from '../dispatch/validate';
import { type ContextInput, isWordState, type WordEntryInput, type WordState } from './types';

export const MAX_WORD_LENGTH = 32;
export const MAX_SENTENCE = 2000;
export const MAX_BULK_WORDS = 20_000;

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

export function isWordEntryInput(v: unknown): v is WordEntryInput {
  return (
    isObject(v) &&
    str(v.simplified, MAX_WORD_LENGTH) &&
    str(v.traditional, MAX_WORD_LENGTH) &&
    (v.simplified !== '' || v.traditional !== '') &&
    str(v.pinyin, 400) &&
    Array.isArray(v.definitions) &&
    v.definitions.length <= 100 &&
    v.definitions.every((d) => str(d, 2000))
  );
}

export function isContextInput(v: unknown): v is ContextInput {
  return (
    isObject(v) &&
    str(v.sentence, MAX_SENTENCE) &&
    count(v.start) &&
    count(v.length) &&
    v.start + v.length <= v.sentence.length &&
    str(v.url, 4096) &&
    str(v.title, 2000) &&
    (v.site === null || str(v.site, 400)) &&
    (v.published === null || str(v.published, 64)) &&
    (v.clippingId === null || (count(v.clippingId) && v.clippingId > 0))
  );
}

export const isSaveWordParams = (v: unknown): v is { entry: WordEntryInput; context: ContextInput | null } =>
  isObject(v) && isWordEntryInput(v.entry) && (v.context === null || isContextInput(v.context));

export const isWordStateParams = (v: unknown): v is { entry: WordEntryInput; state: WordState } =>
  isObject(v) && isWordEntryInput(v.entry) && isWordState(v.state);

export const isWordListParams = (v: unknown): v is { words: string[] } =>
  isObject(v) &&
  Array.isArray(v.words) &&
  v.words.length <= MAX_BULK_WORDS &&
  v.words.every((w) => str(w, MAX_WORD_LENGTH));

export const isEntriesParams = (v: unknown): v is { entries: WordEntryInput[] } =>
  isObject(v) &&
  Array.isArray(v.entries) &&
  v.entries.length <= MAX_BULK_WORDS &&
  v.entries.every(isWordEntryInput);
