// Background handlers for the glossary side of the hover popup: the article underliner's matches and
// the user's own terms. Spread into the background's handler map (lib/background/handlers.ts).
import type { BackgroundContext, SenderInfo } from '../background/handlers';
import { type Handler, isObject, MessageError } from '../messages';
import { GLOSSARY_FORMATS, type GlossaryFormat, type RejectedRow } from './user-io';
import { isUserTermInput, type UserTerm, type UserTermInput } from './user-term';

/** Longest article text the underliner sends (characters); longer articles are underlined in part. */
export const MAX_MATCH_TEXT = 200_000;
const MAX_IMPORT_TEXT = 5_000_000;

export interface GlossaryDeps {
  /** Glossary term spans in `text` (UTF-16 offsets, end exclusive), non-overlapping, in order. */
  matches(text: string): Promise<{ start: number; end: number }[]>;
  list(): Promise<UserTerm[]>;
  put(term: UserTermInput, id?: number): Promise<number>;
  remove(id: number): Promise<boolean>;
  /** Validates every row; writes all of them in one transaction only when none is rejected. */
  importText(text: string, format: GlossaryFormat): Promise<{ imported: number; rejected: RejectedRow[] }>;
}

export interface GlossaryApi {
  glossaryMatches: { params: { text: string }; result: { start: number; end: number }[] };
  userTerms: { params: Record<string, never>; result: UserTerm[] };
  putUserTerm: { params: { term: UserTermInput; id?: number }; result: { id: number } };
  deleteUserTerm: { params: { id: number }; result: { deleted: boolean } };
  importUserTerms: {
    params: { text: string; format: GlossaryFormat };
    result: { imported: number; rejected: RejectedRow[] };
  };
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v > 0;

type Handlers = {
  [N in keyof GlossaryApi]: Handler<GlossaryApi[N]['params'], GlossaryApi[N]['result'], BackgroundContext>;
};

export function createGlossaryHandlers(
  deps: () => GlossaryDeps | undefined,
  requireExtensionPage: (sender: SenderInfo) => void,
): Handlers {
  const need = (): GlossaryDeps => {
    const d = deps();
    if (!d) throw new MessageError('unavailable', 'The glossary is not available here.');
    return d;
  };
  return {
    glossaryMatches: {
      validate: (p): p is { text: string } =>
        isObject(p) && typeof p.text === 'string' && p.text.length <= MAX_MATCH_TEXT,
      run: ({ text }) => need().matches(text),
    },
    userTerms: {
      validate: (p): p is Record<string, never> => isObject(p),
      run: (_p, { sender }) => {
        requireExtensionPage(sender);
        return need().list();
      },
    },
    // Allowed from tabs too: the popup card's "save word" and "add to my glossary".
    putUserTerm: {
      validate: (p): p is { term: UserTermInput; id?: number } =>
        isObject(p) && isUserTermInput(p.term) && (p.id === undefined || isId(p.id)),
      run: async ({ term, id }) => ({ id: await need().put(term, id) }),
    },
    deleteUserTerm: {
      validate: (p): p is { id: number } => isObject(p) && isId(p.id),
      run: async ({ id }) => ({ deleted: await need().remove(id) }),
    },
    importUserTerms: {
      validate: (p): p is { text: string; format: GlossaryFormat } =>
        isObject(p) &&
        typeof p.text === 'string' &&
        p.text.length <= MAX_IMPORT_TEXT &&
        (GLOSSARY_FORMATS as readonly unknown[]).includes(p.format),
      run: ({ text, format }, { sender }) => {
        requireExtensionPage(sender);
        return need().importText(text, format);
      },
    },
  };
}
