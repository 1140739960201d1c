// What the options page's glossary section needs, over the background messages (so the background's
// in-memory index is refreshed on every change) and the settings items. Injected into the component.
import { callBackground } from '../client';
import type { Result } from '../messages';
import {
  type HoverModifier,
  hoverDelay,
  hoverModifier,
  type ReadingStyle,
  readingStyle,
  toneColours,
  underlineGlossary,
} from '../settings';
import type { GlossaryFormat, RejectedRow } from './user-io';
import type { UserTerm, UserTermInput } from './user-term';

export interface HoverSettingsValue {
  delay: number;
  modifier: HoverModifier;
  reading: ReadingStyle;
  toneColours: boolean;
  underline: boolean;
}

export interface UserGlossaryApi {
  list(): Promise<Result<UserTerm[]>>;
  put(term: UserTermInput, id?: number): Promise<Result<{ id: number }>>;
  remove(id: number): Promise<Result<{ deleted: boolean }>>;
  importText(
    text: string,
    format: GlossaryFormat,
  ): Promise<Result<{ imported: number; rejected: RejectedRow[] }>>;
  download(fileName: string, text: string, type: string): void;
  settings(): Promise<HoverSettingsValue>;
  saveSetting<K extends keyof HoverSettingsValue>(key: K, value: HoverSettingsValue[K]): Promise<void>;
}

const ITEMS = {
  delay: hoverDelay,
  modifier: hoverModifier,
  reading: readingStyle,
  toneColours,
  underline: underlineGlossary,
} as const;

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
  async settings() {
    const [delay, modifier, reading, colours, underline] = await Promise.all([
      hoverDelay.getValue(),
      hoverModifier.getValue(),
      readingStyle.getValue(),
      toneColours.getValue(),
      underlineGlossary.getValue(),
    ]);
    return { delay, modifier, reading, toneColours: colours, underline };
  },
  async saveSetting(key, value) {
    await (ITEMS[key] as { setValue(v: unknown): Promise<void> }).setValue(value);
  },
};
