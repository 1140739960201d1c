import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { COMMAND_CONVERT_PAGE, runConvertCommand } from '../lib/background/convert-command';
import { startFrameRelay } from '../lib/background/frame-relay';
import { createBackgroundHandlers } from '../lib/background/handler-map';
import { callTab } from '../lib/client';
import { type ClippingsDb, openClippingsDb } from '../lib/clippings/db';
import { gestureOf, runGesture, SAVE_SELECTION_MENU_ID } from '../lib/clippings/gestures';
import { dispatch, mergeHandlers } from '../lib/dispatch/dispatch';
import { isEnvelope, isFromThisExtension } from '../lib/dispatch/envelope';
import { openUserGlossaryDb } from '../lib/glossary/user-db';
import { createUserStore } from '../lib/glossary/user-store';
import { COMMAND_HOVER_AT_CARET, runCaretCommand } from '../lib/hover/caret-command';
import { onLocaleChange, t } from '../lib/i18n';
import { initLocale } from '../lib/i18n/init';
import { browserDictionary, refreshingWrites } from '../lib/lookup/background-dictionary';
import type { SenderInfo } from '../lib/protocol/sender';
import { COMMAND_OPEN_READER, openReaderForTab } from '../lib/reader/open';
import { defaultScript, traditionalTarget, welcomeShown } from '../lib/settings';
import { startSites } from '../lib/sites/background';
import { converterInjector } from '../lib/tab/converter-inject';
import type { Target } from '../lib/types';
import { startVocabulary } from '../lib/vocabulary/background';

export default defineBackground(() => {
  let database: ClippingsDb | undefined;
  // The user's own terms: their own Dexie database, indexed in memory and refreshed on every change.
  const userStore = createUserStore(openUserGlossaryDb);

  // The dictionary (issue 5) is held once, never copied into tabs: in Chrome by the offscreen document's
  // worker, which outlives this service worker's restarts (nothing is loaded here); in Firefox by this
  // persistent page. lib/lookup/background-dictionary.ts.
  const dictionary = browserDictionary(userStore);
  // Granted sites' frames under a page of another origin follow the tab's state (issue 15 §2).
  const frames = startFrameRelay();

  const extensionOrigin = browser.runtime.getURL('/');
  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    extensionOrigin,
    db: () => {
      database ??= openClippingsDb();
      return database;
    },
    lookup: dictionary.lookup,
    glossary: { ...refreshingWrites(userStore, dictionary), matches: dictionary.glossaryMatches },
    sites: startSites(browser), // per-site rules (issue 4): reconciled now and on permission changes
    injectContentScript: async (tabId) => {
      dictionary.prepare(); // the tab will hover: have the dictionary loaded by then
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
      void frames.injectIntoGrantedFrames(tabId); // not waited for: the popup needs the top frame only
    },
    injectClipper: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/clipper.js'],
      });
    },
    injectConverter: converterInjector(),
  });

  // Vocabulary (issue 17): its own database and undo tokens; a name answered twice throws here.
  const allHandlers = mergeHandlers(
    handlers,
    startVocabulary(browser, {
      articleWords: dictionary.articleWords,
      clippings: () => {
        database ??= openClippingsDb();
        return database;
      },
    }),
    frames.handlers,
  );

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo, sendResponse) => {
    if (dictionary.answer(message, sender, sendResponse)) return true; // Firefox: `to: 'dictionary'`
    if (!isEnvelope(message, 'background') || !isFromThisExtension(sender, browser.runtime.id)) return false;
    void dispatch(allHandlers, message, { sender, extensionOrigin }).then(sendResponse);
    return true; // answer asynchronously
  });

  // Save gestures (issue 6): "Save selection" in the context menu and the two keyboard shortcuts. Each
  // grants activeTab on its tab; the content script saves and shows the toast with Undo.
  const gestureDeps = {
    inject: (tabId: number) => handlersInject(tabId),
    saveArticle: (tabId: number) => callTab(tabId, 'saveArticle', {}),
    saveSelection: (tabId: number) => callTab(tabId, 'saveSelection', {}),
  };
  const handlersInject = async (tabId: number) => {
    await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
  };
  startMenusAndGestures(gestureDeps);
  startCommands(handlersInject);
  showWelcomeOnFirstInstall();
});

type GestureDeps = Parameters<typeof runGesture>[0];

/** Save gestures: the context menu (titled in the UI language) and the two save shortcuts. */
function startMenusAndGestures(gestureDeps: GestureDeps): void {
  // UI language (issue 7): menu titles are created in the user's language and renamed when it changes.
  // Menus outlive the worker, so each start renames them too (the setting may have changed meanwhile).
  const localeReady = initLocale();
  const menuTitles = (): Record<string, string> => ({ [SAVE_SELECTION_MENU_ID]: t('saveSelectionMenu') });
  const renameMenus = (): void => {
    for (const [id, title] of Object.entries(menuTitles())) {
      // Rejects when the menu does not exist yet (first install: onInstalled creates it).
      void Promise.resolve(browser.contextMenus.update(id, { title })).catch(() => undefined);
    }
  };
  void localeReady.then(renameMenus);
  onLocaleChange(renameMenus);
  browser.runtime.onInstalled.addListener(() => {
    void localeReady.then(() =>
      browser.contextMenus.create({
        id: SAVE_SELECTION_MENU_ID,
        title: t('saveSelectionMenu'),
        contexts: ['selection'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const gesture = gestureOf({ menuItemId: info.menuItemId });
    if (gesture) void runGesture(gestureDeps, tab?.id, gesture);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const gesture = gestureOf({ command });
    if (gesture) void runGesture(gestureDeps, tab?.id, gesture);
  });
}

/** The other shortcuts: hover card at the caret, convert / show original, reader view. */
function startCommands(handlersInject: (tabId: number) => Promise<void>): void {
  // Hover card at the caret by key (issue 7): like the save shortcuts, it grants activeTab on its tab.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_HOVER_AT_CARET) return;
    const caretDeps = {
      inject: handlersInject,
      hoverAtCaret: (id: number) => callTab(id, 'hoverAtCaret', {}),
    };
    void runCaretCommand(caretDeps, tab?.id);
  });
  // Convert / show original by key (Alt+Shift+C), to the default script from the options.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_CONVERT_PAGE) return;
    const convertDeps = {
      inject: handlersInject,
      getState: (id: number) => callTab(id, 'getState', {}),
      convert: (id: number, target: Target) => callTab(id, 'convert', { target }),
      restore: (id: number) => callTab(id, 'restore', {}),
      preferences: async () => ({
        preference: await defaultScript.getValue(),
        traditional: await traditionalTarget.getValue(),
      }),
    };
    void runConvertCommand(convertDeps, tab?.id);
  });
  // Reader view by key (issue 18): the key grants activeTab; the reader page then asks the tab.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_OPEN_READER) return;
    const openTab = (path: string) =>
      browser.tabs.create({ url: browser.runtime.getURL(path as '/reader.html') });
    void openReaderForTab({ inject: handlersInject, openTab }, tab?.id);
  });
}

function showWelcomeOnFirstInstall(): void {
  // First run (issue 7): the welcome page, on a fresh install only (not on updates), and only once.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason !== 'install') return;
    void welcomeShown.getValue().then(async (shown) => {
      if (shown) return;
      await welcomeShown.setValue(true);
      await browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    });
  });
}
