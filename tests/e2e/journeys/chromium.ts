// The journeys' driver for Chromium: playwright-core on Debian's Chromium, through the harness.
import type { Page } from 'playwright-core';
import { inClosedRoot } from '../closed-root';
import { cleanup, launch, type Session, serveFixtures } from '../harness';
import { type Driver, READ_ROOT, type RootView, type Tab } from './driver';

function tabOf(page: Page): Tab {
  return {
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
    mouseMove: (x, y) => page.mouse.move(x, y),
    click: (x, y) => page.mouse.click(x, y),
    press: (key) => page.keyboard.press(key),
    setFile: (selector, path) => page.locator(selector).setInputFiles(path),
    closedRoot: (kind) =>
      inClosedRoot(page, kind, async (cdp, shadow) => {
        if (!shadow) return null;
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId })) as {
          object: { objectId: string };
        };
        const { result } = (await cdp.send('Runtime.callFunctionOn', {
          objectId: object.objectId,
          functionDeclaration: READ_ROOT,
          arguments: [{ objectId: object.objectId }], // the root as the argument, as in Firefox
          returnByValue: true,
        })) as { result: { value: RootView } };
        return result.value;
      }),
    front: () => page.bringToFront(),
    close: () => page.close(),
  };
}

export async function chromiumDriver(pages: Record<string, string>): Promise<Driver> {
  const { origin, server } = await serveFixtures(pages);
  let session: Session = await launch();
  let extensionPage: Page | undefined;
  const url = (path: string) => `chrome-extension://${session.extensionId}/${path}`;
  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await session.context.newPage();
    await page.goto(url(path));
    return page;
  };
  return {
    name: 'chromium',
    origin,
    async open(target) {
      const page = await session.context.newPage();
      await page.goto(target);
      return tabOf(page);
    },
    openExtensionPage: async (path) => tabOf(await openExtensionPage(path)),
    async extension(fn, arg) {
      if (!extensionPage || extensionPage.isClosed()) extensionPage = await openExtensionPage('options.html');
      return extensionPage.evaluate(fn as never, arg as never);
    },
    async restartBackground() {
      // As Chrome does after 30 s idle; waits until the DevTools protocol reports it stopped.
      const page = extensionPage ?? (await openExtensionPage('options.html'));
      extensionPage = page;
      const cdp = await session.context.newCDPSession(page);
      try {
        type Versions = { versions: { scriptURL: string; runningStatus: string }[] };
        const stopped = new Promise<void>((resolve) => {
          cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: Versions) => {
            const ours = versions.filter((v) => v.scriptURL.startsWith(url('')));
            if (ours.length > 0 && ours.every((v) => v.runningStatus === 'stopped')) resolve();
          });
        });
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await Promise.race([
          stopped,
          new Promise((_, reject) => setTimeout(() => reject(new Error('worker not stopped')), 5000)),
        ]);
      } finally {
        await cdp.detach();
      }
      return { contentScriptsSurvive: true };
    },
    async restartBrowser() {
      const { profile, extension } = session;
      await session.close();
      session = await launch({ profile, extension });
      extensionPage = undefined;
    },
    async close() {
      await session.close().catch(() => undefined);
      cleanup(session);
      server.close();
    },
  };
}
