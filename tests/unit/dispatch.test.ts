// The one dispatcher: who may call, validation, unknown names, errors as reasons, duplicate names, and
// the id-matched channel the dictionary port and the offscreen worker share.
import { describe, expect, it } from 'vitest';
import { answerRequest, createPendingReplies } from '../../lib/dispatch/channel';
import { dispatch, mergeHandlers } from '../../lib/dispatch/dispatch';
import { ERROR_REASONS, fail, MessageError } from '../../lib/dispatch/failure';
import { isObject } from '../../lib/dispatch/validate';
import type { Envelope } from '../../lib/protocol/envelope';
import type { Handler, HandlerMap } from '../../lib/protocol/handler';
import type { Access, CallContext } from '../../lib/protocol/sender';
import { nonEmpty } from './non-empty';

const ORIGIN = 'chrome-extension://abc/';
type EchoApi = { echo: { params: { n: number }; result: number } };
const isN = (p: unknown): p is { n: number } => isObject(p) && typeof p.n === 'number';

const echo = (access: Access, run: Handler<{ n: number }, number>['run'] = ({ n }) => n * 2) =>
  ({ echo: { access, validate: isN, run } }) satisfies HandlerMap<EchoApi>;
const message = (params: unknown, name = 'echo'): Envelope => ({
  wenzhai: 1,
  to: 'background',
  name,
  params,
});

const callers: Record<string, CallContext> = {
  tab: { extensionOrigin: ORIGIN, sender: { id: 'abc', url: 'https://news.example/', tab: { id: 3 } } },
  extensionPage: { extensionOrigin: ORIGIN, sender: { id: 'abc', url: `${ORIGIN}options.html` } },
  extensionPageInTab: {
    extensionOrigin: ORIGIN,
    sender: { id: 'abc', url: `${ORIGIN}popup.html`, tab: { id: 5 } },
  },
  worker: { extensionOrigin: ORIGIN, sender: { id: 'abc', url: `${ORIGIN}background.js` } },
  lookalike: { extensionOrigin: ORIGIN, sender: { id: 'abc', url: 'https://chrome-extension.example/' } },
};

/** Which callers each access lets through. */
const allowed: Record<Access, string[]> = {
  any: ['tab', 'extensionPage', 'extensionPageInTab', 'worker', 'lookalike'],
  tab: ['tab', 'extensionPageInTab'],
  'extension-page': ['extensionPage', 'extensionPageInTab', 'worker'],
  'extension-context': ['extensionPage', 'worker'],
};

describe('dispatch', () => {
  it('checks each access against each caller before the handler runs', async () => {
    for (const [access, who] of nonEmpty(Object.entries(allowed) as [Access, string[]][])) {
      for (const [name, ctx] of nonEmpty(Object.entries(callers))) {
        let ran = false;
        const handlers = echo(access, ({ n }) => {
          ran = true;
          return n;
        });
        const answer = await dispatch(handlers, message({ n: 1 }), ctx);
        expect({ access, name, ok: answer.ok, ran }).toEqual({
          access,
          name,
          ok: who.includes(name),
          ran: who.includes(name),
        });
        if (!answer.ok) expect(answer.error.code).toBe('forbidden');
      }
    }
  });

  it('refuses everything but `any` when it knows nothing of the caller', async () => {
    expect(await dispatch(echo('any'), message({ n: 2 }))).toEqual({ ok: true, value: 4 });
    expect(await dispatch(echo('extension-page'), message({ n: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'not-extension-page' },
    });
    expect(await dispatch(echo('tab'), message({ n: 2 }))).toMatchObject({
      ok: false,
      error: { code: 'forbidden', reason: 'not-from-tab' },
    });
  });

  it('answers an unknown name, prototype names included, as data', async () => {
    for (const name of ['nope', 'toString', '__proto__', 'constructor']) {
      expect(await dispatch(echo('any'), message({ n: 1 }, name))).toMatchObject({
        ok: false,
        error: { code: 'unknown-message', reason: 'unknown-message', params: { name } },
      });
    }
  });

  it('validates params before running, and says which message was malformed', async () => {
    let ran = false;
    const handlers = echo('any', () => {
      ran = true;
      return 0;
    });
    expect(await dispatch(handlers, message({ n: '1' }), callers.tab)).toEqual({
      ok: false,
      error: { code: 'bad-request', reason: 'bad-params', params: { name: 'echo' }, message: 'bad-params' },
    });
    expect(ran).toBe(false);
  });

  it('carries a thrown reason and its params as data; anything else becomes `internal`', async () => {
    const coded = echo('any', () => {
      throw new MessageError('failed', 'no-article', { n: 3 });
    });
    expect(await dispatch(coded, message({ n: 1 }))).toEqual({
      ok: false,
      error: { code: 'failed', reason: 'no-article', params: { n: 3 }, message: 'no-article' },
    });
    const crashed = echo('any', async () => {
      throw new TypeError('x is undefined');
    });
    expect(await dispatch(crashed, message({ n: 1 }))).toEqual({
      ok: false,
      error: { code: 'failed', reason: 'internal', message: 'x is undefined' },
    });
  });

  it('keeps a free-text detail out of the reason (older callers of fail)', () => {
    expect(fail('unavailable', 'The dictionary did not answer.').error).toEqual({
      code: 'unavailable',
      reason: 'internal',
      message: 'The dictionary did not answer.',
    });
    expect(ERROR_REASONS).toContain('no-article');
  });
});

describe('mergeHandlers', () => {
  it('merges feature maps into one', async () => {
    const other = { twice: { access: 'any' as const, validate: isN, run: ({ n }: { n: number }) => n + n } };
    const merged = mergeHandlers(echo('any'), other);
    expect(Object.keys(merged).sort()).toEqual(['echo', 'twice']);
    expect(await dispatch(merged, message({ n: 4 }, 'twice'))).toEqual({ ok: true, value: 8 });
  });

  it('throws on a name two maps define, instead of letting one silently win', () => {
    expect(() => mergeHandlers(echo('any'), echo('tab'))).toThrow(/echo/);
  });
});

describe('request channel (dictionary port, offscreen worker)', () => {
  it('answers a request with its id, and ignores what is not a request for it', async () => {
    const handlers = echo('any');
    expect(await answerRequest(handlers, { id: 9, message: message({ n: 5 }) }, 'background')).toEqual({
      id: 9,
      answer: { ok: true, value: 10 },
    });
    expect(await answerRequest(handlers, { id: 9, message: message({ n: 5 }) }, 'dictionary')).toBeNull();
    expect(await answerRequest(handlers, { message: message({ n: 5 }) }, 'background')).toBeNull();
    expect(await answerRequest(handlers, 'echo', 'background')).toBeNull();
  });

  it('matches replies to their requests by id, in any order, and releases them when it closes', async () => {
    const replies = createPendingReplies();
    const sent: { id: number }[] = [];
    const first = replies.ask(message({ n: 1 }), (r) => sent.push(r));
    const second = replies.ask(message({ n: 2 }), (r) => sent.push(r));
    const third = replies.ask(message({ n: 3 }), (r) => sent.push(r));
    expect(new Set(sent.map((r) => r.id)).size).toBe(3);
    replies.settle({ id: sent[1]?.id, answer: 'two' });
    replies.settle({ id: sent[0]?.id, answer: 'one' });
    replies.settle({ id: 999, answer: 'stray' });
    replies.closeAll();
    expect(await Promise.all([first, second, third])).toEqual(['one', 'two', undefined]);
    const failedSend = replies.ask(message({ n: 4 }), () => {
      throw new Error('port closed');
    });
    expect(await failedSend).toBeUndefined();
  });
});
