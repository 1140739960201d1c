// Every unhandled exception and unhandled rejection of Wenzhai's code, in every context it runs in:
// the content script (its isolated world in each page and frame), the background service worker, the
// offscreen document and its dictionary worker, and the extension's pages (popup, clippings, reader …).
// Playwright reports page errors of the main world only and does not show the offscreen document at all,
// so this watches through the DevTools protocol: a session on one page discovers every target of the
// browser and attaches to each (non-flattened sessions, messages routed by hand), enables Runtime and
// reads `Runtime.exceptionThrown` (uncaught errors and "Uncaught (in promise)" alike; V8 replays the
// ones thrown before the attach), plus console errors (`Runtime.consoleAPICalled` error/assert and the
// browser's own `Log.entryAdded` errors: an unchecked runtime.lastError, a refused load). Wenzhai never
// logs errors on purpose, so any is a defect. A web page's own errors are kept apart: only one raised
// in our isolated world, or with our extension's URL in its stack or source, is ours.
import assert from 'node:assert/strict';
import { afterEach, beforeEach } from 'node:test';
import type { CDPSession, Page } from 'playwright-core';

/** Every context of ours the watch covers, in the order the self-test reports them. */
export const OWN_CONTEXTS = [
  'content',
  'background',
  'offscreen',
  'offscreen-worker',
  'extension-page',
] as const;
export type OwnContext = (typeof OWN_CONTEXTS)[number];

export interface CollectedError {
  context: OwnContext;
  url: string;
  text: string;
}

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface ExceptionDetails {
  text: string;
  url?: string;
  executionContextId?: number;
  exception?: { description?: string; value?: unknown };
  stackTrace?: { callFrames: { url: string }[] };
}

interface ConsoleCall {
  type: string;
  args: { value?: unknown; description?: string }[];
  executionContextId: number;
  stackTrace?: { callFrames: { url: string }[] };
}

interface LogEntry {
  level: string;
  text: string;
  url?: string;
  stackTrace?: { callFrames: { url: string }[] };
}

interface Attached {
  info: TargetInfo;
  /** Execution contexts of this target created by the extension (content-script worlds, or any in
   *  an extension context). */
  ownContexts: Set<number>;
  /** The session this one is reached through (a dedicated worker, auto-attached under its page). */
  parent?: string;
  /** Its document's own URL, asked of it: an offscreen document created early is listed as an
   *  "other" target with no URL. */
  href: string;
  /** Whether its dedicated workers are being auto-attached. */
  workersWatched: boolean;
  nextId: number;
  replies: Map<number, (result: unknown) => void>;
}

export interface ErrorWatch {
  /** Unhandled exceptions of Wenzhai's code so far. */
  errors(): CollectedError[];
  /** The page's own unhandled exceptions (hostile pages may throw; not ours, kept for diagnosis). */
  pageErrors(): string[];
  /** The kinds of context watched so far (a watch that saw no offscreen document proves nothing). */
  seen(): Set<OwnContext>;
  /** The targets watched and the attaches that failed, for a failure's message. */
  describe(): string;
  /** The URLs of the pages and frames (each its own target: a frame of another site runs in its own
   *  process) in which a content-script world of ours was watched. */
  contentUrls(): string[];
  /** Evaluates `expression` in every attached context of `kind` (a content-script world for
   *  'content'): the watch's own check that it sees errors there. */
  evaluateIn(kind: OwnContext, expression: string): Promise<number>;
  clear(): void;
  stop(): Promise<void>;
}

/** Target types watched at the top level (dedicated workers come through their page). */
const ATTACHABLE = new Set(['page', 'iframe', 'service_worker', 'background_page', 'other']);

const fresh = (info: TargetInfo, parent?: string): Attached => ({
  info,
  ownContexts: new Set(),
  href: '',
  workersWatched: false,
  nextId: 0,
  replies: new Map(),
  ...(parent ? { parent } : {}),
});

export async function watchErrors(anchor: Page, extensionId: string): Promise<ErrorWatch> {
  const extensionOrigin = `chrome-extension://${extensionId}`;
  const cdp: CDPSession = await anchor.context().newCDPSession(anchor);
  const sessions = new Map<string, Attached>();
  const attaching = new Set<string>();
  const errors: CollectedError[] = [];
  const pageErrors: string[] = [];
  const seen = new Set<OwnContext>();
  const failures: string[] = [];
  const contentUrls = new Set<string>();
  const isOurs = (url: string | undefined): boolean => (url ?? '').startsWith(extensionOrigin);

  /** What kind of our context a target is (null: a web page or frame, where only our world counts). */
  const kindOf = (a: Attached): OwnContext | null => {
    const { type } = a.info;
    const url = a.info.url || a.href;
    if (type === 'service_worker') return isOurs(url) ? 'background' : null;
    if (type === 'background_page' || (isOurs(url) && url.includes('/offscreen.html'))) return 'offscreen';
    if (type === 'worker') return isOurs(url) ? 'offscreen-worker' : null;
    return isOurs(url) ? 'extension-page' : null;
  };

  /** Sends a command to an attached target; resolves with its result (undefined if it never comes). */
  const send = (sessionId: string, method: string, params: object = {}): Promise<unknown> => {
    const a = sessions.get(sessionId);
    if (!a) return Promise.resolve(undefined);
    const id = ++a.nextId;
    const reply = new Promise<unknown>((resolve) => {
      a.replies.set(id, resolve);
      setTimeout(() => resolve(undefined), 5_000);
    });
    const message = JSON.stringify({ id, method, params });
    const sent = a.parent
      ? send(a.parent, 'Target.sendMessageToTarget', { sessionId, message })
      : cdp.send('Target.sendMessageToTarget', { sessionId, message });
    void sent.catch(() => a.replies.get(id)?.(undefined));
    return reply;
  };

  const onException = (a: Attached, details: ExceptionDetails): void => {
    const text = `${details.text} ${details.exception?.description ?? ''}`.trim();
    const kind = kindOf(a);
    if (kind) {
      errors.push({ context: kind, url: a.info.url, text });
      return;
    }
    const stackUrls = details.stackTrace?.callFrames.map((f) => f.url) ?? [];
    const ours =
      (details.executionContextId !== undefined && a.ownContexts.has(details.executionContextId)) ||
      isOurs(details.url) ||
      stackUrls.some(isOurs);
    if (ours) errors.push({ context: 'content', url: a.info.url, text });
    else pageErrors.push(`${a.info.url}: ${text}`);
  };

  /** A console error (console.error/assert, or a message the browser logs such as an unchecked
   *  runtime.lastError or a refused load): ours in our contexts and our world, like an exception. */
  const onConsole = (
    a: Attached,
    text: string,
    contextId?: number,
    urls: (string | undefined)[] = [],
  ): void => {
    const kind = kindOf(a);
    if (kind) errors.push({ context: kind, url: a.info.url, text: `console: ${text}` });
    else if (
      (contextId !== undefined && a.ownContexts.has(contextId)) ||
      urls.some(isOurs) ||
      // Logged by the browser for an extension's script with the page's URL (Wenzhai is the only
      // extension of the test profile).
      text.startsWith('Unchecked runtime.lastError')
    )
      errors.push({ context: 'content', url: a.info.url, text: `console: ${text}` });
  };

  const route = (sessionId: string, raw: string): void => {
    const a = sessions.get(sessionId);
    if (!a) return;
    const message = JSON.parse(raw) as {
      id?: number;
      result?: unknown;
      method?: string;
      params?: Record<string, unknown>;
    };
    if (message.id !== undefined) {
      a.replies.get(message.id)?.(message.result);
      a.replies.delete(message.id);
    } else if (message.method === 'Runtime.executionContextCreated') {
      const context = message.params?.context as {
        id: number;
        origin: string;
        auxData?: { type?: string; isDefault?: boolean };
      };
      if (isOurs(context.origin) && context.auxData?.type === 'isolated') {
        a.ownContexts.add(context.id);
        seen.add('content');
        contentUrls.add(a.info.url || a.href);
      }
      const kind = kindOf(a);
      if (kind) seen.add(kind);
    } else if (message.method === 'Runtime.exceptionThrown') {
      onException(a, message.params?.exceptionDetails as ExceptionDetails);
    } else if (message.method === 'Runtime.consoleAPICalled') {
      const call = message.params as unknown as ConsoleCall;
      if (call.type !== 'error' && call.type !== 'assert') return;
      const text = call.args.map((arg) => arg.description ?? String(arg.value)).join(' ');
      const urls = call.stackTrace?.callFrames.map((f) => f.url) ?? [];
      onConsole(a, text, call.executionContextId, urls);
    } else if (message.method === 'Log.entryAdded') {
      const { entry } = message.params as { entry: LogEntry };
      if (entry.level !== 'error') return;
      onConsole(a, entry.text, undefined, [
        entry.url,
        ...(entry.stackTrace?.callFrames.map((f) => f.url) ?? []),
      ]);
    } else if (message.method === 'Target.attachedToTarget') {
      // Auto-attached under a page of ours: its dedicated workers (the dictionary's). Other children
      // (the service worker is listed under the offscreen document too) are watched at the top level.
      const child = message.params as { sessionId: string; targetInfo: TargetInfo };
      if (child.targetInfo.type !== 'worker') return;
      sessions.set(child.sessionId, fresh(child.targetInfo, sessionId));
      void send(child.sessionId, 'Runtime.enable');
      void send(child.sessionId, 'Log.enable');
      const kind = kindOf(sessions.get(child.sessionId)!);
      if (kind) seen.add(kind);
    } else if (message.method === 'Target.receivedMessageFromTarget') {
      const nested = message.params as { sessionId: string; message: string };
      route(nested.sessionId, nested.message);
    }
  };
  cdp.on('Target.receivedMessageFromTarget', (event) => route(event.sessionId, event.message));
  cdp.on('Target.detachedFromTarget', (event) => {
    if (event.sessionId) sessions.delete(event.sessionId);
  });
  /** Dedicated workers answer only through their page's session (attached directly, they are mute):
   *  auto-attach those of our pages (the offscreen document's dictionary worker). Web pages' workers
   *  are not ours. A target may become ours after its creation (about:blank, then its URL). */
  const watchWorkers = (sessionId: string, a: Attached): void => {
    if (a.workersWatched || a.parent) return;
    if (a.info.type !== 'background_page' && !isOurs(a.info.url || a.href)) return;
    a.workersWatched = true;
    void send(sessionId, 'Target.setAutoAttach', {
      autoAttach: true,
      waitForDebuggerOnStart: false,
      flatten: false,
    });
  };
  cdp.on('Target.targetInfoChanged', ({ targetInfo }) => {
    if (![...sessions.values()].some((a) => a.info.targetId === targetInfo.targetId)) void attach(targetInfo);
    for (const [sessionId, a] of sessions)
      if (a.info.targetId === targetInfo.targetId) {
        a.info = targetInfo;
        watchWorkers(sessionId, a);
        const kind = kindOf(a);
        if (kind) seen.add(kind);
      }
  });

  const attach = async (info: TargetInfo, retries = 20): Promise<void> => {
    if (!ATTACHABLE.has(info.type) || attaching.has(info.targetId)) return;
    attaching.add(info.targetId);
    try {
      const { sessionId } = (await cdp.send('Target.attachToTarget', {
        targetId: info.targetId,
        flatten: false,
      })) as { sessionId: string };
      const a = fresh(info);
      sessions.set(sessionId, a);
      await send(sessionId, 'Runtime.enable');
      await send(sessionId, 'Log.enable');
      if (info.type === 'other' || info.type === 'background_page') {
        const answer = (await send(sessionId, 'Runtime.evaluate', {
          expression: 'location.href',
          returnByValue: true,
        })) as { result?: { value?: unknown } } | undefined;
        a.href = typeof answer?.result?.value === 'string' ? answer.result.value : '';
      }
      watchWorkers(sessionId, a);
      const kind = kindOf(a);
      if (kind) seen.add(kind);
    } catch (error) {
      // Not attachable yet (still starting), or gone: tried again a few times.
      attaching.delete(info.targetId);
      failures.push(`${info.type} ${info.url}: ${String(error).slice(0, 120)}`);
      if (retries > 0) setTimeout(() => void attach(info, retries - 1), 100);
    }
  };
  cdp.on('Target.targetCreated', ({ targetInfo }) => void attach(targetInfo));
  await cdp.send('Target.setDiscoverTargets', { discover: true });
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
  await Promise.all(targetInfos.map(attach));

  return {
    errors: () => [...errors],
    pageErrors: () => [...pageErrors],
    seen: () => new Set(seen),
    describe: () =>
      JSON.stringify({
        attached: [...sessions.values()].map((a) => `${a.info.type} ${a.info.url || a.href}`),
        failures,
      }),
    contentUrls: () => [...contentUrls],
    async evaluateIn(kind, expression) {
      let count = 0;
      for (const [sessionId, a] of sessions) {
        if (kind === 'content') {
          for (const contextId of a.ownContexts) {
            await send(sessionId, 'Runtime.evaluate', { expression, contextId });
            count++;
          }
        } else if (kindOf(a) === kind) {
          await send(sessionId, 'Runtime.evaluate', { expression });
          count++;
        }
      }
      return count;
    },
    clear() {
      errors.length = 0;
      pageErrors.length = 0;
    },
    async stop() {
      await cdp.detach().catch(() => undefined);
    },
  };
}

/** For a test file of hostile pages: watches every context of the browser `session()` gives from the
 *  file's first test on, and fails each test after which something of Wenzhai's threw, rejected
 *  unhandled or logged an error (reported before the test's pages closed). Registered inside a
 *  `describe`, it watches that suite's tests (and browser). Returns the watch, once started (for a
 *  check of the contexts it saw). */
export function failOnWenzhaiErrors(
  session: () => { context: { newPage(): Promise<Page> }; extensionId: string },
): () => ErrorWatch | undefined {
  let watch: ErrorWatch | undefined;
  beforeEach(async () => {
    const s = session();
    watch ??= await watchErrors(await s.context.newPage(), s.extensionId);
  });
  afterEach(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // reports of the last steps
    const errors = watch?.errors() ?? [];
    const pageErrors = watch?.pageErrors() ?? [];
    watch?.clear();
    assert.deepEqual(errors, [], `Wenzhai's errors (the page's own: ${pageErrors.join(' | ')})`);
  });
  return () => watch;
}
