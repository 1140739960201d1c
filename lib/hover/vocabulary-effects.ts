// The hover card's vocabulary effects (issue 17), carried out for the DOM adapter (dom.ts): save the
// shown word with the sentence around it (read here, in the tab: only the sentence and the page's
// address go to the background), undo that save, set the word known / ignored; each answer comes back
// as an event for the transition.
import { errorText } from '../i18n/errors';
import { fail } from '../messages';
import type { TextPosition } from '../page-text/text-at-point';
import type { DictEntry } from '../types';
import { type PageInfo, wordContext } from '../vocabulary/context';
import type { ContextInput, WordEntryInput } from '../vocabulary/types';
import type { HoverDeps } from './deps';
import type { CardInfo, HoverEffect, HoverEvent } from './state-types';

/** The events these effects answer with (none of them carries a card). */
type Event = Extract<
  HoverEvent<TextPosition, CardInfo<TextPosition>>,
  { type: 'status' | 'wordSaved' | 'wordSaveUndone' | 'wordStateSet' }
>;
type VocabularyEffect = Extract<
  HoverEffect<TextPosition>,
  { type: 'saveWord' | 'undoSaveWord' | 'setWordState' }
>;

export interface VocabularyEffectContext {
  deps: HoverDeps;
  dispatch(event: Event): void;
  pageInfo(): PageInfo;
}

/** The entry as the vocabulary stores it (the card's definitions, in the order shown). */
export function entryInput(entry: DictEntry): WordEntryInput {
  return {
    simplified: entry.simplified,
    traditional: entry.traditional,
    pinyin: entry.pinyin,
    definitions: entry.definitions.slice(0, 12),
  };
}

const failedStatus = (message: string): Event => ({ type: 'status', status: { key: 'saveFailed', message } });
/** A thrown error's text is a developer's detail in English: the user reads the generic failure. */
const thrown = (): Event => failedStatus(errorText(undefined));

async function saveWord(
  effect: Extract<VocabularyEffect, { type: 'saveWord' }>,
  ctx: VocabularyEffectContext,
): Promise<void> {
  let context: ContextInput | null = null;
  try {
    context = wordContext(effect.at.node, effect.at.offset, effect.word.length, ctx.pageInfo());
  } catch {
    context = null; // the page removed the node meanwhile: the word is still worth saving
  }
  const answer = await ctx.deps
    .saveWord(entryInput(effect.entry), context)
    .catch(() => fail('unavailable', 'no-answer'));
  ctx.dispatch(
    answer.ok
      ? { type: 'wordSaved', seq: effect.seq, wordId: answer.value.wordId, created: answer.value.created }
      : failedStatus(errorText(answer.error)),
  );
}

export function runVocabularyEffect(effect: VocabularyEffect, ctx: VocabularyEffectContext): void {
  switch (effect.type) {
    case 'saveWord':
      void saveWord(effect, ctx);
      return;
    case 'undoSaveWord':
      void ctx.deps.undoSaveWord(effect.wordId).then(
        (answer) =>
          ctx.dispatch(answer.ok ? { type: 'wordSaveUndone' } : failedStatus(errorText(answer.error))),
        () => ctx.dispatch(thrown()),
      );
      return;
    case 'setWordState':
      void ctx.deps.setWordState(entryInput(effect.entry), effect.state).then(
        (answer) =>
          ctx.dispatch(
            answer.ok ? { type: 'wordStateSet', state: effect.state } : failedStatus(errorText(answer.error)),
          ),
        () => ctx.dispatch(thrown()),
      );
      return;
  }
}
