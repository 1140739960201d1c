// The page converter's record of original text: kept here, not on the nodes, so the page's DOM (and
// innerHTML) never shows our state.
//
// A journal, in the order things happened: each node we wrote with the text it had, and a mark for
// each node the page took back (changed after we wrote it: its new text is its own). "Show original"
// reads the journal newest first, so a node written twice ends with its oldest text, and the entries
// before a page's mark are skipped.
//
// Looking originals up by node (the WeakMap) is only needed by a pass that can meet text written
// before it: converting to another target, or text the page changes later. It is built from the
// journal when such a pass starts (in slices), not on every write. Measured in Chromium on a
// 1M-character page: writing the nodes with a WeakMap entry each took about twice as long as
// writing them alone (the entries also slow the collector), for a lookup a first conversion never
// makes; in the whole conversion that was 5-10 % of our work.

export class TextOriginals {
  /** The journal: node, and its text before we wrote it (null: the page changed it since). */
  private nodes: Text[] = [];
  private texts: (string | null)[] = [];
  /** Originals by node, for the journal's first `indexed` entries (oldest text wins). */
  private index = new WeakMap<Text, string>();
  private indexed = 0;
  /** While "Show original" is under way: nodes whose marks it has passed (their older entries no
   *  longer hold), and how far down the journal it has come. */
  private taken: Set<Text> | null = null;
  private restoredTo = 0;

  /** Whether nothing of ours is on the page (a pass starting then has no originals to look up). */
  get empty(): boolean {
    return this.nodes.length === 0;
  }

  /** Brings the lookup up to date with the journal, until `deadline`; true when it is. */
  catchUp(deadline: number): boolean {
    const { nodes, texts, index } = this;
    while (this.indexed < nodes.length) {
      const i = this.indexed++;
      const node = nodes[i]!;
      const text = texts[i]!;
      if (text === null) index.delete(node);
      else if (!index.has(node)) index.set(node, text);
      if ((i & 255) === 255 && performance.now() > deadline) break;
    }
    return this.indexed === nodes.length;
  }

  /** The original text of a node (a pass that may meet our text; the lookup catches up first). */
  sourceOf(node: Text): string {
    if (this.indexed < this.nodes.length) this.catchUp(Number.POSITIVE_INFINITY);
    return this.index.get(node) ?? node.data;
  }

  /** Whether the lookup knows `node` as ours (so writing it again records nothing new). */
  knows(node: Text): boolean {
    return this.index.has(node);
  }

  /** The page changed `node` since we wrote it: its text is its own again. */
  forget(node: Text): void {
    const known = this.index.delete(node);
    // The mark voids the node's entries for "Show original". With the lookup up to date, a node it
    // does not know has none: the page's changes to text we never wrote add nothing.
    if (known || this.indexed < this.nodes.length || this.taken) {
      this.nodes.push(node);
      this.texts.push(null);
    }
  }

  /** Writes `value` over `data`, the node's current text; true when the text changed. `known`: the
   *  node's original is already recorded. */
  write(node: Text, data: string, value: string, known: boolean): boolean {
    if (!known) {
      this.nodes.push(node);
      this.texts.push(data);
    }
    if (data === value) return false;
    node.data = value;
    return true;
  }

  /** Puts originals back, newest entry first, until `deadline`; true when every one is back. */
  putBack(deadline: number): boolean {
    if (!this.taken) this.taken = new Set();
    const taken = this.taken;
    const { nodes, texts } = this;
    let n = nodes.length;
    while (n > 0) {
      n--;
      const node = nodes[n]!;
      const text = texts[n]!;
      if (text === null) taken.add(node);
      else if (!taken.has(node) && node.data !== text) node.data = text;
      if ((n & 63) === 0 && performance.now() > deadline) break;
    }
    nodes.length = n;
    texts.length = n;
    this.indexed = Math.min(this.indexed, n);
    this.restoredTo = n;
    if (n > 0) return false;
    this.index = new WeakMap();
    this.taken = null;
    return true;
  }

  /** A restore stopped before the end (a new pass started): the entries it did not reach stay,
   *  but none that a page's change voided, whether its mark was passed by the restore or is still
   *  in the journal (marks are then dropped: the lookup took each in when it was made). */
  endRestore(): void {
    const taken = this.taken ?? new Set<Text>();
    const reached = this.restoredTo;
    this.taken = null;
    const { nodes, texts } = this;
    const voided = new Set<Text>();
    const keep: boolean[] = new Array(nodes.length);
    let dropped = 0;
    for (let i = nodes.length - 1; i >= 0; i--) {
      const node = nodes[i]!;
      if (texts[i] === null) voided.add(node);
      keep[i] = texts[i] !== null && !voided.has(node) && !(i < reached && taken.has(node));
      if (!keep[i]) dropped++;
    }
    if (dropped === 0) return;
    let kept = 0;
    let keptIndexed = 0;
    for (let i = 0; i < nodes.length; i++) {
      if (!keep[i]) continue;
      if (i < this.indexed) keptIndexed++;
      nodes[kept] = nodes[i]!;
      texts[kept++] = texts[i]!;
    }
    nodes.length = kept;
    texts.length = kept;
    this.indexed = keptIndexed;
  }
}
