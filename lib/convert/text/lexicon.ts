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
  /** Parses a section until `deadline`; true when it is parsed (section() then costs nothing). A
   *  page's first conversion parses so, handing the thread back between steps. */
  prepare?(direction: Direction, deadline: number): boolean;
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

/** One section's parse, in steps. */
class SectionParser {
  private readonly trie = new CodeTrie();
  /** Costs by node, grown as nodes appear; −1 until a word ends there. */
  private nodeCost = new Int32Array(1 << 16).fill(-1);
  private readonly nodeOutput = new Map<number, string>();
  private maxLength = 1;
  private pos: number;

  constructor(
    private readonly text: string,
    direction: Direction,
    private readonly unknownCost: number,
  ) {
    const start = text.indexOf(`\n@${direction} `);
    if (start < 0) throw new Error(`Lexicon has no ${direction} section.`);
    this.pos = text.indexOf('\n', start + 1) + 1;
  }

  /** Parses lines until `deadline`; true at the section's end. */
  step(deadline: number): boolean {
    const { text, trie, nodeOutput, unknownCost } = this;
    let pos = this.pos;
    let n = 0;
    while (pos > 0 && pos < text.length && text.charCodeAt(pos) !== 64 /* @ */) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', pos);
      if (tab > pos && tab < end) {
        const tab2 = text.indexOf('\t', tab + 1);
        const hasOutput = tab2 > 0 && tab2 < end;
        const cost = parseCost(text, tab + 1, hasOutput ? tab2 : end);
        const node = trie.insertRange(text, pos, tab);
        if (trie.size > this.nodeCost.length) {
          const grown = new Int32Array(this.nodeCost.length * 2).fill(-1);
          grown.set(this.nodeCost);
          this.nodeCost = grown;
        }
        this.nodeCost[node] = Number.isFinite(cost) && cost >= 0 ? cost : unknownCost;
        if (hasOutput) nodeOutput.set(node, text.slice(tab2 + 1, end));
        if (tab - pos > this.maxLength) this.maxLength = tab - pos;
      }
      pos = end + 1;
      if ((++n & 1023) === 0 && performance.now() > deadline) {
        this.pos = pos;
        return false;
      }
    }
    this.pos = -1;
    return true;
  }

  result(): Lexicon {
    const { trie, nodeCost, nodeOutput, unknownCost, maxLength } = this;
    const costs: WordLookup<number> = {
      get(word) {
        const node = word ? trie.find(word) : 0;
        return node ? nodeCost[node] : undefined;
      },
    };
    const outputs: WordLookup<string> = {
      get(word) {
        const node = word ? trie.find(word) : 0;
        return node ? nodeOutput.get(node) : undefined;
      },
    };
    return { trie, nodeCost, nodeOutput, costs, outputs, unknownCost, maxLength };
  }
}

export function parseLexicon(text: string): LexiconFile {
  if (!text.startsWith(LEXICON_MAGIC)) throw new Error('Not a Wenzhai conversion lexicon.');
  const defaultMatch = /\n@default (\d+)\n/.exec(text.slice(0, 200));
  const unknownCost = defaultMatch ? Number(defaultMatch[1]) : 200;
  const parsed = new Map<Direction, Lexicon>();
  const parsing = new Map<Direction, SectionParser>();

  const prepare = (direction: Direction, deadline: number): boolean => {
    if (parsed.has(direction)) return true;
    let parser = parsing.get(direction);
    if (!parser) {
      parser = new SectionParser(text, direction, unknownCost);
      parsing.set(direction, parser);
    }
    if (!parser.step(deadline)) return false;
    parsing.delete(direction);
    parsed.set(direction, parser.result());
    return true;
  };

  return {
    section(direction) {
      prepare(direction, Number.POSITIVE_INFINITY);
      return parsed.get(direction)!;
    },
    prepare,
  };
}
