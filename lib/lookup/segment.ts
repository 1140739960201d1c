// Segmentation hint for the hover popup. The longest match at the cursor is often not the word the
// sentence means (研究生命 → 研究生 | 命, where the sentence says 研究 | 生命), so the popup asks which
// word the most probable segmentation of the text around the cursor starts there, and shows that first.
//
// Classic unigram model: a DAG of every dictionary word in the window, each weighted by -ln(p) from
// build-time word frequencies, and the cheapest path through it (dynamic programming, O(n · 16)).

/** Something that knows the words starting at a position and what each costs (-ln p × scale). */
export interface WordScorer {
  prefixCosts(text: string, start: number, max: number, found: (length: number, cost: number) => void): void;
}

/** Cost of a character no source knows (an unknown name, a rare character): dearer than any word. */
export const UNKNOWN_CHAR_COST = 280;
/** Longest word the DAG considers. CC-CEDICT headwords over 12 units are set phrases that the longest
 *  match (always listed) still shows; leaving them out of the DAG halves its cost. */
const MAX_WORD = 12;
/** Words never cross sentence punctuation or spaces, so the DAG does not probe past them. */
const BREAK = /[\s，。、；：？！「」『』（）《》〈〉“”‘’…—,.;:?!()[\]]/;

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff;

/** Word boundaries of the cheapest segmentation of `text` (start offsets of each word, then text.length). */
export function segment(text: string, scorers: readonly WordScorer[]): number[] {
  const n = text.length;
  const best = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const back = new Int32Array(n + 1);
  best[0] = 0;
  for (let i = 0; i < n; i++) {
    const here = best[i] ?? Number.POSITIVE_INFINITY;
    if (here === Number.POSITIVE_INFINITY) continue;
    const relax = (length: number, cost: number): void => {
      const j = i + length;
      const total = here + cost;
      if (j <= n && total < (best[j] ?? Number.POSITIVE_INFINITY)) {
        best[j] = total;
        back[j] = i;
      }
    };
    // One character always works, so every position is reachable.
    relax(isHigh(text.charCodeAt(i)) && i + 1 < n ? 2 : 1, UNKNOWN_CHAR_COST);
    let reach = 1;
    while (reach < MAX_WORD && i + reach < n && !BREAK.test(text.charAt(i + reach))) reach++;
    if (BREAK.test(text.charAt(i))) continue; // punctuation: the single-character step above is enough
    for (const scorer of scorers) scorer.prefixCosts(text, i, reach, relax);
  }
  const cuts: number[] = [n];
  for (let j = n; j > 0; j = back[j] ?? 0) cuts.push(back[j] ?? 0);
  return cuts.reverse().filter((c, i, all) => i === 0 || c !== all[i - 1]);
}

/** Length of the word the best segmentation of `before + after` starts at the cursor (the boundary
 *  between them). */
export function preferredLength(before: string, after: string, scorers: readonly WordScorer[]): number {
  if (after.length === 0) return 0;
  const cuts = segment(before + after, scorers);
  const at = cuts.indexOf(before.length);
  // The reader is pointing here, so they want a word that starts here: when the best path runs through
  // the cursor, segment from the cursor alone instead.
  if (at < 0) return before.length > 0 ? preferredLength('', after, scorers) : 0;
  if (at + 1 >= cuts.length) return 0;
  return (cuts[at + 1] ?? before.length) - before.length;
}
