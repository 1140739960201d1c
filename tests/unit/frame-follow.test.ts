// A granted frame follows its tab (issue 15 §2): the top frame's report after each convert / restore /
// hover switch, the background's relay (inject where a granted frame has no script, send by frameId where
// one runs, only the top frame may report), and the frame's follower (same target, restore, hover, an
// answer asked for at start never undoing a later report). Real frames are the end-to-end test's
// (tests/e2e/hover-frames-granted.test.ts).
import { describe, expect, it, vi } from 'vitest';
import { createFrameRelayHandlers, type FrameRelayDeps } from '../../lib/background/frame-relay';
import { dispatch } from '../../lib/dispatch/dispatch';
import { envelope } from '../../lib/dispatch/envelope';
import { followTabInFrame, reportingToFrames } from '../../lib/hover/frame-follow';
import type { FollowState } from '../../lib/protocol/frames-api';
import type { CallContext } from '../../lib/protocol/sender';
import type { ContentController } from '../../lib/tab/controller';
import type { TabState, Target } from '../../lib/types';

const fromFrame = (frameId: number): CallContext => ({
  sender: { id: 'ext', url: 'https://news.example/', tab: { id: 4 }, frameId },
  extensionOrigin: 'chrome-extension://ext/',
});
const BACKGROUND: CallContext = {
  sender: { id: 'ext', url: 'chrome-extension://ext/background.js' },
  extensionOrigin: 'chrome-extension://ext/',
};

function fakeRelay(statuses: { frameId: number; result?: unknown }[]) {
  const deps = {
    statuses: vi.fn(async () => statuses),
    injectContentScript: vi.fn(async () => undefined),
    sendToFrame: vi.fn(async () => undefined),
    topState: vi.fn(async () => ({ convertedTo: 'tw' as Target, hoverEnabled: false })),
  } satisfies FrameRelayDeps;
  return { deps, handlers: createFrameRelayHandlers(deps) };
}

describe('the background relays the tab state to frames with a script of their own', () => {
  const state: FollowState = { seq: 5, convertedTo: 'cn', hoverEnabled: true };

  it('injects where a granted frame has none, sends by frameId where one runs, leaves served frames', async () => {
    const { deps, handlers } = fakeRelay([
      { frameId: 0, result: 'has-script' },
      { frameId: 2, result: 'served' },
      { frameId: 3, result: 'needs-script' },
      { frameId: 6, result: 'has-script' },
    ]);
    const answer = await dispatch(handlers, envelope('background', 'tabStateChanged', state), fromFrame(0));
    expect(answer).toEqual({ ok: true, value: { frames: 2 } });
    expect(deps.injectContentScript).toHaveBeenCalledWith(4, [3]);
    expect(deps.sendToFrame.mock.calls).toEqual([[4, 6, state]]);
  });

  it('takes reports from the top frame only, and checks them', async () => {
    const { deps, handlers } = fakeRelay([{ frameId: 6, result: 'has-script' }]);
    const fromChild = await dispatch(
      handlers,
      envelope('background', 'tabStateChanged', state),
      fromFrame(6),
    );
    expect(fromChild).toMatchObject({ ok: false, error: { code: 'forbidden', reason: 'not-this-tab' } });
    const notFromTab = await dispatch(handlers, envelope('background', 'tabStateChanged', state), BACKGROUND);
    expect(notFromTab).toMatchObject({ ok: false, error: { reason: 'not-from-tab' } });
    const bad = { ...state, convertedTo: 'klingon' } as unknown as FollowState;
    const badAnswer = await dispatch(handlers, envelope('background', 'tabStateChanged', bad), fromFrame(0));
    expect(badAnswer).toMatchObject({ ok: false, error: { reason: 'bad-params' } });
    expect(deps.sendToFrame).not.toHaveBeenCalled();
  });

  it("answers a starting frame with the top frame's state, older than any report", async () => {
    const { deps, handlers } = fakeRelay([]);
    const answer = await dispatch(handlers, envelope('background', 'frameTabState', {}), fromFrame(3));
    expect(answer).toEqual({ ok: true, value: { seq: 0, convertedTo: 'tw', hoverEnabled: false } });
    deps.topState.mockResolvedValueOnce(null as never);
    const none = await dispatch(handlers, envelope('background', 'frameTabState', {}), fromFrame(3));
    expect(none).toMatchObject({ ok: false, error: { code: 'unavailable', reason: 'no-answer' } });
  });
});

describe("the top frame reports the tab's state", () => {
  it('after each convert, restore and hover switch, with a growing sequence', async () => {
    let convertedTo: Target | null = null;
    let hoverEnabled = true;
    const state = () => ({ convertedTo, hoverEnabled }) as TabState;
    const handler = <P>(change: (p: P) => void) => ({
      access: 'any' as const,
      validate: (_p: unknown): _p is P => true,
      run: (p: P) => {
        change(p);
        return state();
      },
    });
    const controller = {
      state,
      handlers: {
        convert: handler<{ target: Target }>((p) => {
          convertedTo = p.target;
        }),
        restore: handler(() => {
          convertedTo = null;
        }),
        setHover: handler<{ enabled: boolean }>((p) => {
          hoverEnabled = p.enabled;
        }),
      },
    } as unknown as ContentController;
    const reports: FollowState[] = [];
    const wrapped = reportingToFrames(controller, (s) => reports.push(s));
    await wrapped.handlers.convert.run({ target: 'hk' }, BACKGROUND);
    await wrapped.handlers.setHover.run({ enabled: false }, BACKGROUND);
    await wrapped.handlers.restore.run({}, BACKGROUND);
    expect(reports.map(({ convertedTo, hoverEnabled }) => [convertedTo, hoverEnabled])).toEqual([
      ['hk', true],
      ['hk', false],
      [null, false],
    ]);
    expect(reports[1]!.seq).toBeGreaterThan(reports[0]!.seq);
    expect(reports[2]!.seq).toBeGreaterThan(reports[1]!.seq);
  });
});

function fakeFrame(text = '各地积极推进复工复产工作。') {
  document.body.innerHTML = `<p>${text}</p>`;
  const calls: string[] = [];
  const deps = {
    document,
    setHover: vi.fn((on: boolean) => calls.push(`hover ${on}`)),
    pageConverter: {
      convert: vi.fn(async (fn: (t: string) => string, lang: string) => {
        calls.push(`convert ${fn('x')} ${lang}`);
        return 1;
      }),
      observe: vi.fn(() => calls.push('observe')),
      restore: vi.fn(async () => {
        calls.push('restore');
      }),
    },
    loadEngine: vi.fn(async () => ({
      createTextConverter: (_from: string, to: Target, hint?: string) => () => `${to}/${hint}`,
    })),
    langForTarget: (t: Target) => (t === 'cn' ? 'zh-Hans' : 'zh-Hant'),
  };
  return { deps, calls, follower: followTabInFrame(deps) };
}

describe('a frame follows what it is told', () => {
  it('converts to the same target (its own text as the hint), observes, and is put back', async () => {
    const { calls, follower } = fakeFrame();
    follower.follow({ seq: 10, convertedTo: 'tw', hoverEnabled: true });
    await vi.waitFor(() => expect(calls).toContain('observe'));
    follower.follow({ seq: 11, convertedTo: null, hoverEnabled: false });
    await vi.waitFor(() => expect(calls).toContain('restore'));
    expect(calls).toEqual(['hover true', 'convert tw/zh-Hans zh-Hant', 'observe', 'hover false', 'restore']);
  });

  it("switches variant with the original text's script as the hint, not the converted text's", async () => {
    const { deps, calls, follower } = fakeFrame();
    deps.pageConverter.convert.mockImplementation(async (fn: (t: string) => string, lang: string) => {
      calls.push(`convert ${fn('x')} ${lang}`);
      document.body.innerHTML = '<p>各地積極推進復工復產工作。</p>'; // what the page now shows
      return 1;
    });
    follower.follow({ seq: 1, convertedTo: 'tw', hoverEnabled: true });
    await vi.waitFor(() => expect(calls).toContain('observe'));
    follower.follow({ seq: 2, convertedTo: 'hk', hoverEnabled: true });
    await vi.waitFor(() => expect(calls.filter((c) => c === 'observe')).toHaveLength(2));
    expect(calls.filter((c) => c.startsWith('convert'))).toEqual([
      'convert tw/zh-Hans zh-Hant',
      'convert hk/zh-Hans zh-Hant',
    ]);
  });

  it('ignores an older state, and the answer asked for at start once a report came', async () => {
    const { calls, follower } = fakeFrame();
    const answer = await dispatch(
      follower.handlers,
      envelope('frame', 'followTab', { seq: 20, convertedTo: null, hoverEnabled: false }),
      BACKGROUND,
    );
    expect(answer).toEqual({ ok: true, value: { applied: true } });
    follower.follow({ seq: 0, convertedTo: 'cn', hoverEnabled: true }); // a late answer to the start's ask
    follower.follow({ seq: 19, convertedTo: 'cn', hoverEnabled: true });
    follower.defaultHover(true); // the default no longer applies once the tab's state is known
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual(['hover false']);
  });

  it('takes messages from extension contexts only, checked', async () => {
    const { calls, follower } = fakeFrame();
    const state: FollowState = { seq: 3, convertedTo: 'cn', hoverEnabled: true };
    const fromPage = await dispatch(follower.handlers, envelope('frame', 'followTab', state), fromFrame(0));
    expect(fromPage).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const bad = await dispatch(
      follower.handlers,
      envelope('frame', 'followTab', { ...state, hoverEnabled: 'yes' } as never),
      BACKGROUND,
    );
    expect(bad).toMatchObject({ ok: false, error: { reason: 'bad-params' } });
    follower.defaultHover(false); // nothing known yet: the default applies
    expect(calls).toEqual(['hover false']);
  });

  it('leaves a frame in Japanese as written', async () => {
    const { calls, follower } = fakeFrame('広島の路面電車はとても便利です。');
    follower.follow({ seq: 1, convertedTo: 'cn', hoverEnabled: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(calls).toEqual(['hover true']);
  });
});
