import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectArticle, detectArticleSliced } from '../../lib/article/detect';
import { waitForArticle } from '../../lib/article/wait';
import { callBackground } from '../../lib/client';
import { langForTarget } from '../../lib/convert/text/lang';
import { dispatch } from '../../lib/dispatch/dispatch';
import { isEnvelope } from '../../lib/dispatch/envelope';
import { MessageError } from '../../lib/dispatch/failure';
import { backgroundDeps } from '../../lib/hover/deps';
import { createTabHover } from '../../lib/hover/dom';
import { followTabInFrame, reportingToFrames } from '../../lib/hover/frame-follow';
import { startRevisit } from '../../lib/page-text/revisit';
import type { SenderInfo } from '../../lib/protocol/sender';
import { hoverByDefault } from '../../lib/settings';
import { followSiteRule } from '../../lib/sites/content';
import { type ClipperTools, registeredClipperTools } from '../../lib/tab/clipper-registry';
import { createContentController } from '../../lib/tab/controller';
import { type ConverterEngine, registeredConverterEngine } from '../../lib/tab/converter-registry';
import { claimInstance } from '../../lib/tab/instance';
import { pageConverterOnLoad } from '../../lib/tab/lazy-page-converter';
import { initTabLocale } from '../../lib/tab/locale';
import { startColouring } from '../../lib/vocabulary/colouring/content';
import { createClipSaver, selectionInfo } from './toast';

// Injected on demand (activeTab + scripting) when the user clicks the toolbar button; never registered
// on all sites. Runs in the isolated world: nothing here is visible to the page.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  noScriptStartedPostMessage: true,
  main() {
    // Injected into the top frame, and into a granted site's frame under a parent of another origin
    // only (the background asks each frame first: lib/hover/frame-inject.ts), which hovers on its own;
    // the top's script serves every frame it can read (lib/hover/frames.ts).
    claimInstance(globalThis, window.top === window ? start : startInFrame);
  },
});

function runtimeAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

async function loadClipper(): Promise<ClipperTools> {
  const existing = registeredClipperTools(globalThis);
  if (existing) return existing;
  const loaded = await callBackground('loadClipper', {});
  const tools = registeredClipperTools(globalThis);
  if (!loaded.ok) throw MessageError.of(loaded.error);
  if (!tools) throw new MessageError('failed', 'internal');
  return tools;
}

async function loadEngine(): Promise<ConverterEngine> {
  const existing = registeredConverterEngine(globalThis);
  if (existing) {
    await existing.ready;
    return existing;
  }
  const loaded = await callBackground('loadConverter', {});
  const engine = registeredConverterEngine(globalThis);
  if (!loaded.ok) throw MessageError.of(loaded.error); // e.g. injection-refused, translated by the popup
  if (!engine) throw new MessageError('failed', 'converter-not-loaded');
  await engine.ready; // settings the converter entry reads; the background already handed over the lexicon
  return engine;
}

/** A granted site's frame under a page of another origin: the hover card in this frame's own guarded
 *  host (the top document is not ours to write), and the tab's conversion and hover switch, relayed
 *  by the background (lib/hover/frame-follow.ts); "hover on by default" until the tab's state is known. */
function startInFrame() {
  void initTabLocale();
  const hover = createTabHover(document, { ...backgroundDeps, onNeed: loadClipper });
  const follower = followTabInFrame({
    document,
    setHover: (on) => hover.setEnabled(on),
    pageConverter: pageConverterOnLoad(document, globalThis),
    loadEngine,
    langForTarget,
  });
  void hoverByDefault.getValue().then(follower.defaultHover);
  const stopListening = answerExtension('frame', follower.handlers);
  void callBackground('frameTabState', {}).then((answer) => answer.ok && follower.follow(answer.value));
  return {
    isAlive: runtimeAlive,
    dispose() {
      hover.dispose();
      stopListening();
    },
  };
}

/** Answers the extension's own contexts (popup, clippings, background) with `handlers`; never other
 *  tabs' content scripts or the page. Returns the function that stops listening. */
function answerExtension(to: 'content' | 'frame', handlers: object): () => void {
  const extensionOrigin = browser.runtime.getURL('/');
  const onMessage = (message: unknown, sender: SenderInfo, sendResponse: (r: unknown) => void) => {
    // Told apart by URL, not by `sender.tab`: Firefox sets `tab` for an extension page open in a tab.
    const fromExtensionPage = sender.url?.startsWith(extensionOrigin) === true;
    if (!isEnvelope(message, to) || sender.id !== browser.runtime.id || !fromExtensionPage) return false;
    void dispatch(handlers, message, { sender, extensionOrigin }).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  return () => {
    try {
      browser.runtime.onMessage.removeListener(onMessage);
    } catch {
      // the old runtime is gone; its listener went with it
    }
  };
}

function start() {
  void initTabLocale(); // card labels and toasts in the user's language; follows later changes
  // Lookups, the user glossary and the vocabulary go through the background; a saved word's context
  // names the detected article (its title, site and date), not only the tab.
  const hover = createTabHover(document, {
    ...backgroundDeps,
    onNeed: loadClipper, // the reach into frames and the underliner ship with the clipper
    pageInfo: () => {
      const info = selectionInfo(controller.state(), document);
      const site = info.site ?? (location.hostname || null);
      return { url: location.href, title: info.title, site, published: info.published, clippingId: null };
    },
  });
  // Saved selections on this page are highlighted again (issue 6); saves confirm with a toast + Undo.
  const revisit = startRevisit(document, {
    url: () => location.href,
    anchorsFor: async (urls) => {
      const answer = await callBackground('pageSelections', { urls });
      return answer.ok ? answer.value.anchors : [];
    },
    locate: async (doc, anchors) => (await loadClipper()).anchorRanges(doc, anchors),
  });
  void revisit.refresh();
  const colouring = startColouring(document, async () => (await loadClipper()).colouring); // known-word colouring, when the popup's switch is on (issue 17)
  const clips = createClipSaver(document, {
    saveClipping: (input) => callBackground('saveClipping', input),
    undoSave: (id) => callBackground('undoSave', { id }),
    sanitizeHtml: async (html, win) => (await loadClipper()).sanitizeHtml(html, win),
    pageInfo: () => selectionInfo(controller.state(), document),
    changed: () => void revisit.refresh(),
  });
  // Granted sites' frames under another origin follow what the tab shows (lib/hover/frame-follow.ts).
  const controller = reportingToFrames(
    createContentController({
      document,
      url: () => location.href,
      // The clock lets relative datelines (3小时前, 昨天 10:20) be read on a live page.
      detect: (doc, url) => detectArticle(doc, url, { now: Date.now() }),
      // In slices (lib/article/steps.ts): a huge page keeps answering input while it is read.
      detectSliced: (doc, url) => detectArticleSliced(doc, url, { now: Date.now() }),
      detectSettled: (doc, url) =>
        waitForArticle(doc, url, (d, u) => detectArticleSliced(d, u, { now: Date.now() })),
      pageConverter: pageConverterOnLoad(document, globalThis),
      loadEngine,
      langForTarget,
      save: (input) => clips.save(input),
      saveSelection: () => clips.saveSelection(),
      setHover: (enabled) => hover.setEnabled(enabled),
      hoverEnabled: () => hover.isEnabled(),
      hoverAtCaret: () => hover.openAtCaret(),
    }),
    (state) => void callBackground('tabStateChanged', state),
  );
  void hoverByDefault.getValue().then((on) => hover.setEnabled(on));
  const siteRule = followSiteRule(controller, () => location.href); // "Always convert this site" (issue 4)

  // Only the extension's own pages (popup, clippings) and the background talk to us.
  const stopListening = answerExtension('content', controller.handlers);

  return {
    isAlive: runtimeAlive,
    dispose() {
      hover.dispose();
      siteRule.stop();
      revisit.dispose();
      colouring.stop();
      clips.dispose();
      stopListening();
    },
  };
}
