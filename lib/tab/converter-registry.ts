// The conversion tables (~1 MB) are not part of the content script: the background injects
// `converter.js` into the frame on first use, and it registers its engine here, in the isolated
// world's global scope, which the page cannot see.
import type { PageConverter } from '../convert/page/dom';
import type { ScriptTag, Source, Target } from '../types';

export interface ConverterEngine {
  createTextConverter(from: Source, to: Target, scriptHint?: ScriptTag): (text: string) => string;
  /** Settles when the word lexicon is installed (or failed to load); await it before converting. */
  ready?: Promise<void>;
  /** Builds the tables and lexicon section a converter will need, in slices between which the page
   *  gets its thread back; await it before createTextConverter on a page. */
  prepare?(from: Source, to: Target, scriptHint?: ScriptTag): Promise<void>;
  /** Installs the word lexicon's text (the background passes it in; see installLexiconInWorld). */
  installLexicon?(text: string): void;
  /** The page writer (lib/convert/page), shipped here rather than in the content script: it is needed
   *  only once the user converts, and the content script must stay small (issue 16). */
  createPageConverter?(doc: Document): PageConverter;
}

const KEY = Symbol.for('wenzhai.converter-engine');
type Registry = { [KEY]?: ConverterEngine };

export function registerConverterEngine(world: object, engine: ConverterEngine): void {
  (world as Registry)[KEY] = engine;
}

export function registeredConverterEngine(world: object): ConverterEngine | undefined {
  return (world as Registry)[KEY];
}

/** Runs in the tab's isolated world through scripting.executeScript({func, args}), so it must be
 *  self-contained (it is serialised: no imports, no module constants). The background hands over the
 *  lexicon this way because a content script's fetch of an extension file needs that file to be
 *  web-accessible, which would let every page probe for it. */
export function installLexiconInWorld(text: string): boolean {
  const engine = (globalThis as Record<symbol, { installLexicon?: (t: string) => void } | undefined>)[
    Symbol.for('wenzhai.converter-engine')
  ];
  if (!engine?.installLexicon) return false;
  engine.installLexicon(text);
  return true;
}
