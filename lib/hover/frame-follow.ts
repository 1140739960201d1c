// A frame with a content script of its own follows its tab (issue 15 §2): a granted site's frame under
// a page of another origin converts to the target the tab converts to, is put back when the tab is,
// and hovers when the tab hovers. The top frame reports each change to the background, which relays
// it to such frames by frameId (lib/background/frame-relay.ts); a frame asks as it starts. The page
// never carries any of it. Both halves are here: the top's report, the frame's follower.
import { otherCjkLanguage } from '../convert/language';
import { detectScript } from '../convert/script';
import { isObject, isTarget } from '../dispatch/validate';
import type { FollowState, FrameApi } from '../protocol/frames-api';
import type { Handler, HandlerMap } from '../protocol/handler';
import type { ContentController, PageConverterLike } from '../tab/controller';
import type { ConverterEngine } from '../tab/converter-registry';
import type { TabState, Target } from '../types';

/** The top frame's controller, reporting the tab's state after each conversion, restore and hover
 *  switch (whoever asked: the popup, a shortcut, a site rule). */
export function reportingToFrames(
  controller: ContentController,
  report: (state: FollowState) => void,
): ContentController {
  let seq = 0;
  const reported = <P>(handler: Handler<P, TabState>): Handler<P, TabState> => ({
    ...handler,
    run: async (params, ctx) => {
      const state = await handler.run(params, ctx);
      // Later than any report before, also one of an earlier instance of this script (reloaded).
      seq = Math.max(seq + 1, Date.now());
      report({ seq, convertedTo: state.convertedTo, hoverEnabled: state.hoverEnabled });
      return state;
    },
  });
  const { handlers } = controller;
  return {
    state: controller.state,
    handlers: {
      ...handlers,
      convert: reported(handlers.convert),
      restore: reported(handlers.restore),
      setHover: reported(handlers.setHover),
    },
  };
}

export interface FrameFollowDeps {
  document: Document;
  setHover(enabled: boolean): void;
  pageConverter: PageConverterLike;
  loadEngine(): Promise<ConverterEngine>;
  langForTarget(target: Target): string;
}

export interface FrameFollower {
  handlers: HandlerMap<FrameApi>;
  /** Applies a state (a relayed report, or the answer asked for at start). */
  follow(state: FollowState): void;
  /** "Hover on by default", until the tab's own state is known. */
  defaultHover(enabled: boolean): void;
}

const isFollowState = (p: unknown): p is FollowState =>
  isObject(p) &&
  typeof p.seq === 'number' &&
  (p.convertedTo === null || isTarget(p.convertedTo)) &&
  typeof p.hoverEnabled === 'boolean';

export function followTabInFrame(deps: FrameFollowDeps): FrameFollower {
  let known = false;
  let lastSeq = -1;
  let wanted: Target | null = null;
  let shown: Target | null = null;
  /** The script of the frame's original text, read before its first conversion: once converted, its
   *  text is in the target's script and would hint the next target (a variant) wrong. */
  let script: string | null = null;
  let busy = false;

  /** Brings the page to `wanted`, one conversion or restore at a time; a change asked for meanwhile
   *  is taken up after (always from the page's original text: the page converter keeps it). */
  const settle = async (): Promise<void> => {
    if (busy) return;
    busy = true;
    try {
      while (shown !== wanted) {
        const target = wanted;
        if (target === null) await deps.pageConverter.restore();
        else {
          const text = deps.document.body?.textContent ?? '';
          // A frame in Japanese or Korean is left alone (the top's confirmation is for its own page).
          if (otherCjkLanguage(text)) return;
          script ??= detectScript(text).script;
          const engine = await deps.loadEngine();
          await engine.prepare?.('auto', target, script);
          const fn = engine.createTextConverter('auto', target, script);
          await deps.pageConverter.convert(fn, deps.langForTarget(target));
          deps.pageConverter.observe(fn);
        }
        shown = target;
      }
    } finally {
      busy = false;
    }
  };

  const follow = (state: FollowState): boolean => {
    // An answer asked for (seq 0) never undoes a report applied before it.
    if (state.seq <= lastSeq) return false;
    lastSeq = state.seq;
    known = true;
    deps.setHover(state.hoverEnabled);
    wanted = state.convertedTo;
    void settle().catch(() => undefined);
    return true;
  };

  return {
    handlers: {
      followTab: {
        access: 'extension-context',
        validate: isFollowState,
        run: (state) => ({ applied: follow(state) }),
      },
    },
    follow: (state) => void follow(state),
    defaultHover(enabled) {
      if (!known) deps.setHover(enabled);
    },
  };
}
