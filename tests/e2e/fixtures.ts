// The shared set-up of the Chromium end-to-end files, written once: served fixture pages and a launched
// browser registered as node:test hooks, Wenzhai started on a tab the way the toolbar button does, the
// extension's own pages, and the closed-root inspector. Re-exports the harness, so a test file needs
// one import.
import type { Server } from 'node:http';
import { after, before } from 'node:test';
import type { Page } from 'playwright-core';
import { cleanup, launch, openPopupFor, type Session, serveFixtures } from './harness';

export * from './closed-root';
export * from './harness';

export interface Env {
  /** The running browser; a test that restarts it assigns the new session here (closed after all). */
  session: Session;
  origin: string;
  server: Server;
  /** Settles when the set-up is done. Node 20 runs a file's top-level `before` hooks concurrently, so
   *  a file's own `before` starts with `await env.ready`. */
  ready: Promise<void>;
}

/** Registers `before`/`after` hooks that serve tests/fixtures (plus `pages`) and launch the browser
 *  (with `launch`'s options, or not at all with `launch: false`); the returned object is filled in by the time the tests run. Sessions the
 *  tests launch themselves can be handed to `keep` to be closed and removed with it. */
export function useSession(
  options: { pages?: Record<string, string>; launch?: false | { lang?: string }; serve?: boolean } = {},
): Env & { keep(session: Session): Session } {
  const extra: Session[] = [];
  let settle: (error?: unknown) => void = () => undefined;
  const ready = new Promise<void>((resolve, reject) => {
    settle = (error) => (error === undefined ? resolve() : reject(error));
  });
  ready.catch(() => undefined); // reported by the hook itself; waiters see it too
  const env = {
    ready,
    keep(session: Session): Session {
      extra.push(session);
      return session;
    },
  } as Env & { keep(session: Session): Session };
  before(async () => {
    try {
      if (options.serve !== false) Object.assign(env, await serveFixtures(options.pages));
      if (options.launch !== false) env.session = await launch(options.launch);
      settle();
    } catch (error) {
      settle(error);
      throw error;
    }
  });
  after(async () => {
    const all = new Set([...(env.session ? [env.session] : []), ...extra]);
    for (const session of all) {
      await session.close().catch(() => undefined);
      cleanup(session);
    }
    env.server?.close();
  });
  return env;
}

/** Starts Wenzhai on `page`'s tab as the toolbar button does (the popup, until it reports), then
 *  brings the page back to the front. */
export async function startWenzhai(session: Session, page: Page): Promise<void> {
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('article-status').waitFor({ timeout: 15_000 });
  await popup.close();
  await page.bringToFront();
}

/** One of the extension's own pages (clippings.html, options.html, welcome.html …) in a new tab. */
export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}
