// The card's own-glossary form (add / edit / delete a user term): its answers become hover events.
// Split from dom.ts to keep it short.
import type { UserTermInput } from '../glossary/user-term';
import { t } from '../i18n';
import { errorText } from '../i18n/errors';
import { fail } from '../messages';
import type { TextPosition } from '../page-text/text-at-point';
import type { Shown } from './card-lookup';
import type { HoverDeps } from './deps';
import type { HoverEvent } from './state';

type Dispatch = (event: HoverEvent<TextPosition, Shown>) => void;

export async function submitTerm(
  deps: HoverDeps,
  term: UserTermInput,
  id: number | undefined,
  dispatch: Dispatch,
) {
  const answer = await deps.putTerm(term, id).catch(() => fail('unavailable', 'glossary-unavailable'));
  if (answer.ok) dispatch({ type: 'formSaved' });
  else
    dispatch({
      type: 'formFailed',
      initial: term,
      message: t('saveFailed', { message: errorText(answer.error) }),
    });
}

export async function deleteTerm(deps: HoverDeps, id: number, dispatch: Dispatch): Promise<void> {
  await deps.deleteTerm(id).catch(() => undefined);
  dispatch({ type: 'termDeleted' });
}
