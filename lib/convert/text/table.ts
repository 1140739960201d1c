// OpenCC dictionary groups as greedy longest-match tables, the way opencc-js applies them, but over
// a code-unit trie in typed arrays (see trie.ts) and able to report the pieces it matched,
// so the word converter can keep track of which source text became which output.

import { CodeTrie } from './trie';

/** opencc-js's DictLike: "a A|b B" or [[a, A], [b, B]]. */
export type DictLike = string | readonly (readonly [string, string])[];

function* pairsOf(dict: DictLike): Generator<[string, string]> {
  if (typeof dict === 'string') {
    // Scanned entry by entry (not split('|') at once): a group's table can then be built in slices
    // (see PhraseTable.builder) without one long call on a 100,000-entry string.
    let at = 0;
    while (at < dict.length) {
      let bar = dict.indexOf('|', at);
      if (bar < 0) bar = dict.length;
      const space = dict.indexOf(' ', at);
      if (space > at && space < bar) yield [dict.slice(at, space), dict.slice(space + 1, bar)];
      at = bar + 1;
    }
  } else {
    for (const [k, v] of dict) yield [k, v];
  }
}

/** One dictionary group: for the same key the earlier dictionary wins (opencc-js loads a group in
 *  reverse so the first one overwrites); longest match over all keys of the group. */
export class PhraseTable {
  /** Every key and every proper prefix of one. */
  private readonly trie = new CodeTrie();
  /** Per trie node: the replacement, or undefined for a proper prefix that is not a key itself. */
  private readonly values: (string | undefined)[] = [undefined];
  size = 0;

  constructor(group: readonly DictLike[] | null) {
    if (group) PhraseTable.builder(group, this).step(Number.POSITIVE_INFINITY);
  }

  /** Builds a table in steps: `step(deadline)` adds entries until then, true when the table is
   *  complete (`table`). A converter's tables are built so before a page's first conversion, with
   *  the page's thread handed back between steps. */
  static builder(
    group: readonly DictLike[],
    into = new PhraseTable(null),
  ): { table: PhraseTable; step(deadline: number): boolean } {
    const pairs = (function* () {
      for (const dict of group) yield* pairsOf(dict);
    })();
    let done = false;
    return {
      table: into,
      step(deadline) {
        let n = 0;
        while (!done) {
          const next = pairs.next();
          if (next.done) done = true;
          else into.add(next.value[0], next.value[1]);
          if ((++n & 1023) === 0 && performance.now() > deadline) break;
        }
        return done;
      },
    };
  }

  /** For the same key the earlier dictionary wins. */
  private add(key: string, value: string): void {
    if (!key) return;
    const node = this.trie.insert(key);
    while (this.values.length < this.trie.size) this.values.push(undefined);
    if (this.values[node] !== undefined) return;
    this.values[node] = value;
    this.size++;
  }

  get(key: string): string | undefined {
    const node = key ? this.trie.find(key) : 0;
    return node ? this.values[node] : undefined;
  }

  /** True when some key starts with code unit `code`: a position whose unit is not one never starts
   *  a match, which lets callers skip whole words. */
  startsKey(code: number): boolean {
    return this.trie.next(0, code) !== 0;
  }

  /** The trie node after code unit `code` from `node` (0 = the root): 0 when no key continues so.
   *  With valueAt, callers walk keys over text they hold in pieces, without joining it. */
  step(node: number, code: number): number {
    return this.trie.next(node, code);
  }

  /** The replacement of the key that ends at trie node `node`, if one does. */
  valueAt(node: number): string | undefined {
    return this.values[node];
  }

  /** True when no key starts anywhere in `s`, so convert(s) is s. */
  passes(s: string): boolean {
    for (let i = 0; i < s.length; i++) if (this.trie.next(0, s.charCodeAt(i)) !== 0) return false;
    return true;
  }

  /** Longest key starting at `i` that ends where `isEnd` allows: its end, or -1. */
  matchWhere(s: string, i: number, isEnd: (end: number) => boolean): number {
    let end = -1;
    const n = s.length;
    let node = 0;
    for (let j = i + 1; j <= n; j++) {
      node = this.trie.next(node, s.charCodeAt(j - 1));
      if (node === 0) break;
      if (this.values[node] !== undefined && isEnd(j)) end = j;
    }
    return end;
  }

  /** Where the last successful match() ended. */
  private matchEnd = -1;

  /** Longest key starting at `i`: its trie node (its end in `matchEnd`), or 0. */
  private match(s: string, i: number): number {
    let found = 0;
    const n = s.length;
    let node = 0;
    for (let j = i + 1; j <= n; j++) {
      node = this.trie.next(node, s.charCodeAt(j - 1));
      if (node === 0) break;
      if (this.values[node] !== undefined) {
        found = node;
        this.matchEnd = j;
      }
    }
    return found;
  }

  /** Greedy longest-match conversion; `piece(srcEnd, out)` is told each matched key and each
   *  unmatched character, in order. */
  convert(s: string, piece?: (srcEnd: number, out: string) => void): string {
    let out = '';
    let copyFrom = 0;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const node = this.match(s, i);
      if (node === 0) {
        const c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
        if (piece) {
          // Unmatched characters are pieces of their own so a caller can align them.
          piece(i, s.slice(copyFrom, i));
          out += s.slice(copyFrom, i);
          copyFrom = i;
        }
        continue;
      }
      const end = this.matchEnd;
      if (copyFrom < i) out += s.slice(copyFrom, i);
      const value = this.values[node] as string;
      out += value;
      piece?.(end, value);
      i = end;
      copyFrom = i;
    }
    if (copyFrom === 0) return s;
    return copyFrom < n ? out + s.slice(copyFrom) : out;
  }
}

/** A chain of groups applied one after another (each over the previous group's output). */
export function chainConvert(tables: readonly PhraseTable[], s: string): string {
  let out = s;
  for (const t of tables) out = t.convert(out);
  return out;
}
