import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { createBackgroundHandlers, isFromThisExtension, type SenderInfo } from '../lib/background/handlers';
import { type ClippingsDb, openClippingsDb } from '../lib/clippings/db';
import { loadDictionary } from '../lib/dictionary/dictionary';
import { newsGlossary } from '../lib/glossary/glossary';
import { combineLookup, type LookupSource } from '../lib/lookup/combine';
import { dispatch, isEnvelope } from '../lib/messages';

export default defineBackground(() => {
  let database: ClippingsDb | undefined;
  let sources: Promise<LookupSource[]> | undefined;

  // The dictionary is held here, once, never copied into tabs. It is loaded when the worker starts so
  // the first hover after a restart does not wait for it.
  const lookupSources = (): Promise<LookupSource[]> => {
    sources ??= (async () => {
      const response = await fetch(browser.runtime.getURL('/dict/cedict.bin'));
      if (!response.ok) throw new Error(`Dictionary missing (${response.status})`);
      return [newsGlossary(), loadDictionary(await response.arrayBuffer())];
    })();
    sources.catch(() => {
      sources = undefined; // let the next lookup try again
    });
    return sources;
  };
  void lookupSources();

  const handlers = createBackgroundHandlers({
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    db: () => {
      database ??= openClippingsDb();
      return database;
    },
    lookup: async (text) => combineLookup(text, await lookupSources()),
    injectContentScript: async (tabId) => {
      await browser.scripting.executeScript({ target: { tabId }, files: ['/content-scripts/content.js'] });
    },
    injectConverter: async (tabId, frameId) => {
      await browser.scripting.executeScript({
        target: { tabId, frameIds: [frameId] },
        files: ['/converter.js'],
      });
    },
  });

  browser.runtime.onMessage.addListener((message: unknown, sender: SenderInfo, sendResponse) => {
    if (!isEnvelope(message, 'background') || !isFromThisExtension(sender, browser.runtime.id)) return false;
    void dispatch(handlers, message, { sender }).then(sendResponse);
    return true; // answer asynchronously
  });
});
