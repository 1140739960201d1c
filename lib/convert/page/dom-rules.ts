// Which elements the page converter leaves alone, and the walk's hooks that apply it: one place for
// the rules the walk, the visible-first pass and late changes all share.

import type { TextConverter } from '../text/text';
import type { PageLabels } from './dom-labels';
import type { PageScopes } from './dom-scopes';
import {
  BOUNDARY,
  BOUNDARY_TAGS,
  ELEMENT_NODE,
  FIELD_TAGS,
  SKIP_TAGS,
  SKIPPED,
  tagOf,
  UI_ATTRIBUTE,
  type WalkHooks,
} from './dom-walk';

/** What the page asks translators to leave alone (translate="no", class="notranslate": a brand
 *  such as 發哥餐廳 stays as written), and text marked as Japanese or Korean. */
function leftAsWritten(el: Element, names: readonly string[]): boolean {
  if (names.includes('translate') && el.getAttribute('translate')?.trim().toLowerCase() === 'no') return true;
  // The substring test first: most elements have a class, few this one.
  if (
    names.includes('class') &&
    el.getAttribute('class')?.includes('notranslate') &&
    el.classList.contains('notranslate')
  )
    return true;
  return names.includes('lang') && OTHER_CJK_LANG.test(el.getAttribute('lang') ?? '');
}

const OTHER_CJK_LANG = /^(ja|ko)\b/i;

const FRAME_TAGS = new Set(['IFRAME', 'FRAME']);

export interface ElementRules {
  /** True when `node` lies in a skipped subtree or outside the root. */
  isExcluded(node: Node): boolean;
  isBlock(el: Element): boolean;
  /** The walk's hooks for a pass: `sourceOf` gives a node's original text; `done` holds blocks
   *  the pass already converted (passed over, attributes and all). */
  hooks(fn: TextConverter, sourceOf: (node: Text) => string, done: ReadonlySet<Element>): WalkHooks;
}

export function elementRules(
  root: Element,
  labels: PageLabels,
  userSkip: ((el: Element) => boolean) | undefined,
  scopes?: PageScopes,
): ElementRules {
  /** Whether `el` (tag `tag`, attribute names `names`, null when it has none) is left alone with
   *  its subtree: code and fields, our own UI, editable areas, the caller's own exclusions. */
  const skippedBy = (el: Element, tag: string, names: readonly string[] | null): boolean =>
    SKIP_TAGS.has(tag) ||
    (names !== null &&
      (names.includes(UI_ATTRIBUTE) ||
        (names.includes('contenteditable') && el.getAttribute('contenteditable') !== 'false') ||
        leftAsWritten(el, names))) ||
    (userSkip?.(el) ?? false);
  const attributeNames = (el: Element): string[] | null =>
    el.hasAttributes() ? el.getAttributeNames() : null;
  const isSkipped = (el: Element): boolean => skippedBy(el, tagOf(el), attributeNames(el));

  return {
    isExcluded(node: Node): boolean {
      // Up across shadow roots and frames (see PageScopes.parentOf); outside the root: excluded. A
      // frame the page adds is not skipped itself: its document is the page's (the walk meets it).
      const frame = node.nodeType === ELEMENT_NODE && FRAME_TAGS.has(tagOf(node as Element));
      for (
        let n: Node | null = frame ? node.parentNode : node;
        n;
        n = scopes ? scopes.parentOf(n) : n.parentNode
      ) {
        if (n === root) return false;
        if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element)) return true;
      }
      return true;
    },
    isBlock: (el: Element): boolean => BOUNDARY_TAGS.has(tagOf(el)),
    hooks: (fn, sourceOf, done) => ({
      sourceOf,
      enter(el: Element): number {
        if (done.size && done.has(el)) return SKIPPED | BOUNDARY;
        const tag = tagOf(el);
        // Most elements carry a class or an href and nothing we look at: one call lists the names,
        // instead of asking for each attribute in turn.
        const names = attributeNames(el);
        const skipped = skippedBy(el, tag, names);
        // A field's value is the user's; its placeholder/title/aria-label are the page's labels.
        if (
          names !== null &&
          (!skipped || (FIELD_TAGS.has(tag) && !names.includes(UI_ATTRIBUTE) && !(userSkip?.(el) ?? false)))
        )
          labels.convertAttributes(el, fn, names);
        // Shadow roots and frames are walked after this tree; a frame is skipped as text, but its
        // document is the page's (unless the frame is ours or the caller's to leave alone).
        if (
          scopes &&
          (!skipped || (FRAME_TAGS.has(tag) && !names?.includes(UI_ATTRIBUTE) && !userSkip?.(el)))
        )
          scopes.meet(el, tag);
        return (skipped ? SKIPPED : 0) | (BOUNDARY_TAGS.has(tag) ? BOUNDARY : 0);
      },
    }),
  };
}
