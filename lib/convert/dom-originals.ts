// The page converter's record of original text: kept here, not on the nodes, so the page's DOM (and
// innerHTML) never shows our state. A node in the map holds what we wrote; the converter's mutation
// observer tells us when the page changes one (forget), and its new text is then the original. The
// values are the strings the nodes already had, no record object per node: a WeakMap whose values
// were fresh objects cost the collector as much as writing the text on a 1M-character page.

export class TextOriginals {
  private readonly originals = new WeakMap<Text, string>();
  /** The nodes written, for putting back (a node may appear twice; its entry is gone the second
   *  time). */
  private touched: Text[] = [];

  /** The original (unconverted) text of a node. */
  sourceOf(node: Text): string {
    return this.originals.get(node) ?? node.data;
  }

  /** The page changed `node` since we wrote it: its text is its own again. */
  forget(node: Text): void {
    this.originals.delete(node);
  }

  /** Writes a converted value over `data`, the node's current text; true when the text changed. */
  write(node: Text, data: string, value: string): boolean {
    if (!this.originals.has(node)) {
      this.originals.set(node, data);
      this.touched.push(node);
    }
    if (data === value) return false;
    node.data = value;
    return true;
  }

  /** The nodes to put back, handed over (the record starts a new list). */
  takeWritten(): Text[] {
    const nodes = this.touched;
    this.touched = [];
    return nodes;
  }

  /** Nodes a stopped restore did not reach: still ours, to put back later. */
  giveBack(nodes: readonly Text[]): void {
    this.touched = nodes.concat(this.touched);
  }

  /** Writes originals back from `nodes[at]` on until `deadline`; returns where it stopped. */
  putBack(nodes: readonly Text[], at: number, deadline: number): number {
    while (at < nodes.length) {
      const node = nodes[at++]!;
      const original = this.originals.get(node);
      if (original !== undefined) {
        if (node.data !== original) node.data = original;
        this.originals.delete(node);
      }
      if ((at & 63) === 0 && performance.now() > deadline) break;
    }
    return at;
  }
}
