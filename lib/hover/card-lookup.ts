// Asking the dictionary (through the background) for the card of a word on the page or of a related
// term: split from dom.ts (issue 16). Both are bounded in time and never reject.
import { withTimeout } from '../async';
import { fail } from '../messages';
import {
  positionInRun,
  rangeOf,
  type TextPosition,
  type TextRun,
  textBefore,
  textFrom,
} from '../page-text/text-at-point';
import type { LookupResult } from '../types';
import type { HoverDeps } from './deps';
import type { CardInfo } from './state';

const LOOKUP_TIMEOUT_MS = 3000;

/** A shown word: where it is on the page and what the dictionary said. */
export interface Shown extends CardInfo<TextPosition> {
  range: Range;
  run: TextRun;
  result: LookupResult;
}

/** The card for an answer, or null when there is no word there. */
function shownFor(doc: Document, position: TextPosition, run: TextRun, result: LookupResult): Shown | null {
  if (result.matchLength === 0) return null;
  const range = rangeOf(doc, run, result.matchLength);
  if (!range) return null;
  const entry = result.entries[0];
  return {
    at: position,
    word: entry ? run.text.slice(0, result.matchLength) : '',
    entry,
    next: positionInRun(run, result.matchLength),
    previous: position.offset > 0 ? { node: position.node, offset: position.offset - 1 } : null,
    range,
    run,
    result,
  };
}

/** The card for the word starting at `position`, or null (no word, no answer in time, no runtime). */
export async function cardAt(doc: Document, deps: HoverDeps, position: TextPosition): Promise<Shown | null> {
  try {
    const run = textFrom(position, 16);
    // A worker stopped mid-request may never answer; without a bound the hover would stay busy for good.
    const answer = await withTimeout(deps.lookup(run.text, textBefore(position, 16)), LOOKUP_TIMEOUT_MS, () =>
      fail('unavailable', 'dictionary-no-answer'),
    );
    return answer.ok ? shownFor(doc, position, run, answer.value) : null;
  } catch {
    return null; // the port went away with the extension's runtime: no card, no unhandled rejection
  }
}

/** A related term looked up by its own text, drawn at the `shown` card's place; null when not found. */
export async function relatedCard(deps: HoverDeps, shown: Shown | null, text: string): Promise<Shown | null> {
  try {
    const answer = await withTimeout(deps.lookup(text, ''), LOOKUP_TIMEOUT_MS, () =>
      fail('unavailable', 'dictionary-no-answer'),
    );
    const entry = answer.ok ? answer.value.entries[0] : undefined;
    if (shown && answer.ok && entry)
      return { ...shown, word: text, entry, run: { ...shown.run, text }, result: answer.value };
    return null;
  } catch {
    return null;
  }
}
