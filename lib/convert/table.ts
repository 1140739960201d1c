// OpenCC dictionary groups as greedy longest-match tables, the way opencc-js applies them, but over
// plain string Maps with a prefix marker (no trie of Maps) and able to report the pieces it matched,
// so the word converter can keep track of which source text became which output.

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
  /** key → replacement; `null` marks a proper prefix of a longer key that is not a key itself. */
  private readonly map = new Map<string, string | null>();
  readonly size: number;

  constructor(group: readonly DictLike[]) {
    let size = 0;
    for (const dict of group) {
      for (const [key, value] of pairsOf(dict)) {
        const current = this.map.get(key);
        if (typeof current === 'string') continue;
        this.map.set(key, value);
        size++;
        for (let i = key.length - 1; i > 0; i--) {
          const prefix = key.slice(0, i);
          if (this.map.has(prefix)) break;
          this.map.set(prefix, null);
        }
      }
    }
    this.size = size;
  }

  get(key: string): string | undefined {
    return this.map.get(key) ?? undefined;
  }

  /** Longest key starting at `i` that ends where `isEnd` allows: its end, or -1. */
  matchWhere(s: string, i: number, isEnd: (end: number) => boolean): number {
    let end = -1;
    const n = s.length;
    for (let j = i + 1; j <= n; j++) {
      const v = this.map.get(s.slice(i, j));
      if (v === undefined) break;
      if (v !== null && isEnd(j)) end = j;
    }
    return end;
  }

  /** Longest key starting at `i`: its end, or -1. */
  private match(s: string, i: number): number {
    let end = -1;
    const n = s.length;
    for (let j = i + 1; j <= n; j++) {
      const v = this.map.get(s.slice(i, j));
      if (v === undefined) break;
      if (v !== null) end = j;
    }
    return end;
  }

  /** Greedy longest-match conversion; `piece(srcEnd, out)` is told each matched key and each
   *  unmatched character, in order. */
  convert(s: string, piece?: (srcEnd: number, out: string) => void): string {
    let out = '';
    let copyFrom = 0;
    const n = s.length;
    let i = 0;
    while (i < n) {
      const end = this.match(s, i);
      if (end < 0) {
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
      if (copyFrom < i) out += s.slice(copyFrom, i);
      const value = this.map.get(s.slice(i, end)) as string;
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
