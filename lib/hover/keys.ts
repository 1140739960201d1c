// Keyboard and modifier decisions for the hover card, apart from the DOM wiring so they are testable.
import type { HoverModifier } from '../settings';

export type HoverKeyAction =
  | 'close'
  | 'next'
  | 'previous'
  | 'copy'
  | 'save'
  | 'add'
  | 'related'
  | 'known'
  | 'ignore'
  | 'undo'
  | 'sayWord'
  | 'saySentence';

/** The keys, Zhongwen's where it has them (n / b). Letters only without Ctrl/Cmd/Alt, so the browser's
 *  and the page's shortcuts keep working. */
const KEYS: Readonly<Record<string, HoverKeyAction>> = {
  escape: 'close',
  n: 'next',
  b: 'previous',
  c: 'copy',
  s: 'save',
  a: 'add',
  r: 'related', // the glossary entry's related terms, one after another (issue 20)
  // Vocabulary (issue 17): k known, i ignore, u undoes the latest save.
  k: 'known',
  i: 'ignore',
  u: 'undo',
  // Read aloud (issue 18 §5): p the word, l the sentence it is in.
  p: 'sayWord',
  l: 'saySentence',
};

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export function hoverKeyAction(event: KeyLike): HoverKeyAction | null {
  const action = KEYS[event.key.toLowerCase()];
  if (!action) return null;
  if (action !== 'close' && (event.ctrlKey || event.metaKey || event.altKey)) return null;
  return action;
}

/** Whether the user is typing somewhere on the page (then letters are theirs, not ours). */
export function isEditable(element: Element | null): boolean {
  if (!element) return false;
  const tag = element.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (element as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(
      type,
    );
  }
  return (element as HTMLElement).isContentEditable === true;
}

export function modifierHeld(
  event: { shiftKey: boolean; altKey: boolean },
  modifier: HoverModifier,
): boolean {
  return modifier === 'none' || (modifier === 'shift' ? event.shiftKey : event.altKey);
}
