// @vitest-environment node
// AnkiConnect against a small local stand-in that speaks its JSON protocol (version 6): notes added,
// duplicates reported, a clear error when Anki is not running, and the queue kept whole until then.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { AnkiNote } from '../../lib/vocabulary/anki';
import { ANKI_MODEL, enqueue, flushAnkiQueue, noteFields } from '../../lib/vocabulary/anki-connect';

interface Stand {
  url: string;
  server: Server;
  notes: { deckName: string; modelName: string; fields: Record<string, string>; tags: string[] }[];
  actions: string[];
  models: string[];
  failAdd: boolean;
}

async function standIn(): Promise<Stand> {
  const stand: Stand = {
    url: '',
    server: createServer(),
    notes: [],
    actions: [],
    models: ['Basic'],
    failAdd: false,
  };
  stand.server.on('request', (req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const { action, version, params } = JSON.parse(body) as {
        action: string;
        version: number;
        params: Record<string, unknown>;
      };
      stand.actions.push(action);
      const reply = (result: unknown, error: string | null = null) =>
        res.end(JSON.stringify({ result, error }));
      if (version !== 6) return reply(null, 'unsupported version');
      const dup = (n: { fields: Record<string, string> }) =>
        stand.notes.some((x) => x.fields.Simplified === n.fields.Simplified);
      switch (action) {
        case 'modelNames':
          return reply(stand.models);
        case 'createModel':
          stand.models.push(String(params.modelName));
          return reply({ id: 1 });
        case 'createDeck':
          return reply(1);
        case 'canAddNotes':
          return reply((params.notes as Stand['notes']).map((n) => !dup(n)));
        case 'addNotes':
          if (stand.failAdd) return reply(null, 'collection is not available');
          return reply(
            (params.notes as Stand['notes']).map((n) => {
              stand.notes.push(n);
              return stand.notes.length;
            }),
          );
        default:
          return reply(null, `unsupported action ${action}`);
      }
    });
  });
  await new Promise<void>((done) => stand.server.listen(0, '127.0.0.1', done));
  stand.url = `http://127.0.0.1:${(stand.server.address() as AddressInfo).port}`;
  return stand;
}

const note = (simplified: string, sentence = `${simplified}很重要。`): AnkiNote => ({
  simplified,
  traditional: simplified,
  pinyin: 'jīng jì',
  definitions: ['economy'],
  sentence,
  start: 0,
  length: simplified.length,
  url: 'https://news.example.cn/a',
  title: '示例',
});

let stand: Stand | undefined;
afterEach(async () => {
  const open = stand;
  stand = undefined;
  if (open) await new Promise((done) => open.server.close(done));
});

describe('AnkiConnect', () => {
  it('makes the note type, adds new notes and reports duplicates', async () => {
    stand = await standIn();
    const first = await flushAnkiQueue(fetch, [note('经济')], 'Wenzhai', ['wenzhai'], stand.url);
    expect(first).toMatchObject({ added: 1, duplicates: [], remaining: [], error: null });
    expect(stand.models).toContain(ANKI_MODEL);
    expect(stand.notes[0]).toMatchObject({ deckName: 'Wenzhai', modelName: ANKI_MODEL, tags: ['wenzhai'] });
    expect(stand.notes[0]?.fields.Sentence).toBe('<b>经济</b>很重要。');
    const second = await flushAnkiQueue(
      fetch,
      [note('经济'), note('发展')],
      'Wenzhai',
      ['wenzhai'],
      stand.url,
    );
    expect(second.added).toBe(1);
    expect(second.duplicates.map((n) => n.simplified)).toEqual(['经济']);
    expect(second.remaining).toEqual([]);
    expect(stand.actions.filter((a) => a === 'createModel')).toHaveLength(1);
  });

  it('says Anki is not running and keeps the whole queue, then sends it on retry', async () => {
    stand = await standIn();
    const url = stand.url;
    const closing = stand;
    stand = undefined;
    await new Promise((done) => closing.server.close(done));
    const queue = [note('经济'), note('发展')];
    const offline = await flushAnkiQueue(fetch, queue, 'Wenzhai', [], url);
    expect(offline.error?.code).toBe('not-running');
    expect(offline.remaining).toEqual(queue);
    stand = await standIn();
    const online = await flushAnkiQueue(fetch, offline.remaining, 'Wenzhai', [], stand.url);
    expect(online).toMatchObject({ added: 2, remaining: [], error: null });
  });

  it('keeps the queue when Anki answers with an error', async () => {
    stand = await standIn();
    stand.failAdd = true;
    const queue = [note('经济')];
    const failed = await flushAnkiQueue(fetch, queue, 'Wenzhai', [], stand.url);
    expect(failed.error).toMatchObject({ code: 'anki-error', message: 'collection is not available' });
    expect(failed.remaining).toEqual(queue);
  });

  it('queues a word once and fills fields like the TSV export', () => {
    expect(enqueue([note('经济')], [note('经济'), note('经济', '另一句经济。'), note('发展')])).toHaveLength(
      3,
    );
    expect(noteFields(note('经济'))).toMatchObject({ Simplified: '经济', Definitions: 'economy' });
    expect(Object.keys(noteFields(note('经济')))).toHaveLength(6);
  });
});
