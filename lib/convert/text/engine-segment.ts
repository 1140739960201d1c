// The word converter's segmenter: the cheapest path through the word lattice of a text (costs from
// the lexicon's word frequencies, the user's own phrases always winning), as segment ends and the
// lexicon's trie node of each segment. Kept apart from the conversion stages (engine.ts) so each
// part stays readable; the arrays are reused from call to call (a page converts tens of thousands
// of short runs, and fresh arrays each time were a good part of the garbage).
import type { PhraseTable } from './table';
import type { CodeTrie } from './trie';

export const USER_COST = -1_000_000;

const isHanUnit = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff);

const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

/** The user's own phrases (source script → output), with every prefix known so the lattice walk
 *  can stop where no phrase goes on. */
export class UserPhrases {
  readonly costs = new Map<string, number>();
  /** First code units of the phrases: a position starting none of them needs no lookup. */
  readonly first: Set<number>;
  readonly max: number;
  readonly any: boolean;

  constructor(readonly out: ReadonlyMap<string, string> | undefined) {
    for (const key of out?.keys() ?? []) {
      if (!key) continue;
      this.costs.set(key, USER_COST);
      for (let i = key.length - 1; i > 0; i--)
        if (!this.costs.has(key.slice(0, i))) this.costs.set(key.slice(0, i), 0);
    }
    this.max = Math.max(0, ...[...this.costs.keys()].map((k) => k.length));
    this.first = new Set<number>([...this.costs.keys()].map((k) => k.charCodeAt(0)));
    this.any = this.costs.size > 0;
  }

  /** Whether a phrase may start at `text[i]`. */
  startsAt(text: string, i: number): boolean {
    return this.any && this.first.has(text.charCodeAt(i));
  }

  /** The user's output for `s[start, end)`, if that is one of their phrases. */
  ownOut(s: string, start: number, end: number): string | undefined {
    return this.startsAt(s, start) ? this.out?.get(s.slice(start, end)) : undefined;
  }
}

export interface SegmenterTables {
  trie: CodeTrie | null;
  /** Per trie node: [cost, mask of its children's code units] (see CodeTrie.withChildMasks). */
  nodeInfo: Int32Array;
  unknownCost: number;
  /** Traditional → Traditional: OpenCC converts without a segmenter; this table's matches are the
   *  words. */
  boundaryTable: PhraseTable | null;
  user: UserPhrases;
}

export class Segmenter {
  private cap = 0;
  private best = new Float64Array(0);
  private next = new Int32Array(0);
  private word = new Int32Array(0);
  /** Segments: source end, lexicon trie node (0: none). */
  segEnd = new Int32Array(0);
  segNode = new Int32Array(0);
  /** Per segment, the cache slot of its output (filled by the engine; 0: none). */
  segSlot = new Int32Array(0);
  /** The engine's result: each piece's source end. */
  resEnd = new Int32Array(0);
  count = 0;
  private readonly pushBoundary = (end: number): void => this.push(end, 0);

  constructor(private readonly tables: SegmenterTables) {}

  /** Makes room for a text of `n` code units. */
  ensure(n: number): void {
    if (this.cap >= n + 1) return;
    this.cap = Math.max(n + 1, this.cap * 2, 256);
    this.best = new Float64Array(this.cap);
    this.next = new Int32Array(this.cap);
    this.word = new Int32Array(this.cap);
    this.segEnd = new Int32Array(this.cap);
    this.segNode = new Int32Array(this.cap);
    this.segSlot = new Int32Array(this.cap);
    this.resEnd = new Int32Array(this.cap);
  }

  private push(end: number, node: number): void {
    this.segEnd[this.count] = end;
    this.segNode[this.count++] = node;
  }

  /** Segments `text` into segEnd/segNode (UTF-16 ends; the lexicon's trie node for each segment in
   *  `key`, 0 when it is not one lexicon word). */
  segment(text: string, key: string): void {
    this.count = 0;
    if (this.tables.boundaryTable) {
      this.tables.boundaryTable.convert(text, this.pushBoundary);
      return;
    }
    this.solve(text, key);
    this.collect(text);
  }

  /** Fills best/next/word from the end: the cheapest way on from each position. */
  private solve(text: string, key: string): void {
    const { trie, nodeInfo, unknownCost: unknown, user } = this.tables;
    const { best, next, word } = this;
    const n = text.length;
    best[n] = 0;
    next[n] = 0;
    for (let i = n - 1; i >= 0; i--) {
      const c = key.charCodeAt(i);
      const before = i > 0 ? key.charCodeAt(i - 1) : 0;
      if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) {
        // Never start inside a surrogate pair (the pair is one step from its high half). Only after
        // a high half: a stray low half after any other character is a character of its own.
        best[i] = Number.POSITIVE_INFINITY;
        next[i] = i + 1;
        word[i] = 0;
        continue;
      }
      const step = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      // The one-character word, then longer words by walking the trie on; every prefix of a word is
      // a node, so the walk ends where no longer word can start with these characters.
      let node = trie ? trie.next(0, c) : 0;
      if (node !== 0 && step === 2) node = trie!.next(node, key.charCodeAt(i + 1));
      const single = node !== 0 ? nodeInfo[node * 2]! : -1;
      let b = (single >= 0 ? single : unknown) + best[i + step]!;
      let to = i + step;
      let chosen = node;
      if (node !== 0) {
        let cur = node;
        for (let j = i + step + 1; j <= n; j++) {
          const code = key.charCodeAt(j - 1);
          if (((nodeInfo[cur * 2 + 1]! >>> (code & 31)) & 1) === 0) break;
          cur = trie!.next(cur, code);
          if (cur === 0) break;
          const w = nodeInfo[cur * 2]!;
          if (w >= 0 && w + best[j]! < b) {
            b = w + best[j]!;
            to = j;
            chosen = cur;
          }
        }
      }
      if (user.startsAt(text, i)) {
        const limit = Math.min(n, i + user.max);
        for (let j = i + 1; j <= limit; j++) {
          const w = user.costs.get(text.slice(i, j));
          if (w === undefined) break;
          if (w === USER_COST && w + best[j]! < b) {
            b = w + best[j]!;
            to = j;
            chosen = 0;
          }
        }
      }
      best[i] = b;
      next[i] = to;
      word[i] = chosen;
    }
  }

  /** Follows the cheapest path from the start into segments. Runs of non-Han characters (spaces,
   *  Latin, digits, punctuation) go through as one piece, cut where Latin letters and digits begin
   *  or end, so a target phrase can start there (、|B超). */
  private collect(text: string): void {
    const { next, word } = this;
    const n = text.length;
    let i = 0;
    let runStart = -1;
    while (i < n) {
      const j = next[i]!;
      const c = text.charCodeAt(i);
      const plain = j === i + 1 && !isHanUnit(c);
      if (plain) {
        if (runStart < 0) runStart = i;
        else if (isAlnum(c) !== isAlnum(text.charCodeAt(i - 1))) {
          this.push(i, 0);
          runStart = i;
        }
      } else {
        if (runStart >= 0) this.push(i, 0);
        runStart = -1;
        this.push(j, word[i]!);
      }
      i = j;
    }
    if (runStart >= 0) this.push(n, 0);
  }
}
