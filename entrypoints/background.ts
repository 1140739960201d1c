import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers, isFromThisExtension, type SenderInfo } from '../lib/background/handlers';
import { callTab } from '../lib/client';
import { type ClippingsDb, openClippingsDb } from '../lib/clippings/db';
import { gestureOf, runGesture, SAVE_SELECTION_MENU_ID } from '../lib/clippings/gestures';
import { installLexiconInWorld } from '../lib/content/converter-registry';
import { loadDictionary } from '../lib/dictionary/dictionary';
import { newsGlossary } from '../lib/glossary/glossary';
import { openUserGlossaryDb } from '../lib/glossary/user-db';
import { createUserStore } from '../lib/glossary/user-store';
import { t } from '../lib/i18n';
import { createLookupEngine, type LookupEngine } from '../lib/lookup/engine';
import { dispatch, isEnvelope } from '../lib/messages';

export default defineBackground(() => {
  let database: ClippingsDb | undefined;
  let sources: Promise<LookupEngine> | undefined;
  // The conversion lexicon's text, read once on the first conversion; null when it is missing (then
  // tabs convert OpenCC-style).
  let lexiconText: Promise<string | null> | undefined;
  const conversionLexicon = (): Promise<string | null> => {
    lexiconText ??= fetch(browser.runtime.getURL('/convert/lexicon.bin'))
      .then((r) => (r.ok ? r.text() : null))
      .catch(() => null);
    return lexiconText;
  };
  // The user's own terms: their own Dexie database, indexed in memory and refreshed on every change.
  const userStore = createUserStore(openUserGlossaryDb);

  // The dictionary is held here, once, never copied into tabs. It is loaded when the worker starts so
  // the first hover after a restart does not wait for it.
  const lookupSources = (): Promise<LookupEngine> => {
    sources ??= (async () => {
      // In parallel with the fetch; a broken user DB must not stop the dictionary.
      const userReady = userStore.ready().catch(() => undefined);
      const response = await fetch(browser.runtime.getURL('/dict/cedict.bin'));
      if (!response.ok) throw new Error(`Dictionary missing (${response.status})`);
      const dictionary = loadDictionary(await response.arrayBuffer());
      await userReady;
      return createLookupEngine({ dictionary, glossary: newsGlossary(), user: userStore.index });
    })();
    sources.catch(() => {
      sources = undefined; // let the next lookup try again
    });
    return sources;
  };
  // After a worker restart the 14 MB file takes a while to read; the small file of the most frequent
  // words (cedict-hot.bin) is fetched first and answers until the full dictionary is in.
  let hotSources: Promise<LookupEngine | null> | null = (async () => {
    const response = await fetch(browser.runtime.getURL('/dict/cedict-hot.bin'));
    if (!response.ok) return null;
    const dictionary = loadDictionary(await response.arrayBuffer());
    await userStore.ready().catch(() => undefined);
    return createLookupEngine({ dictionary, glossary: newsGlossary(), user: userStore.index });
  })().catch(() => null);
  lookupSources().then(
    () => {
      hotSources = null; // the full dictionary is in: let the small one go (memory is held once)
    },
    () => undefined,
  );
  const firstEngine = (): Promise<LookupEngine> => {
    const full = lookupSources();
    const hot = hotSources;
    return hot ? Promise.race([full, hot.then((engine) => engine ?? full)]) : full;
  };

  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    db: () => {
      database ??= openClippingsDb();
      return database;
    },
    lookup: async (text, before) => (await firstEngine()).lookup(text, before),
    glossary: {
      ...userStore,
      matches: async (text) =>
        (await lookupSources()).glossaryMatches(text).map(({ start, end }) => ({ start, end })),
    },
    injectContentScript: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    injectConverter: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/converter.js'],
      });
      // The word lexicon goes in as an argument, so the file need not be web-accessible.
      const text = await conversionLexicon();
      if (text) {
        await browser.scripting.executeScript({
          target: { tabId, frameIds: [frameId] },
          func: installLexiconInWorld,
          args: [text],
        });
      }
    },
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo, sendResponse) => {
    if (!isEnvelope(message, 'background') || !isFromThisExtension(sender, browser.runtime.id)) return false;
    void dispatch(handlers, message, { sender }).then(sendResponse);
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
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: SAVE_SELECTION_MENU_ID,
      title: t('saveSelectionMenu'),
      contexts: ['selection'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const gesture = gestureOf({ menuItemId: info.menuItemId });
    if (gesture) void runGesture(gestureDeps, tab?.id, gesture);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const gesture = gestureOf({ command });
    if (gesture) void runGesture(gestureDeps, tab?.id, gesture);
  });
});
