// Which elements the page converter leaves alone, and the walk's hooks that apply it: one place for
// the rules the walk, the visible-first pass and late changes all share.

import type { TextConverter } from '../text/text';
import type { PageLabels } from './dom-labels';
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
): ElementRules {
  /** Whether `el` (tag `tag`, attribute names `names`, null when it has none) is left alone with
   *  its subtree: code and fields, our own UI, editable areas, the caller's own exclusions. */
  const skippedBy = (el: Element, tag: string, names: readonly string[] | null): boolean =>
    SKIP_TAGS.has(tag) ||
    (names !== null &&
      (names.includes(UI_ATTRIBUTE) ||
        (names.includes('contenteditable') && el.getAttribute('contenteditable') !== 'false'))) ||
    (userSkip?.(el) ?? false);
  const attributeNames = (el: Element): string[] | null =>
    el.hasAttributes() ? el.getAttributeNames() : null;
  const isSkipped = (el: Element): boolean => skippedBy(el, tagOf(el), attributeNames(el));

  return {
    isExcluded(node: Node): boolean {
      if (!root.contains(node)) return true;
      for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
        if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element)) return true;
      }
      return false;
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
        return (skipped ? SKIPPED : 0) | (BOUNDARY_TAGS.has(tag) ? BOUNDARY : 0);
      },
    }),
  };
}
