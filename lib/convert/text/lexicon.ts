// The compiled conversion lexicon (built by scripts/build-lexicon.ts into public/convert/lexicon.bin).
// Format, UTF-8 text:
//   wenzhai-lexicon 1
//   @default <cost of a character the corpus never saw>
//   @s2t <n>            then n lines  word \t cost [\t output]   (keys Simplified)
//   @t2s <n>            then n lines  word \t cost [\t output]   (keys OpenCC-standard Traditional)
// `cost` is −10·ln(p) of the word, lowered so a word never loses to a split of its own span; `output`
// is present only where it differs from OpenCC's own conversion of the word on its own.
// Only the section a conversion needs is parsed, on first use.

import { CodeTrie } from './trie';

export const LEXICON_MAGIC = 'wenzhai-lexicon 1';

export type Direction = 's2t' | 't2s';

/** Word lookups by string, for tests and tools; the converter walks `trie` directly. */
export interface WordLookup<T> {
  get(word: string): T | undefined;
}

export interface Lexicon {
  /** Every word and every proper prefix of one, as trie nodes. */
  readonly trie: CodeTrie;
  /** Per trie node: the word's cost; −1 for a proper prefix of a longer word that is not a word
   *  itself (so the segmenter stops walking as soon as no longer word can follow). */
  readonly nodeCost: Int32Array;
  /** Per trie node: the word's output where it differs from OpenCC's conversion of the word alone. */
  readonly nodeOutput: ReadonlyMap<number, string>;
  /** word → cost (−1 for a bare prefix), as above. */
  readonly costs: WordLookup<number>;
  /** word → output where it differs from OpenCC's conversion of the word alone. */
  readonly outputs: WordLookup<string>;
  /** Cost of a character the lexicon does not know. */
  readonly unknownCost: number;
  /** Longest word, in UTF-16 units. */
  readonly maxLength: number;
}

export interface LexiconFile {
  section(direction: Direction): Lexicon;
}

/** A non-negative decimal integer in text[start, end), or NaN. */
function parseCost(text: string, start: number, end: number): number {
  if (start >= end) return Number(text.slice(start, end));
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(text.slice(start, end));
    v = v * 10 + d;
  }
  return v;
}

export function parseLexicon(text: string): LexiconFile {
  if (!text.startsWith(LEXICON_MAGIC)) throw new Error('Not a Wenzhai conversion lexicon.');
  const defaultMatch = /\n@default (\d+)\n/.exec(text.slice(0, 200));
  const unknownCost = defaultMatch ? Number(defaultMatch[1]) : 200;
  const parsed = new Map<Direction, Lexicon>();

  const parseSection = (direction: Direction): Lexicon => {
    const header = `\n@${direction} `;
    const start = text.indexOf(header);
    if (start < 0) throw new Error(`Lexicon has no ${direction} section.`);
    const trie = new CodeTrie();
    // Costs by node, grown as nodes appear; −1 until a word ends there.
    let nodeCost = new Int32Array(1 << 16).fill(-1);
    const nodeOutput = new Map<number, string>();
    let maxLength = 1;
    let pos = text.indexOf('\n', start + 1) + 1;
    while (pos > 0 && pos < text.length && text.charCodeAt(pos) !== 64 /* @ */) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', pos);
      if (tab > pos && tab < end) {
        const tab2 = text.indexOf('\t', tab + 1);
        const hasOutput = tab2 > 0 && tab2 < end;
        const cost = parseCost(text, tab + 1, hasOutput ? tab2 : end);
        const node = trie.insertRange(text, pos, tab);
        if (trie.size > nodeCost.length) {
          const grown = new Int32Array(nodeCost.length * 2).fill(-1);
          grown.set(nodeCost);
          nodeCost = grown;
        }
        nodeCost[node] = Number.isFinite(cost) && cost >= 0 ? cost : unknownCost;
        if (hasOutput) nodeOutput.set(node, text.slice(tab2 + 1, end));
        if (tab - pos > maxLength) maxLength = tab - pos;
      }
      pos = end + 1;
    }
    const finalCost = nodeCost;
    const costs: WordLookup<number> = {
      get(word) {
        const node = word ? trie.find(word) : 0;
        return node ? finalCost[node] : undefined;
      },
    };
    const outputs: WordLookup<string> = {
      get(word) {
        const node = word ? trie.find(word) : 0;
        return node ? nodeOutput.get(node) : undefined;
      },
    };
    return { trie, nodeCost: finalCost, nodeOutput, costs, outputs, unknownCost, maxLength };
  };

  return {
    section(direction) {
      let lex = parsed.get(direction);
      if (!lex) {
        lex = parseSection(direction);
        parsed.set(direction, lex);
      }
      return lex;
    },
  };
}
