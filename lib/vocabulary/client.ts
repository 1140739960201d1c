// Typed sender for the vocabulary's background messages (VocabularyApi). The envelope is the one every
// message uses (lib/messages.ts); kept here so the feature adds no line to the shared protocol file.
import { browser } from 'wxt/browser';
import { fail, type Result } from '../messages';
import type { VocabularyApi } from './handlers';

export async function callVocabulary<N extends keyof VocabularyApi & string>(
  name: N,
  params: VocabularyApi[N]['params'],
): Promise<Result<VocabularyApi[N]['result']>> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({ wenzhai: 1, to: 'background', name, params });
    if (typeof answer === 'object' && answer !== null && 'ok' in answer) {
      return answer as Result<VocabularyApi[N]['result']>;
    }
    return fail('unavailable', 'No answer from the extension.');
  } catch (error) {
    return fail('unavailable', error instanceof Error ? error.message : String(error));
  }
}
