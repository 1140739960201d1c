// Sending words to a local Anki through AnkiConnect, on the user's opt-in: the one optional host
// permission (127.0.0.1:8765) is asked for on the first send; the queue lives in storage and is sent
// again whenever the page opens, until Anki has taken every word.
import { browser } from 'wxt/browser';
import { t } from '../../lib/i18n';
import type { AnkiNote } from '../../lib/vocabulary/anki';
import { ANKI_CONNECT_ORIGIN, enqueue, flushAnkiQueue } from '../../lib/vocabulary/anki-connect';
import { ankiQueueItem } from '../../lib/vocabulary/settings';

const hasAccess = (): Promise<boolean> =>
  Promise.resolve(browser.permissions.contains({ origins: [ANKI_CONNECT_ORIGIN] })).catch(() => false);

/** Sends what is queued; the message says what happened. Null when nothing was queued. */
export async function flushQueued(): Promise<string | null> {
  const queue = await ankiQueueItem.getValue();
  if (queue.length === 0 || !(await hasAccess())) return null;
  const result = await flushAnkiQueue(fetch, queue, t('ankiDeck'), ['wenzhai']);
  await ankiQueueItem.setValue(result.remaining);
  if (result.error?.code === 'not-running') return t('ankiNotRunning', { n: result.remaining.length });
  if (result.error) return t('ankiFailed', { n: result.remaining.length });
  return t('ankiSent', { added: result.added, duplicates: result.duplicates.length });
}

/** Queues the notes (asking for access first, while the click still counts as the user's gesture: no
 *  other await may come before the request) and sends the queue. */
export async function sendToAnki(notesOf: () => Promise<AnkiNote[]>): Promise<string> {
  const granted = await Promise.resolve(
    browser.permissions.request({ origins: [ANKI_CONNECT_ORIGIN] }),
  ).catch(() => false);
  if (!granted) return t('ankiDenied');
  const notes = await notesOf();
  await ankiQueueItem.setValue(enqueue(await ankiQueueItem.getValue(), notes));
  return (await flushQueued()) ?? t('ankiQueued', { n: notes.length });
}
