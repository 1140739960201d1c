// The tab's state relayed to the frames that run a content script of their own (issue 15 §2): a
// granted site's frame under a page of another origin converts, restores and hovers as its tab's top
// frame does. The top frame reports each change (tabStateChanged); this injects the content script
// into granted frames that have none yet and sends the state to those that have one, each by its
// frameId; a frame's script asks for the state as it starts (frameTabState), read from the top frame.
// Nothing goes through the page: a page's postMessage could be forged.
import { browser } from 'wxt/browser';
import { callTab } from '../client';
import { senderTab } from '../dispatch/dispatch';
import { envelope } from '../dispatch/envelope';
import { MessageError } from '../dispatch/failure';
import { isEmptyParams, isObject, isTarget } from '../dispatch/validate';
import { type FrameScriptStatus, frameScriptStatus, framesAnswering } from '../hover/frame-inject';
import type { FollowState, FramesApi } from '../protocol/frames-api';
import type { HandlerMap } from '../protocol/handler';

/** What the relay asks of the browser (fakes in tests). */
export interface FrameRelayDeps {
  /** Every reachable frame's answer to frameScriptStatus (the browser skips frames without access). */
  statuses(tabId: number): Promise<{ frameId: number; result?: unknown }[]>;
  injectContentScript(tabId: number, frameIds: number[]): Promise<void>;
  sendToFrame(tabId: number, frameId: number, state: FollowState): Promise<void>;
  /** The top frame's state now (its content script's getState). */
  topState(tabId: number): Promise<Omit<FollowState, 'seq'> | null>;
}

export const isFollowState = (p: unknown): p is FollowState =>
  isObject(p) &&
  typeof p.seq === 'number' &&
  Number.isFinite(p.seq) &&
  (p.convertedTo === null || isTarget(p.convertedTo)) &&
  typeof p.hoverEnabled === 'boolean';

export function createFrameRelayHandlers(deps: FrameRelayDeps): HandlerMap<FramesApi> {
  return {
    tabStateChanged: {
      access: 'tab',
      validate: isFollowState,
      run: async (state, ctx) => {
        const { tabId, frameId } = senderTab(ctx);
        // Only the top frame speaks for its tab.
        if (frameId !== 0) throw new MessageError('forbidden', 'not-this-tab');
        return { frames: await relay(deps, tabId, state) };
      },
    },
    frameTabState: {
      access: 'tab',
      validate: isEmptyParams,
      run: async (_params, ctx) => {
        const state = await deps.topState(senderTab(ctx).tabId);
        if (!state) throw new MessageError('unavailable', 'no-answer');
        return { seq: 0, convertedTo: state.convertedTo, hoverEnabled: state.hoverEnabled };
      },
    },
  };
}

/** Injects where a granted frame has no script, sends the state where one runs; the frames reached. */
async function relay(deps: FrameRelayDeps, tabId: number, state: FollowState): Promise<number> {
  const answers = await deps.statuses(tabId).catch(() => []);
  const of = (status: FrameScriptStatus) => framesAnswering(answers, status);
  const fresh = of('needs-script');
  // A script injected now asks for the state as it starts (frameTabState): the top has it already.
  if (fresh.length) await deps.injectContentScript(tabId, fresh).catch(() => undefined);
  const running = of('has-script');
  await Promise.all(running.map((frameId) => deps.sendToFrame(tabId, frameId, state).catch(() => undefined)));
  return fresh.length + running.length;
}

/** The relay over the real browser. */
export function browserFrameRelay(): FrameRelayDeps {
  return {
    statuses: async (tabId) =>
      browser.scripting.executeScript({ target: { tabId, allFrames: true }, func: frameScriptStatus }),
    injectContentScript: async (tabId, frameIds) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds },
        files: ['/content-scripts/content.js'],
      });
    },
    sendToFrame: async (tabId, frameId, state) => {
      await browser.tabs.sendMessage(tabId, envelope('frame', 'followTab', state), { frameId });
    },
    topState: async (tabId) => {
      const answer = await callTab(tabId, 'getState', { quick: true });
      return answer.ok ? answer.value : null;
    },
  };
}

/** The background's frame relay: its handlers, and the injection run when the popup activates a tab. */
export function startFrameRelay(deps: FrameRelayDeps = browserFrameRelay()) {
  return {
    handlers: createFrameRelayHandlers(deps),
    /** After the top frame's script was injected: granted frames get theirs (they ask for the state). */
    injectIntoGrantedFrames: async (tabId: number): Promise<void> => {
      const answers = await deps.statuses(tabId).catch(() => []);
      const fresh = framesAnswering(answers, 'needs-script');
      if (fresh.length) await deps.injectContentScript(tabId, fresh).catch(() => undefined);
    },
  };
}
