// Plain-text script conversion on top of opencc-js. Everything else (DOM, CLI, eval) goes through
// createTextConverter so a later word-aware converter can replace the engine behind one interface.
import { ConverterBuilder, type ConverterFunction } from 'opencc-js/core';
import type { ScriptTag, Source, Target } from '../../types';
import { detectScript } from '../script';
import { type AlignedConverter, createWordConverter, directionFor, type Piece } from './engine';
import { type ConfigName, nodeInfoOf, prepareTable } from './engine-tables';
import { type LexiconFile, parseLexicon } from './lexicon';
import { openccLocale } from './opencc-data';

export { langForTarget } from './lang';

/** A text converter: pure, synchronous, same input → same output. The word-aware converters also
 *  have `pieces`, which says which source span became which output (see split.ts), and `aligned`,
 *  the output when every word kept its length (so any cut in the source is the same cut in the
 *  output), else null. */
export type TextConverter = ((text: string) => string) & {
  pieces?: (text: string) => Piece[];
  aligned?: (text: string) => string | null;
};

export interface ConverterOptions {
  /** The user's phrase table (source text → output); wins over the lexicon and OpenCC. */
  phrases?: ReadonlyMap<string, string>;
  /** Plain opencc-js (greedy longest match), even when a lexicon is installed. */
  plain?: boolean;
}

// The word lexicon: installed by whoever can read it (the converter entry fetches it in the
// extension; lib/convert/node.ts reads it from disk in Node). Without it conversion is OpenCC's.
let lexicon: LexiconFile | null = null;
let lexiconLoader: (() => LexiconFile | null) | null = null;
const wordCache = new Map<string, AlignedConverter>();

/** Installs the compiled lexicon (its text, or an already parsed file). */
export function installLexicon(file: LexiconFile | string): void {
  lexicon = typeof file === 'string' ? parseLexicon(file) : file;
  wordCache.clear();
}

/** A synchronous loader tried on first conversion when nothing was installed (Node: from disk). */
export function setLexiconLoader(loader: (() => LexiconFile | null) | null): void {
  lexiconLoader = loader;
}

function currentLexicon(): LexiconFile | null {
  if (!lexicon && lexiconLoader) {
    const load = lexiconLoader;
    lexiconLoader = null;
    lexicon = load();
  }
  return lexicon;
}

export function hasLexicon(): boolean {
  return currentLexicon() !== null;
}

/** A concrete (detected or given) source variant; `auto` is resolved before conversion. */
export type ConcreteSource = Exclude<Source, 'auto'>;

const identity: TextConverter = Object.assign((text: string) => text, { aligned: (text: string) => text });

// Wired on first use, not at module load, so a bundle that imports only langForTarget (re-exported
// below) tree-shakes the OpenCC tables away. Tries are built per pair on first use and cached.
let build: ReturnType<typeof ConverterBuilder> | null = null;
const cache = new Map<string, ConverterFunction>();

/** The opencc-js converter for one pair. Pairs with the same variant on both sides are identity:
 *  running e.g. t2s's tables over Simplified text would rewrite characters like 著 that Simplified
 *  also uses. Traditional → another Traditional variant goes through opencc's `from` tables (which
 *  normalise to OpenCC Traditional) followed by the target's `to` tables. */
function pairConverter(from: ConcreteSource, to: Target): TextConverter {
  if (from === to) return identity;
  const key = `${from}>${to}`;
  let fn = cache.get(key);
  if (!fn) {
    build ??= ConverterBuilder(openccLocale());
    fn = build({ from, to });
    cache.set(key, fn);
  }
  return fn;
}

/** Maps a BCP 47 tag (page `lang`, or detectScript's result) to a source variant, if it names one. */
export function sourceFromTag(tag: ScriptTag | null | undefined): ConcreteSource | undefined {
  if (!tag) return undefined;
  const t = tag.toLowerCase();
  if (!t.startsWith('zh') && !t.startsWith('cmn') && !t.startsWith('yue')) return undefined;
  if (/-(tw)\b/.test(t)) return 'tw';
  if (/-(hk|mo)\b/.test(t)) return 'hk';
  if (/-hant\b/.test(t)) return 't';
  if (/-(hans|cn|sg|my)\b/.test(t)) return 'cn';
  return undefined;
}

/** Picks the source for `text` from its script-specific characters; ties count as Simplified. */
export function detectSource(text: string): ConcreteSource {
  const { simplified, traditional } = detectScript(text);
  return traditional > simplified ? 't' : 'cn';
}

/** The source to convert from when it was detected or hinted, not given. Converting to 简体 must reach
 *  every Traditional character, also in mixed text: text holding any Traditional-only character is
 *  read as Taiwan Traditional (whose tables also take 穿著 → 穿着, which OpenCC standard keeps), text
 *  with none is left as it is, so Simplified text is never run through T→S tables (they would turn
 *  显著 into 显着; `npm run eval -- mixed` measures it). Toward a Traditional target the detected
 *  source stands: S→T over mostly Traditional text changes 1.2 % of its characters (台 → 臺). */
export function sourceTowardTarget(src: ConcreteSource, to: Target, traditional: number): ConcreteSource {
  if (to !== 'cn') return src;
  return traditional > 0 ? (src === 'cn' || src === 't' ? 'tw' : src) : 'cn';
}

/** A converter from `from` to `to`. With `auto`, `scriptHint` (e.g. the page's detected script or
 *  its `lang`) fixes the source once; without a usable hint every call detects from its own text,
 *  which is fine for whole articles but noisy for very short strings — pass a hint for pages. */
export function createTextConverter(
  from: Source,
  to: Target,
  scriptHint?: ScriptTag,
  options: ConverterOptions = {},
): TextConverter {
  const lex = options.plain ? null : currentLexicon();
  const forPair = (src: ConcreteSource): TextConverter => {
    if (!lex) return pairConverter(src, to);
    if (src === to && !options.phrases?.size) return identity;
    if (options.phrases?.size)
      return createWordConverter({ from: src, to, lexicon: lex, phrases: options.phrases });
    const key = `${src}>${to}`;
    let fn = wordCache.get(key);
    if (!fn) {
      fn = createWordConverter({ from: src, to, lexicon: lex });
      wordCache.set(key, fn);
    }
    return fn;
  };
  if (from !== 'auto') return forPair(from);
  const hinted = sourceFromTag(scriptHint);
  // A Simplified page converted to 简体 is still read text by text: its Traditional characters go.
  if (hinted && !(hinted === 'cn' && to === 'cn')) return forPair(sourceTowardTarget(hinted, to, 1));
  const pick = (text: string): TextConverter => {
    const { simplified, traditional } = detectScript(text);
    return forPair(sourceTowardTarget(traditional > simplified ? 't' : 'cn', to, traditional));
  };
  const auto: TextConverter = (text) => pick(text)(text);
  if (lex) {
    auto.pieces = (text) => pick(text).pieces?.(text) ?? [{ srcEnd: text.length, out: auto(text) }];
    auto.aligned = (text) => pick(text).aligned?.(text) ?? null;
  }
  return auto;
}

/** One-shot conversion; the underlying converter is cached per pair. */
export function convertText(
  text: string,
  opts: { from: Source; to: Target; scriptHint?: ScriptTag } & ConverterOptions,
): string {
  return createTextConverter(opts.from, opts.to, opts.scriptHint, opts)(text);
}

/** OpenCC tables a word converter from `src` to `to` uses (see WordEngine). */
function tablesFor(src: ConcreteSource, to: Target): [ConfigName | 'norm', number][] {
  const out: [ConfigName | 'norm', number][] = [['norm', 0]];
  if (src === 'tw') out.push(['tw2t', 0]);
  if (src === 'hk') out.push(['hk2t', 0]);
  const direction = directionFor(src, to);
  if (direction) out.push([direction, 0]);
  if (to === 'tw') out.push(['t2tw', 0]);
  if (to === 'hk') out.push(['t2hk', 0]);
  if (to === 'twp') out.push(['s2twp', 1]);
  return out;
}

/** Builds what createTextConverter(from, to, scriptHint) will need with the lexicon — OpenCC's
 *  tables for the pair and the lexicon's section — in steps of about `sliceMs`, awaiting `pause`
 *  between them, so a page's first conversion never holds the page's thread for long (parsed at
 *  once, the tables and the lexicon took several hundred milliseconds in one task). */
export async function prepareTextConverter(
  from: Source,
  to: Target,
  scriptHint: ScriptTag | undefined,
  pause: () => Promise<void>,
  sliceMs = 8,
): Promise<void> {
  const lex = currentLexicon();
  if (!lex) return;
  const hinted = from === 'auto' ? sourceFromTag(scriptHint) : from;
  const sources: ConcreteSource[] = hinted ? [hinted] : ['cn', 't'];
  const run = async (step: (deadline: number) => boolean): Promise<void> => {
    while (!step(performance.now() + sliceMs)) await pause();
  };
  for (const src of sources) {
    if (src === to) continue;
    for (const [config, index] of tablesFor(src, to)) await run((d) => prepareTable(config, index, d));
    const direction = directionFor(src, to);
    if (direction && lex.prepare) {
      await run((d) => lex.prepare!(direction, d));
      await pause();
      nodeInfoOf(lex.section(direction));
    }
    await pause();
  }
}
