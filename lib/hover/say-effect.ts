// The hover card's "say" effect (issue 18 §5): the shown word, or the sentence it is in (the same
// sentence a saved word keeps), read aloud with the reader's voice options (lib/reader/say-aloud.ts).

import type { TextPosition } from '../page-text/text-at-point';
import { sayAloud } from '../reader/say-aloud';
import type { LookupResult } from '../types';
import { sentenceAt } from '../vocabulary/context';
import type { CardInfo } from './state-types';

/** What speech needs of the shown card (card-lookup.ts's Shown, which it does not import: no cycle
 *  through deps.ts, which names this module's function among the tools loaded on need). */
type SpokenCard = CardInfo<TextPosition> & { result: LookupResult };

/** The language the page gives the word's text (its nearest lang attribute), '' when none. */
function langAt(doc: Document, node: Node): string {
  const marked = node.parentElement?.closest('[lang]');
  return (marked ?? doc.documentElement).getAttribute('lang') ?? '';
}

/** Speaks the card's word or sentence; `noVoice` when nothing may read it. Never throws. */
export function sayForCard(
  doc: Document,
  card: SpokenCard,
  what: 'word' | 'sentence',
  noVoice: () => void,
): void {
  const length = card.result.matchLength;
  const text = what === 'word' ? card.word : sentenceAt(card.at.node, card.at.offset, length).sentence;
  void sayAloud({ text, word: card.word, spellings: card.entry, pageLang: langAt(doc, card.at.node) }).then(
    (spoken) => {
      if (!spoken) noVoice();
    },
    noVoice,
  );
}
