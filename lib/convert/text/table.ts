// OpenCC dictionary groups as greedy longest-match tables, the way opencc-js applies them, but over
// a code-unit trie in typed arrays (see trie.ts) and able to report the pieces it matched,
// so the word converter can keep track of which source text became which output.

import { CodeTrie } from './trie';

/** opencc-js's DictLike: "a A|b B" or [[a, A], [b, B]]. */
export type DictLike = string | readonly (readonly [string, string])[];

function* pairsOf(dict: DictLike): Generator<[string, string]> {
  if (typeof dict === 'string') {
    if (dict === '') return;
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space > 0) yield [entry.slice(0, space), entry.slice(space + 1)];
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
  readonly size: number;

  constructor(group: readonly DictLike[]) {
    let size = 0;
    for (const dict of group) {
      for (const [key, value] of pairsOf(dict)) {
        if (!key) continue;
        const node = this.trie.insert(key);
        while (this.values.length < this.trie.size) this.values.push(undefined);
        if (this.values[node] !== undefined) continue;
        this.values[node] = value;
        size++;
      }
    }
    this.size = size;
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
