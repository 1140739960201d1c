// What the options page's glossary section needs, over the background messages (so the background's
// in-memory index is refreshed on every change). Injected into the component. (The hover settings moved
// to the options page's own groups, components/options.)
import { callBackground } from '../client';
import type { Result } from '../messages';
import type { GlossaryFormat, RejectedRow } from './user-io';
import type { UserTerm, UserTermInput } from './user-term';

export interface UserGlossaryApi {
  list(): Promise<Result<UserTerm[]>>;
  put(term: UserTermInput, id?: number): Promise<Result<{ id: number }>>;
  remove(id: number): Promise<Result<{ deleted: boolean }>>;
  importText(
    text: string,
    format: GlossaryFormat,
  ): Promise<Result<{ imported: number; rejected: RejectedRow[] }>>;
  download(fileName: string, text: string, type: string): void;
}

export const userGlossaryClient: UserGlossaryApi = {
  list: () => callBackground('userTerms', {}),
  put: (term, id) => callBackground('putUserTerm', id === undefined ? { term } : { term, id }),
  remove: (id) => callBackground('deleteUserTerm', { id }),
  importText: (text, format) => callBackground('importUserTerms', { text, format }),
  download(fileName, text, type) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  },
};
