// AnkiConnect (the Anki add-on's local JSON API on 127.0.0.1:8765), used only after the user turns it
// on (the one optional host permission). Words wait in a queue that is trimmed only after Anki took
// them or reported them as duplicates, so nothing is lost when Anki is closed: the next flush retries.
import { ANKI_COLUMNS, type AnkiNote, exportAnkiTsv } from './anki';

export const ANKI_CONNECT_URL = 'http://127.0.0.1:8765';
export const ANKI_CONNECT_ORIGIN = 'http://127.0.0.1:8765/*';
export const ANKI_MODEL = 'Wenzhai word';
const VERSION = 6;

export type AnkiErrorCode = 'not-running' | 'refused' | 'anki-error';

export class AnkiConnectError extends Error {
  constructor(
    readonly code: AnkiErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Sends one action. `fetchFn` is the browser's fetch (injected: tests use a stand-in server). */
export async function ankiAction(
  fetchFn: typeof fetch,
  action: string,
  params: Record<string, unknown> = {},
  url = ANKI_CONNECT_URL,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchFn(url, {
      method: 'POST',
      body: JSON.stringify({ action, version: VERSION, params }),
    });
  } catch (error) {
    throw new AnkiConnectError('not-running', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw new AnkiConnectError('refused', `HTTP ${response.status}`);
  const body = (await response.json()) as { result?: unknown; error?: unknown };
  if (typeof body !== 'object' || body === null || !('result' in body) || !('error' in body))
    throw new AnkiConnectError('refused', 'Not an AnkiConnect answer');
  if (body.error !== null) throw new AnkiConnectError('anki-error', String(body.error));
  return body.result;
}

/** The fields of one note, HTML as in the TSV export (the same escaping and marking). */
export function noteFields(note: AnkiNote): Record<string, string> {
  const line = exportAnkiTsv([note], 'x', []).split('\n')[5] ?? '';
  const cells = line.split('\t');
  return Object.fromEntries(ANKI_COLUMNS.map((name, i) => [name, cells[i] ?? '']));
}

const TEMPLATE = {
  Name: 'Recognise',
  Front: '<div style="font-size:40px">{{Simplified}}</div><div>{{Sentence}}</div>',
  Back: '{{FrontSide}}<hr id=answer>{{Traditional}}<br>{{Pinyin}}<br>{{Definitions}}<br>{{Source}}',
};

export interface FlushResult {
  /** Notes Anki added now. */
  added: number;
  /** Notes Anki already had (reported, and taken off the queue). */
  duplicates: AnkiNote[];
  /** What is still queued (everything, when Anki could not be reached). */
  remaining: AnkiNote[];
  error: AnkiConnectError | null;
}

/** Sends the queue: makes the deck and note type when missing, asks which notes are duplicates, adds
 *  the rest. On any failure the queue is returned whole (minus nothing), with the error. */
export async function flushAnkiQueue(
  fetchFn: typeof fetch,
  queue: readonly AnkiNote[],
  deck: string,
  tags: readonly string[],
  url = ANKI_CONNECT_URL,
): Promise<FlushResult> {
  if (queue.length === 0) return { added: 0, duplicates: [], remaining: [], error: null };
  const call = (action: string, params?: Record<string, unknown>) => ankiAction(fetchFn, action, params, url);
  try {
    const models = (await call('modelNames')) as string[];
    if (!models.includes(ANKI_MODEL)) {
      await call('createModel', {
        modelName: ANKI_MODEL,
        inOrderFields: [...ANKI_COLUMNS],
        cardTemplates: [TEMPLATE],
      });
    }
    await call('createDeck', { deck });
    const notes = queue.map((n) => ({
      deckName: deck,
      modelName: ANKI_MODEL,
      fields: noteFields(n),
      tags: [...tags],
      options: { allowDuplicate: false, duplicateScope: 'deck' },
    }));
    const addable = (await call('canAddNotes', { notes })) as boolean[];
    const fresh = notes.filter((_, i) => addable[i]);
    const ids = fresh.length > 0 ? ((await call('addNotes', { notes: fresh })) as (number | null)[]) : [];
    // A note Anki could not add after saying it could (a race with the user) stays queued.
    const freshQueue = queue.filter((_, i) => addable[i]);
    const remaining = freshQueue.filter((_, k) => typeof ids[k] !== 'number');
    return {
      added: ids.filter((id) => typeof id === 'number').length,
      duplicates: queue.filter((_, i) => !addable[i]),
      remaining,
      error: null,
    };
  } catch (error) {
    const e = error instanceof AnkiConnectError ? error : new AnkiConnectError('refused', String(error));
    return { added: 0, duplicates: [], remaining: [...queue], error: e };
  }
}

/** Adds notes to a queue, leaving out notes already queued (same simplified form and sentence). */
export function enqueue(queue: readonly AnkiNote[], notes: readonly AnkiNote[]): AnkiNote[] {
  const key = (n: AnkiNote) => `${n.simplified}\u0001${n.sentence}`;
  const seen = new Set(queue.map(key));
  const out = [...queue];
  for (const n of notes) {
    if (seen.has(key(n))) continue;
    seen.add(key(n));
    out.push(n);
  }
  return out;
}
