// Plain-text script conversion on top of opencc-js. Everything else (DOM, CLI, eval) goes through
// createTextConverter so a later word-aware converter can replace the engine behind one interface.
import { ConverterBuilder, type ConverterFunction } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import type { ScriptTag, Source, Target } from '../types';
import { detectScript } from './script';

export { langForTarget } from './lang';

/** A text converter: pure, synchronous, same input → same output. */
export type TextConverter = (text: string) => string;

/** A concrete (detected or given) source variant; `auto` is resolved before conversion. */
export type ConcreteSource = Exclude<Source, 'auto'>;

const identity: TextConverter = (text) => text;

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
    build ??= ConverterBuilder(Locale);
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

/** A converter from `from` to `to`. With `auto`, `scriptHint` (e.g. the page's detected script or
 *  its `lang`) fixes the source once; without a usable hint every call detects from its own text,
 *  which is fine for whole articles but noisy for very short strings — pass a hint for pages. */
export function createTextConverter(from: Source, to: Target, scriptHint?: ScriptTag): TextConverter {
  if (from !== 'auto') return pairConverter(from, to);
  const hinted = sourceFromTag(scriptHint);
  if (hinted) return pairConverter(hinted, to);
  return (text) => pairConverter(detectSource(text), to)(text);
}

/** One-shot conversion; the underlying converter is cached per pair. */
export function convertText(
  text: string,
  opts: { from: Source; to: Target; scriptHint?: ScriptTag },
): string {
  return createTextConverter(opts.from, opts.to, opts.scriptHint)(text);
}
