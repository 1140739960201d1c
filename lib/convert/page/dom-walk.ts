// Walking a subtree for runs: the text nodes that read as one string (a paragraph across its inline
// children), in document order, leaving code, fields, editable areas and our own UI alone. What
// counts as text and where a run ends is the page-text model's (lib/page-text/model.ts).
import { CONVERT_EXTRA_SKIP, PAGE_TEXT } from '../../page-text/model';

/** Characters from CJK radicals up (BMP ideographs, compatibility ideographs, surrogates for
 *  extension B+). Text without any of them converts to itself, so it is never touched. */
export const MAYBE_HAN = /[\u2e80-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is code, user input, or not prose; their whole subtree is left alone: the
 *  page-text model's skip list (lib/page-text/model.ts) plus its named exception for the converter
 *  (code, preformatted text, keyboard input and sample output are never converted). */
export const SKIP_TAGS: ReadonlySet<string> = new Set([...PAGE_TEXT.skip, ...CONVERT_EXTRA_SKIP]);

/** Elements that end a run of text: the page-text model's boundaries (blocks, plus inline things
 *  whose text must not be glued to its neighbours: line breaks, buttons, ruby annotations, which the
 *  converter converts as runs of their own instead of skipping them). Unknown/custom elements count
 *  as inline, which is what browsers do by default. */
export const BOUNDARY_TAGS: ReadonlySet<string> = PAGE_TEXT.boundary;

/** Form fields: contents never converted, label attributes are. */
export const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Longest run converted as one string: keeps each step of the time slice short even on pages that
 *  put a whole article in one inline-only container. Runs are cut only between text nodes. */
export const MAX_RUN = 2000;
/** Upper-case tag names by tagName as the DOM gives it: HTML elements already say DIV, but svg,
 *  math and XHTML ones do not, and upper-casing every element's name was a copy each time. */
const upperTags = new Map<string, string>();

export function tagOf(el: Element): string {
  const tag = el.tagName;
  let upper = upperTags.get(tag);
  if (upper === undefined) {
    upper = tag.toUpperCase();
    upperTags.set(tag, upper);
  }
  return upper;
}

/** The attribute that marks our own UI's host elements. */
export const UI_ATTRIBUTE = 'data-wenzhai-ui';

/** What the walk learns about an element on entering it (see WalkHooks.enter). */
export const SKIPPED = 1;
export const BOUNDARY = 2;

export interface WalkHooks {
  /** The text to convert for a node with Han text (its original, where we have written it); text
   *  without Han is its own source. */
  sourceOf(node: Text): string;
  /** Called once for every element met (skipped ones too, without their subtrees): handles its
   *  attributes and says whether its subtree is left alone (SKIPPED) and whether it ends a run
   *  (BOUNDARY), in one call so each element's tag and attributes are read once. */
  enter(el: Element): number;
}

/** A run: its text nodes, and for each the text to convert (sourceOf, read once by the walk). */
export interface TextRun {
  nodes: Text[];
  sources: string[];
}

/** Yields runs of text nodes that read as one string, in document order, walking `scope`'s
 *  subtree (from `from`, a block inside it, when given; up to `until`, a block, when given);
 *  elements met on the way are shown to `visit`. Blocks end runs, so starting or
 *  stopping at one gives the same runs as the whole walk.
 *
 *  The walk steps with firstChild/nextSibling (in Chromium several times faster than indexing
 *  childNodes). The page can change anything while a run is out (the converter hands the thread
 *  back between slices), so at each yield the walk notes, for every level, the node after the one
 *  it is in; when it comes back to a level whose node the page has removed or moved, it goes on
 *  from that noted node, or, if that is gone too, walks the level's children again from the start
 *  (converting text twice is harmless: the second pass reads the originals), once. */
export function* textRuns(
  scope: Node & ParentNode,
  hooks: WalkHooks,
  from?: Element,
  until?: Element,
): Generator<TextRun> {
  const walk = new RunWalk(scope, hooks);
  let node = walk.start(from);
  for (;;) {
    if (node === null) {
      // The last level is done: back up one.
      const owner = walk.owners[walk.owners.length - 1]!;
      if (!walk.ascend()) break;
      if (walk.hasRun && owner.nodeType === ELEMENT_NODE && BOUNDARY_TAGS.has(tagOf(owner as Element)))
        yield walk.take(owner);
      node = walk.after(owner);
      continue;
    }
    if (node === until) break;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const cut = walk.addText(node as Text);
      if (cut) yield cut;
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const kind = hooks.enter(el);
      if (walk.hasRun && kind !== 0) {
        yield walk.take(el);
        // Removed or moved away while the run was out: it is not ours to walk any more.
        if (el.parentNode !== walk.owners[walk.owners.length - 1]) {
          node = walk.after(el);
          continue;
        }
      }
      if ((kind & SKIPPED) === 0 && el.firstChild !== null) {
        node = walk.descend(el);
        continue;
      }
    }
    node = walk.after(node);
  }
  if (walk.hasRun) yield walk.take(null);
}

/** The walk's state: the open elements, where to go on at each level when the page moved a node
 *  while a run was out, and the run being gathered. */
class RunWalk {
  /** The open elements, `scope` first; the walk is among the children of the last one. */
  readonly owners: Node[];
  /** Per level, the node after the one the walk was in at the last yield (see textRuns). */
  private readonly followers: (Node | null)[] = [null];
  /** Per level, whether its children were already walked again once. */
  private readonly rewalked: boolean[] = [false];
  private nodes: Text[] = [];
  private sources: string[] = [];
  private len = 0;

  constructor(
    private readonly scope: Node & ParentNode,
    private readonly hooks: WalkHooks,
  ) {
    this.owners = [scope];
  }

  get hasRun(): boolean {
    return this.nodes.length > 0;
  }

  /** The first node to handle: `from` (its ancestors up to the scope opened), or the scope's first
   *  child. */
  start(from?: Element): Node | null {
    if (!from) return this.scope.firstChild;
    const path: Node[] = [];
    for (let n: Node | null = from.parentNode; n && n !== this.scope; n = n.parentNode) path.push(n);
    for (let k = path.length - 1; k >= 0; k--) this.open(path[k]!);
    return from;
  }

  private open(owner: Node): void {
    this.owners.push(owner);
    this.followers.push(null);
    this.rewalked.push(false);
  }

  /** Enters `el`; returns its first child. */
  descend(el: Element): Node | null {
    this.open(el);
    return el.firstChild;
  }

  /** Leaves the last level; false when that was the scope (the walk is over). */
  ascend(): boolean {
    this.owners.pop();
    this.followers.pop();
    this.rewalked.pop();
    return this.owners.length > 0;
  }

  /** Ends the current run for a yield at `at` (the node being handled at the last level; null at
   *  the end of the walk). */
  take(at: Node | null): TextRun {
    if (at) {
      const { owners, followers } = this;
      const top = owners.length - 1;
      for (let k = 0; k < top; k++) followers[k] = owners[k + 1]!.nextSibling;
      followers[top] = at.nextSibling;
    }
    const run = { nodes: this.nodes, sources: this.sources };
    this.nodes = [];
    this.sources = [];
    this.len = 0;
    return run;
  }

  /** Where to go on at the last level after `done` (handled, possibly moved away by the page). */
  after(done: Node): Node | null {
    const top = this.owners.length - 1;
    const owner = this.owners[top]!;
    if (done.parentNode === owner) return done.nextSibling;
    const follower = this.followers[top];
    if (follower && follower.parentNode === owner) return follower;
    if (this.rewalked[top]) return null;
    this.rewalked[top] = true;
    return owner.firstChild;
  }

  /** Adds a text node to the run; returns the run cut before it when it would pass MAX_RUN. */
  addText(text: Text): TextRun | null {
    const data = text.data;
    let cut: TextRun | null = null;
    // Conversion turns Han text into Han text, so text without any (the spaces and line breaks
    // between blocks: a third of a page's text nodes) is its own source, with nothing to look up.
    if (MAYBE_HAN.test(data)) {
      const source = this.hooks.sourceOf(text);
      if (this.len + source.length > MAX_RUN && this.nodes.length) cut = this.take(text);
      this.push(text, source);
    } else if (this.nodes.length) {
      // Non-Han text inside a run (spaces, Latin, digits) stays in it: dropping it would glue the
      // Han text on either side into one false phrase (头 abc 发 must not become 頭髮).
      this.push(text, data);
    }
    return cut;
  }

  private push(text: Text, source: string): void {
    this.nodes.push(text);
    this.sources.push(source);
    this.len += source.length;
  }
}
