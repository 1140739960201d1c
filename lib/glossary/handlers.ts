// Background handlers for the glossary side of the hover popup: the article underliner's matches and
// the user's own terms. Spread into the background's handler map (lib/background/handler-map.ts).
import { MessageError } from '../dispatch/failure';
import {
  isId,
  isMatchParams,
  isObject,
  MAX_MATCH_TEXT as MATCH_LIMIT,
  MAX_GLOSSARY_IMPORT_TEXT,
} from '../dispatch/validate';
import type { GlossaryApi } from '../protocol/glossary-api';
import type { HandlerMap } from '../protocol/handler';
import { GLOSSARY_FORMATS, type GlossaryFormat, type RejectedRow } from './user-io';
import { isUserTermInput, type UserTerm, type UserTermInput } from './user-term';

export type { GlossaryApi } from '../protocol/glossary-api';
/** Longest article text the underliner sends (lib/dispatch/validate.ts holds the limit). */
export const MAX_MATCH_TEXT = MATCH_LIMIT;

export interface GlossaryDeps {
  /** Glossary term spans in `text` (UTF-16 offsets, end exclusive), non-overlapping, in order. */
  matches(text: string): Promise<{ start: number; end: number }[]>;
  list(): Promise<UserTerm[]>;
  put(term: UserTermInput, id?: number): Promise<number>;
  remove(id: number): Promise<boolean>;
  /** Validates every row; writes all of them in one transaction only when none is rejected. */
  importText(text: string, format: GlossaryFormat): Promise<{ imported: number; rejected: RejectedRow[] }>;
}

export function createGlossaryHandlers(deps: () => GlossaryDeps | undefined): HandlerMap<GlossaryApi> {
  const need = (): GlossaryDeps => {
    const d = deps();
    if (!d) throw new MessageError('unavailable', 'glossary-unavailable');
    return d;
  };
  return {
    glossaryMatches: {
      access: 'any',
      validate: isMatchParams,
      run: ({ text }) => need().matches(text),
    },
    userTerms: {
      access: 'extension-page',
      validate: (p): p is Record<string, never> => isObject(p),
      run: () => need().list(),
    },
    // Allowed from tabs too: the popup card's "save word" and "add to my glossary".
    putUserTerm: {
      access: 'any',
      validate: (p): p is { term: UserTermInput; id?: number } =>
        isObject(p) && isUserTermInput(p.term) && (p.id === undefined || isId(p.id)),
      run: async ({ term, id }) => ({ id: await need().put(term, id) }),
    },
    deleteUserTerm: {
      access: 'any',
      validate: (p): p is { id: number } => isObject(p) && isId(p.id),
      run: async ({ id }) => ({ deleted: await need().remove(id) }),
    },
    importUserTerms: {
      access: 'extension-page',
      validate: (p): p is { text: string; format: GlossaryFormat } =>
        isObject(p) &&
        typeof p.text === 'string' &&
        p.text.length <= MAX_GLOSSARY_IMPORT_TEXT &&
        (GLOSSARY_FORMATS as readonly unknown[]).includes(p.format),
      run: ({ text, format }) => need().importText(text, format),
    },
  };
}
