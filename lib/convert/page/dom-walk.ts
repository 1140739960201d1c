// Walking a subtree for runs: the text nodes that read as one string (a paragraph across its inline
// children), in document order, leaving code, fields, editable areas and our own UI alone.
/** Characters from CJK radicals up (BMP ideographs, compatibility ideographs, surrogates for
 *  extension B+). Text without any of them converts to itself, so it is never touched. */
export const MAYBE_HAN = /[\u2e80-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements whose text is code, user input, or not prose; their whole subtree is left alone. */
export const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE CODE PRE KBD SAMP TEXTAREA INPUT SELECT SVG MATH IFRAME OBJECT HEAD'.split(
    ' ',
  ),
);

/** Elements that end a run of text: block-level boxes, plus inline things whose text must not be
 *  glued to its neighbours (line breaks, ruby annotations, buttons). Unknown/custom elements count as
 *  inline, which is what browsers do by default. */
export const BOUNDARY_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML IMG LEGEND LI MAIN MENU NAV ' +
    'OL OPTION P RP RT SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL VIDEO AUDIO'
  ).split(' '),
);

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
  const { sourceOf, enter } = hooks;
  let nodes: Text[] = [];
  let sources: string[] = [];
  let len = 0;
  /** The open elements, `scope` first; the walk is among the children of the last one. */
  const owners: Node[] = [scope];
  /** Per level, the node after the one the walk was in at the last yield (see above). */
  const followers: (Node | null)[] = [null];
  /** Per level, whether its children were already walked again once. */
  const rewalked: boolean[] = [false];
  let node: Node | null;
  if (from) {
    const path: Node[] = [];
    for (let n: Node | null = from.parentNode; n && n !== scope; n = n.parentNode) path.push(n);
    for (let k = path.length - 1; k >= 0; k--) {
      owners.push(path[k]!);
      followers.push(null);
      rewalked.push(false);
    }
    node = from;
  } else node = scope.firstChild;
  /** Ends the current run for a yield at `at`, the node being handled at the last level. */
  const take = (at: Node): TextRun => {
    const top = owners.length - 1;
    for (let k = 0; k < top; k++) followers[k] = owners[k + 1]!.nextSibling;
    followers[top] = at.nextSibling;
    const run = { nodes, sources };
    nodes = [];
    sources = [];
    len = 0;
    return run;
  };
  /** Where to go on at the last level after `done` (handled, possibly moved away by the page). */
  const after = (done: Node): Node | null => {
    const top = owners.length - 1;
    const owner = owners[top]!;
    if (done.parentNode === owner) return done.nextSibling;
    const follower = followers[top];
    if (follower && follower.parentNode === owner) return follower;
    if (rewalked[top]) return null;
    rewalked[top] = true;
    return owner.firstChild;
  };
  for (;;) {
    if (node === null) {
      // The last level is done: back up one.
      const owner = owners.pop()!;
      followers.pop();
      rewalked.pop();
      if (owners.length === 0) break;
      if (nodes.length && owner.nodeType === ELEMENT_NODE && BOUNDARY_TAGS.has(tagOf(owner as Element)))
        yield take(owner);
      node = after(owner);
      continue;
    }
    if (node === until) break;
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const text = node as Text;
      const data = text.data;
      // Conversion turns Han text into Han text, so text without any (the spaces and line breaks
      // between blocks: a third of a page's text nodes) is its own source, with nothing to look up.
      if (MAYBE_HAN.test(data)) {
        const source = sourceOf(text);
        if (len + source.length > MAX_RUN && nodes.length) yield take(text);
        nodes.push(text);
        sources.push(source);
        len += source.length;
      } else if (nodes.length) {
        // Non-Han text inside a run (spaces, Latin, digits) stays in it: dropping it would glue the
        // Han text on either side into one false phrase (头 abc 发 must not become 頭髮).
        nodes.push(text);
        sources.push(data);
        len += data.length;
      }
    } else if (type === ELEMENT_NODE) {
      const el = node as Element;
      const kind = enter(el);
      if (nodes.length && kind !== 0) {
        yield take(el);
        // Removed or moved away while the run was out: it is not ours to walk any more.
        if (el.parentNode !== owners[owners.length - 1]) {
          node = after(el);
          continue;
        }
      }
      if ((kind & SKIPPED) === 0 && el.firstChild !== null) {
        owners.push(el);
        followers.push(null);
        rewalked.push(false);
        node = el.firstChild;
        continue;
      }
    }
    node = after(node);
  }
  if (nodes.length) yield { nodes, sources };
}
