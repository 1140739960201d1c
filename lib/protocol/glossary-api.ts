// The glossary's messages (article underliner matches, the user's own terms) and the data they carry.
// Type-only leaf: handlers in lib/glossary/handlers.ts, validation in lib/glossary/user-term.ts.

export interface UserTermInput {
  /** The headword as the user writes it (either script). */
  term: string;
  /** Free text; tone marks or numbers, as the user likes. */
  pinyin: string;
  definition: string;
  note: string;
}

export interface UserTerm extends UserTermInput {
  id: number;
  updatedAt: number;
}

export type GlossaryFormat = 'csv' | 'tsv' | 'json';

export interface RejectedRow {
  /** 1-based line (CSV/TSV) or item (JSON) number. */
  row: number;
  message: string;
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
