// The user's own glossary terms: shape, validation and the in-memory index the background looks up.
// Storage is in user-db.ts (Dexie, background and extension pages only); this file is pure.
import { type MessageKey, t } from '../i18n';
import type { LookupSource } from '../lookup/combine';
import type { WordScorer } from '../lookup/segment';
import type { UserTerm, UserTermInput } from '../protocol/glossary-api';
import type { DictEntry } from '../types';

/** The shapes live with the protocol (lib/protocol/glossary-api.ts): both sides of a message import them. */
export type { UserTerm, UserTermInput } from '../protocol/glossary-api';

export const USER_TERM_LIMITS = { term: 16, pinyin: 120, definition: 1000, note: 2000 } as const;

const FIELD_NAMES: Record<keyof UserTermInput, MessageKey> = {
  term: 'termFieldTerm',
  pinyin: 'termFieldPinyin',
  definition: 'termFieldDefinition',
  note: 'termFieldNote',
};

/** Why a term is not acceptable, or null. Messages are in the UI language and shown per rejected row
 *  on import, and in the hover card's form. */
export function userTermProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return t('termNotObject');
  const v = value as Record<string, unknown>;
  for (const field of ['term', 'pinyin', 'definition', 'note'] as const) {
    if (v[field] !== undefined && typeof v[field] !== 'string')
      return t('termFieldNotText', { field: t(FIELD_NAMES[field]) });
  }
  const term = typeof v.term === 'string' ? v.term.trim() : '';
  if (term === '') return t('termEmpty');
  if (term.length > USER_TERM_LIMITS.term) return t('termTooLong', { max: USER_TERM_LIMITS.term });
  if (/\s/.test(term)) return t('termHasSpaces');
  if (!/\p{Script=Han}/u.test(term)) return t('termNoHan');
  const definition = typeof v.definition === 'string' ? v.definition.trim() : '';
  if (definition === '') return t('termDefinitionEmpty');
  for (const field of ['pinyin', 'definition', 'note'] as const) {
    const text = v[field];
    if (typeof text === 'string' && text.length > USER_TERM_LIMITS[field])
      return t('termFieldTooLong', { field: t(FIELD_NAMES[field]), max: USER_TERM_LIMITS[field] });
  }
  return null;
}

export function isUserTermInput(value: unknown): value is UserTermInput {
  return userTermProblem(value) === null;
}

/** Trimmed, with absent optional fields as empty strings. Call after validation. */
export function normaliseUserTerm(value: UserTermInput): UserTermInput {
  return {
    term: value.term.trim(),
    pinyin: (value.pinyin ?? '').trim(),
    definition: value.definition.trim(),
    note: (value.note ?? '').trim(),
  };
}

export function userTermEntry(term: UserTerm): DictEntry {
  const definitions = term.note ? [term.definition, term.note] : [term.definition];
  return {
    simplified: term.term,
    traditional: term.term,
    pinyin: term.pinyin,
    definitions,
    source: 'user',
    userId: term.id,
  };
}

/** Cost of a user term in the segmentation hint: the user asked for this word, so it beats splitting. */
const USER_TERM_COST = 60;

/** Prefix index over the user's terms, rebuilt whenever they change (a few hundred terms at most). */
/** The user-terms source: a LookupSource that always answers with a plain list, and a WordScorer. */
export interface UserIndex extends LookupSource, WordScorer {
  readonly size: number;
  lookup(text: string): DictEntry[];
}

export function createUserIndex(terms: readonly UserTerm[]): UserIndex {
  const byFirst = new Map<string, { key: string; entry: DictEntry }[]>();
  for (const term of terms) {
    const key = term.term;
    const first = key[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push({ key, entry: Object.freeze(userTermEntry(term)) as DictEntry });
    byFirst.set(first, list);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.key.length - a.key.length);
  return {
    size: terms.length,
    lookup(text: string): DictEntry[] {
      const list = byFirst.get(text[0] ?? '');
      if (!list) return [];
      return list.filter((h) => text.startsWith(h.key)).map((h) => h.entry);
    },
    prefixCosts(text, start, max, found) {
      const list = byFirst.get(text[start] ?? '');
      if (!list) return;
      for (const h of list) {
        if (h.key.length <= max && text.startsWith(h.key, start)) found(h.key.length, USER_TERM_COST);
      }
    },
  };
}
