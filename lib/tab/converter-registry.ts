// The converter is not part of the content script: the background injects `converter.js` (code
// only) into the frame on first use, and it registers its engine here, in the isolated world's global
// scope, which the page cannot see; then hands over its data (OpenCC's tables, the word lexicon) in
// pieces.
import type { PageConverter } from '../convert/page/dom';
import type { ScriptTag, Source, Target } from '../types';

export interface ConverterEngine {
  createTextConverter(from: Source, to: Target, scriptHint?: ScriptTag): (text: string) => string;
  /** Settles when the word lexicon is installed (or failed to load); await it before converting. */
  ready?: Promise<void>;
  /** Builds the tables and lexicon section a converter will need, in slices between which the page
   *  gets its thread back; await it before createTextConverter on a page. */
  prepare?(from: Source, to: Target, scriptHint?: ScriptTag): Promise<void>;
  /** Installs OpenCC's tables from public/convert/opencc.txt's text (an extension page reads it
   *  itself); needed before any conversion. */
  installOpencc?(text: string): void;
  /** Installs the word lexicon's text (an extension page reads it itself). */
  installLexicon?(text: string): void;
  /** Takes piece `index` of `count` of a data file's text, and installs it once all are in (the
   *  background hands them to a tab so: see installPieceInWorld). */
  installPiece?(data: ConverterData, index: number, count: number, piece: string): void;
  /** The page writer (lib/convert/page), shipped here rather than in the content script: it is needed
   *  only once the user converts, and the content script must stay small (issue 16). */
  createPageConverter?(doc: Document): PageConverter;
}

/** The data files the converter is handed: OpenCC's tables and the word lexicon. */
export type ConverterData = 'opencc' | 'lexicon';

const KEY = Symbol.for('wenzhai.converter-engine');
type Registry = { [KEY]?: ConverterEngine };

export function registerConverterEngine(world: object, engine: ConverterEngine): void {
  (world as Registry)[KEY] = engine;
}

export function registeredConverterEngine(world: object): ConverterEngine | undefined {
  return (world as Registry)[KEY];
}

/** Characters per piece of a data file handed to a tab. scripting.executeScript compiles its
 *  arguments into the script it runs, so the lexicon's 2.4M characters in one call were one string
 *  literal compiled in one task of 25–55 ms (more on a busy machine); a piece compiles in a few. */
export const DATA_PIECE_CHARS = 128 * 1024;

/** `text` cut into pieces of `size` characters (the last shorter); at least one piece. */
export function dataPieces(text: string, size = DATA_PIECE_CHARS): string[] {
  const pieces: string[] = [];
  for (let at = 0; at < text.length; at += size) pieces.push(text.slice(at, at + size));
  return pieces.length ? pieces : [''];
}

/** Hands `text` to a tab's engine as `data`, a piece per `run` (one scripting.executeScript with
 *  func installPieceInWorld and these args each), all at once. */
export async function handOverInPieces(
  data: ConverterData,
  text: string,
  run: (args: [ConverterData, number, number, string]) => Promise<unknown>,
): Promise<void> {
  const pieces = dataPieces(text);
  await Promise.all(pieces.map((piece, index) => run([data, index, pieces.length, piece])));
}

/** Puts the pieces of a text back together, in whatever order they arrive. */
export class PieceCollector {
  private pieces: (string | undefined)[] = [];
  private missing = 0;

  /** Takes piece `index` of `count`; returns the whole text when this was the last one missing,
   *  else null. A piece of another count than the ones before starts over (a new hand-over). */
  add(index: number, count: number, piece: string): string | null {
    if (!(Number.isInteger(count) && count > 0 && Number.isInteger(index) && index >= 0 && index < count))
      return null;
    if (this.pieces.length !== count || this.missing === 0) {
      this.pieces = new Array<string | undefined>(count);
      this.missing = count;
    }
    if (this.pieces[index] === undefined) this.missing--;
    this.pieces[index] = piece;
    if (this.missing > 0) return null;
    const whole = this.pieces.join('');
    this.pieces = [];
    return whole;
  }
}

/** Runs in the tab's isolated world through scripting.executeScript({func, args}), so it must be
 *  self-contained (it is serialised: no imports, no module constants). The background hands over the
 *  lexicon this way because a content script's fetch of an extension file needs that file to be
 *  web-accessible, which would let every page probe for it. */
export function installPieceInWorld(
  data: ConverterData,
  index: number,
  count: number,
  piece: string,
): boolean {
  type Engine = Pick<ConverterEngine, 'installPiece'>;
  const engine = (globalThis as Record<symbol, Engine | undefined>)[Symbol.for('wenzhai.converter-engine')];
  if (!engine?.installPiece) return false;
  engine.installPiece(data, index, count, piece);
  return true;
}
