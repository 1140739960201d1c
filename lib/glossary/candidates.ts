// Statistics that pick candidate glossary terms out of news text: strings of Han characters that recur,
// appear on several pages, sit between varied neighbours (so they are units, not fragments of a longer
// word), and that neither CC-CEDICT nor the glossary knows. Pure: scripts/glossary-candidates.ts feeds it
// the corpus pages and the dictionaries.

export interface Candidate {
  text: string;
  /** Occurrences in all pages. */
  count: number;
  /** Pages it occurs on. */
  pages: number;
  /** Branching entropy (bits) of the character before and after it. */
  leftEntropy: number;
  rightEntropy: number;
  /** Whether a dictionary segmentation leaves it as a run of single characters (out of vocabulary). */
  oov: boolean;
  /** Weakest cohesion (bits of pointwise mutual information) over the ways to cut it in two. */
  cohesion: number;
}

export interface CandidateOptions {
  minLength?: number;
  maxLength?: number;
  minCount?: number;
  minPages?: number;
  minEntropy?: number;
  /** Least pointwise mutual information (bits) at every cut: 有一 and 很多 are frequent but not units. */
  minCohesion?: number;
  /** Whether a string is already a word (CC-CEDICT or glossary, either script). */
  known(text: string): boolean;
}

// Characters that start or end phrases rather than terms (particles, prepositions, pronouns, measure words).
const EDGE = new Set([
  ...'的了是在和与及或等也就都而并对为将把被从这那其之于以由向给让使着过吗呢吧啊个年月日',
]);
const HAN_RUN = /\p{Script=Han}{2,}/gu;

function entropy(counts: Map<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  let h = 0;
  for (const n of counts.values()) h -= (n / total) * Math.log2(n / total);
  return h;
}

interface Gram {
  count: number;
  pages: Set<number>;
  left: Map<string, number>;
  right: Map<string, number>;
}

/** Greedy longest-match segmentation with `known`; single-character runs of 2+ are out-of-vocabulary. */
export function oovRuns(run: string, known: (s: string) => boolean, maxLength = 8): string[] {
  const runs: string[] = [];
  let single = '';
  for (let i = 0; i < run.length; ) {
    let len = Math.min(maxLength, run.length - i);
    while (len > 1 && !known(run.slice(i, i + len))) len -= 1;
    if (len === 1) single += run[i];
    else {
      if (single.length >= 2) runs.push(single);
      single = '';
    }
    i += len;
  }
  if (single.length >= 2) runs.push(single);
  return runs;
}

export function findCandidates(pages: readonly string[], options: CandidateOptions): Candidate[] {
  const {
    minLength = 2,
    maxLength = 8,
    minCount = 3,
    minPages = 2,
    minEntropy = 1,
    minCohesion = 5,
    known,
  } = options;
  const grams = new Map<string, Gram>();
  const oov = new Set<string>();
  pages.forEach((page, p) => {
    for (const match of page.matchAll(HAN_RUN)) {
      const run = match[0];
      for (const r of oovRuns(run, known, maxLength)) oov.add(r);
      for (let i = 0; i < run.length; i++) {
        for (let len = minLength; len <= maxLength && i + len <= run.length; len++) {
          const text = run.slice(i, i + len);
          let g = grams.get(text);
          if (!g) {
            g = { count: 0, pages: new Set(), left: new Map(), right: new Map() };
            grams.set(text, g);
          }
          g.count += 1;
          g.pages.add(p);
          // The edge of a run (punctuation, Latin, start of line) counts as its own varied neighbour.
          const before = run[i - 1] ?? `^${i}${p}${g.count}`;
          const after = run[i + len] ?? `$${i}${p}${g.count}`;
          g.left.set(before, (g.left.get(before) ?? 0) + 1);
          g.right.set(after, (g.right.get(after) ?? 0) + 1);
        }
      }
    }
  });
  // Single-character counts (for cohesion), and the number of character positions.
  const chars = new Map<string, number>();
  let total = 0;
  for (const page of pages)
    for (const match of page.matchAll(HAN_RUN))
      for (const c of match[0]) {
        chars.set(c, (chars.get(c) ?? 0) + 1);
        total += 1;
      }
  const countOf = (s: string) => (s.length === 1 ? (chars.get(s) ?? 0) : (grams.get(s)?.count ?? 0));
  const cohesionOf = (text: string, count: number): number => {
    let weakest = Number.POSITIVE_INFINITY;
    for (let cut = 1; cut < text.length; cut++) {
      const left = countOf(text.slice(0, cut));
      const right = countOf(text.slice(cut));
      weakest = Math.min(weakest, Math.log2((count * total) / (left * right)));
    }
    return weakest;
  };
  const found: Candidate[] = [];
  for (const [text, g] of grams) {
    if (g.count < minCount || g.pages.size < minPages) continue;
    if (EDGE.has(text[0]!) || EDGE.has(text.at(-1)!) || known(text)) continue;
    const leftEntropy = entropy(g.left);
    const rightEntropy = entropy(g.right);
    if (leftEntropy < minEntropy || rightEntropy < minEntropy) continue;
    const cohesion = cohesionOf(text, g.count);
    if (cohesion < minCohesion) continue;
    found.push({
      text,
      count: g.count,
      pages: g.pages.size,
      leftEntropy,
      rightEntropy,
      oov: oov.has(text),
      cohesion,
    });
  }
  // A string that only ever occurs inside one longer candidate is that candidate's fragment.
  const texts = new Set(found.map((c) => c.text));
  const kept = found.filter(
    (c) =>
      ![...texts].some(
        (longer) =>
          longer.length > c.text.length &&
          longer.includes(c.text) &&
          grams.get(longer)!.count >= c.count * 0.8,
      ),
  );
  return kept.sort((a, b) => b.pages * b.count - a.pages * a.count || a.text.localeCompare(b.text));
}
