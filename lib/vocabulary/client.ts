// Typed sender for the vocabulary's background messages (VocabularyApi). The envelope is the one every
// message uses (lib/messages.ts); kept here so the feature adds no line to the shared protocol file.
import { browser } from 'wxt/browser';
import { fail } from '../dispatch/failure';
import type { Result } from '../protocol/result';
import type { VocabularyApi } from '../protocol/vocabulary-api';

export async function callVocabulary<N extends keyof VocabularyApi & string>(
  name: N,
  params: VocabularyApi[N]['params'],
): Promise<Result<VocabularyApi[N]['result']>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ wenzhai: 1, to: 'background', name, params });
    if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
      return answer as Result<VocabularyApi[N]['result']>;
    }
    return fail('unavailable', 'no-answer');
  } catch {
    return fail('unavailable', 'no-answer');
  }
}
