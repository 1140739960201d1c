// The compiled conversion lexicon (built by scripts/build-lexicon.ts into public/convert/lexicon.bin).
// Format, UTF-8 text:
//   wenzhai-lexicon 1
//   @default <cost of a character the corpus never saw>
//   @s2t <n>            then n lines  word \t cost [\t output]   (keys Simplified)
//   @t2s <n>            then n lines  word \t cost [\t output]   (keys OpenCC-standard Traditional)
// `cost` is −10·ln(p) of the word, lowered so a word never loses to a split of its own span; `output`
// is present only where it differs from OpenCC's own conversion of the word on its own.
// Only the section a conversion needs is parsed, on first use.

export const LEXICON_MAGIC = 'wenzhai-lexicon 1';

export type Direction = 's2t' | 't2s';

export interface Lexicon {
  /** word → cost; −1 for a proper prefix of a longer word that is not a word itself. */
  readonly costs: Map<string, number>;
  /** word → output where it differs from OpenCC's conversion of the word alone. */
  readonly outputs: Map<string, string>;
  /** Cost of a character the lexicon does not know. */
  readonly unknownCost: number;
  /** Longest word, in UTF-16 units. */
  readonly maxLength: number;
}

export interface LexiconFile {
  section(direction: Direction): Lexicon;
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
    const costs = new Map<string, number>();
    const outputs = new Map<string, string>();
    let maxLength = 1;
    let pos = text.indexOf('\n', start + 1) + 1;
    while (pos > 0 && pos < text.length && text.charCodeAt(pos) !== 64 /* @ */) {
      let end = text.indexOf('\n', pos);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', pos);
      if (tab > pos && tab < end) {
        const word = text.slice(pos, tab);
        const tab2 = text.indexOf('\t', tab + 1);
        const hasOutput = tab2 > 0 && tab2 < end;
        const cost = Number(text.slice(tab + 1, hasOutput ? tab2 : end));
        costs.set(word, Number.isFinite(cost) && cost >= 0 ? cost : unknownCost);
        if (hasOutput) outputs.set(word, text.slice(tab2 + 1, end));
        if (word.length > maxLength) maxLength = word.length;
      }
      pos = end + 1;
    }
    // Prefix markers let the segmenter stop walking as soon as no longer word can follow.
    for (const word of [...costs.keys()]) {
      for (let i = word.length - 1; i > 0; i--) {
        const prefix = word.slice(0, i);
        if (costs.has(prefix)) break;
        costs.set(prefix, -1);
      }
    }
    return { costs, outputs, unknownCost, maxLength };
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
