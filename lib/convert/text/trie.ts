// A trie over UTF-16 code units in typed arrays, for the conversion tables' hot loops. Walking a word
// one code unit at a time costs an array read (first unit) or one probe of an open-addressing hash
// (later units) — no substring allocated, no string hashed — which is what made the Map-of-prefixes
// lookups (`map.get(s.slice(i, j))` at every position and length) the converter's main cost.
// Node 0 is the root; every other node is one prefix of at least one key.

const EMPTY = 0;

export class CodeTrie {
  /** Root's children, indexed by code unit (0 = none). */
  private readonly first = new Int32Array(65536);
  // Children of the other nodes: (parent, unit) → child, open addressing with linear probing.
  private parent = new Int32Array(1024);
  private unit = new Uint16Array(1024);
  private child = new Int32Array(1024);
  private mask = 1023;
  private slots = 0;
  /** Number of nodes, root included. */
  size = 1;

  private static hash(node: number, code: number): number {
    let h = Math.imul(node, 0x9e3779b1) ^ Math.imul(code, 0x85ebca77);
    h ^= h >>> 15;
    return h;
  }

  /** The child of `node` along code unit `code`, or 0 when there is none. */
  next(node: number, code: number): number {
    if (node === 0) return this.first[code]!;
    const mask = this.mask;
    let h = CodeTrie.hash(node, code) & mask;
    for (;;) {
      const c = this.child[h]!;
      if (c === EMPTY) return 0;
      if (this.parent[h] === node && this.unit[h] === code) return c;
      h = (h + 1) & mask;
    }
  }

  /** The node for `s[start, end)`, or 0 when that is no prefix of any key. */
  find(s: string, start = 0, end = s.length): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      node = this.next(node, s.charCodeAt(i));
      if (node === 0) return 0;
    }
    return node;
  }

  /** Per node, two cells: `values[node]` (e.g. a word's cost) and a 32-bit mask of the low five bits
   *  of its children's code units. A walk reads both from one cache line and skips the probe when
   *  the next unit's bit is clear — the probe that ends most walks, and a likely cache miss. */
  withChildMasks(values: Int32Array): Int32Array {
    const info = new Int32Array(this.size * 2);
    for (let node = 0; node < this.size && node < values.length; node++) info[node * 2] = values[node]!;
    for (let i = 0; i < this.child.length; i++) {
      if (this.child[i] === EMPTY) continue;
      info[this.parent[i]! * 2 + 1]! |= 1 << (this.unit[i]! & 31);
    }
    return info;
  }

  /** The node for `key`, created (with its prefixes) if missing. `key` must not be empty. */
  insert(key: string): number {
    return this.insertRange(key, 0, key.length);
  }

  /** `insert(s.slice(start, end))` without the slice. */
  insertRange(s: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      const code = s.charCodeAt(i);
      let c = this.next(node, code);
      if (c === 0) {
        c = this.size++;
        if (node === 0) this.first[code] = c;
        else this.link(node, code, c);
      }
      node = c;
    }
    return node;
  }

  private link(node: number, code: number, c: number): void {
    if ((this.slots + 1) * 2 > this.mask + 1) this.grow();
    const mask = this.mask;
    let h = CodeTrie.hash(node, code) & mask;
    while (this.child[h] !== EMPTY) h = (h + 1) & mask;
    this.parent[h] = node;
    this.unit[h] = code;
    this.child[h] = c;
    this.slots++;
  }

  private grow(): void {
    const { parent, unit, child } = this;
    const cap = (this.mask + 1) * 2;
    this.parent = new Int32Array(cap);
    this.unit = new Uint16Array(cap);
    this.child = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < child.length; i++) {
      if (child[i] === EMPTY) continue;
      let h = CodeTrie.hash(parent[i]!, unit[i]!) & this.mask;
      while (this.child[h] !== EMPTY) h = (h + 1) & this.mask;
      this.parent[h] = parent[i]!;
      this.unit[h] = unit[i]!;
      this.child[h] = child[i]!;
    }
  }
}
