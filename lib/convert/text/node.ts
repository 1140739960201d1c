// Node-only lexicon loader (CLI, eval, bench, tests). The extension fetches the same file in the
// converter entry (entrypoints/converter.ts) and installs it with installLexicon.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Preset from 'opencc-js/preset';
import { type LexiconFile, parseLexicon } from './lexicon';
import { installOpencc } from './opencc-data';
import { setLexiconLoader } from './text';

/** Node reads OpenCC's tables from the package (the extension has them handed over as data:
 *  opencc-data.ts). Done on import, so every Node program that converts through here has them. */
export function useOpenccFromPackage(): void {
  installOpencc(Preset);
}
useOpenccFromPackage();

/** public/convert/lexicon.bin, resolved from this file so it works from any working directory. */
export const DEFAULT_LEXICON_PATH = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../public/convert/lexicon.bin',
);

export function loadLexiconFromDisk(path: string = DEFAULT_LEXICON_PATH): LexiconFile {
  if (!existsSync(path)) {
    throw new Error(`Conversion lexicon not found at ${path}; run \`npm run build:data\` to build it.`);
  }
  return parseLexicon(readFileSync(path, 'utf8'));
}

/** Makes createTextConverter load the lexicon from disk on first use. */
export function useLexiconFromDisk(path: string = DEFAULT_LEXICON_PATH): void {
  setLexiconLoader(() => loadLexiconFromDisk(path));
}
