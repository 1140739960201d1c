// Walking a subtree for runs: the text nodes that read as one string (a paragraph across its inline
// children), in document order, leaving code, fields, editable areas and our own UI alone.
import { MAYBE_HAN } from './dom-labels';

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

/** The index after `node` in `list`, where the walk was at `i`: i + 1 unless the page moved things
 *  while the walk was suspended; if `node` itself was removed, where `follower` (what came after
 *  it) is now. */
function indexAfter(list: NodeListOf<ChildNode>, i: number, node: Node, follower: Node | null): number {
  if (list[i] === node) return i + 1;
  const k = Array.prototype.indexOf.call(list, node);
  if (k >= 0) return k + 1;
  const f = follower ? Array.prototype.indexOf.call(list, follower) : -1;
  return f >= 0 ? f : i;
}

/** Form fields: contents never converted, label attributes are. */
export const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Longest run converted as one string: keeps each step of the time slice short even on pages that
 *  put a whole article in one inline-only container. Runs are cut only between text nodes. */
export const MAX_RUN = 2000;
export function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

export const isUiHost = (el: Element): boolean => el.hasAttribute('data-wenzhai-ui');

export interface WalkHooks {
  /** The text to convert for a node (its original, where we have written it). */
  sourceOf(node: Text): string;
  /** Elements whose subtree is left alone. */
  isSkipped(el: Element): boolean;
  /** Every element met (skipped ones too, without their subtrees). */
  visit(el: Element, skipped: boolean): void;
}

/** Yields runs of text nodes that read as one string, in document order, walking `scope`'s
 *  subtree (from `from`, a block inside it, when given; up to `until`, a block, when given);
 *  elements met on the way are shown to `visit`. Blocks end runs, so starting or
 *  stopping at one gives the same runs as the whole walk. */
export function* textRuns(
  scope: Element,
  hooks: WalkHooks,
  from?: Element,
  until?: Element,
): Generator<Text[]> {
  const { sourceOf, isSkipped, visit } = hooks;
  let run: Text[] = [];
  let len = 0;
  // The walk is suspended only at a yield, so that is when each list's next node is noted (for
  // indexAfter, should the page remove the current one meanwhile).
  const take = (): Text[] => {
    for (let k = 0; k < lists.length; k++) followers[k] = lists[k]![at[k]! + 1] ?? null;
    const r = run;
    run = [];
    len = 0;
    return r;
  };
  // The child lists being walked and the position in each, with the node that owns each list.
  // Index walking, not nextSibling: it keeps happy-dom linear (its nextSibling searches the
  // parent's children), and a node the page removes while we yield does not end the walk (a
  // removed node has no nextSibling); indexAfter finds our place again.
  const lists: NodeListOf<ChildNode>[] = [];
  const at: number[] = [];
  const owners: Node[] = [];
  /** Per list, the node after the current one when the walk was last suspended. */
  const followers: (Node | null)[] = [];
  if (from) {
    const path: Node[] = [];
    for (let n: Node | null = from; n && n !== scope; n = n.parentNode) path.push(n);
    for (let k = path.length - 1; k >= 0; k--) {
      const owner = path[k]!.parentNode!;
      lists.push(owner.childNodes);
      at.push(Array.prototype.indexOf.call(owner.childNodes, path[k]));
      owners.push(owner);
      followers.push(null);
    }
  } else {
    lists.push(scope.childNodes);
    at.push(0);
    owners.push(scope);
    followers.push(null);
  }
  while (lists.length) {
    const top = lists.length - 1;
    const list = lists[top]!;
    const i = at[top]!;
    if (i < 0 || i >= list.length) {
      lists.pop();
      at.pop();
      followers.pop();
      const owner = owners.pop()!;
      if (owner !== scope && owner.nodeType === ELEMENT_NODE && BOUNDARY_TAGS.has(tagOf(owner as Element))) {
        if (run.length) yield take();
      }
      if (top > 0) at[top - 1] = indexAfter(lists[top - 1]!, at[top - 1]!, owner, followers[top - 1]!);
      continue;
    }
    const node = list[i]!;
    if (node === until) break;
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      const text = node as Text;
      const source = sourceOf(text);
      if (MAYBE_HAN.test(source)) {
        if (len + source.length > MAX_RUN && run.length) yield take();
        run.push(text);
        len += source.length;
      } else if (run.length) {
        // Non-Han text inside a run (spaces, Latin, digits) stays in it: dropping it would glue the
        // Han text on either side into one false phrase (头 abc 发 must not become 頭髮).
        run.push(text);
        len += source.length;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as Element;
      const skipped = isSkipped(el);
      if (skipped || BOUNDARY_TAGS.has(tagOf(el))) {
        if (run.length) yield take();
      }
      visit(el, skipped);
      descend = !skipped && el.firstChild !== null;
    }
    if (descend) {
      lists.push(node.childNodes);
      at.push(0);
      owners.push(node);
      followers.push(null);
    } else at[top] = indexAfter(list, i, node, followers[top]!);
  }
  if (run.length) yield take();
}
