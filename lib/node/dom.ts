// A DOM for Node (CLI, eval, bench): happy-dom with scripts, styles and network switched off, so the
// same lib/ code that runs on live pages runs on files. Never imported by the extension bundles.
import { Window } from 'happy-dom';

function createWindow(url: string): Window {
  return new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
}

/** Parses a whole HTML page into a Document whose URL is `url`. */
export function parseDocument(html: string, url = 'about:blank'): Document {
  const window = createWindow(url);
  const parser = new window.DOMParser();
  // happy-dom 21 reads "</span-->" inside a comment ("<!--span>(none)</span-->", commented-out markup)
  // as an end tag and drops the rest of the page; browsers end the comment there. A space keeps the
  // comment a comment and changes nothing else.
  const safe = html.replace(/(<\/[a-zA-Z][\w:-]*)-->/g, '$1 -->');
  return parser.parseFromString(safe, 'text/html') as unknown as Document;
}

/** Parses an HTML fragment into a container element of a fresh document. */
export function parseFragment(html: string): { document: Document; container: HTMLElement } {
  const document = parseDocument(
    '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>',
  );
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.appendChild(container);
  return { document, container };
}

/** happy-dom windows hold timers and caches: a long run over many pages closes each document when done
 *  (`close`) and lets their asynchronous teardown finish between pages (`settle`), so the heap stays flat. */
export function createDocumentCloser(): { close(doc: Document): void; settle(): Promise<void> } {
  const closing: Promise<void>[] = [];
  return {
    close(doc) {
      const view = doc.defaultView as unknown as { happyDOM?: { close?: () => Promise<void> } } | null;
      const done = view?.happyDOM?.close?.();
      if (done) closing.push(done);
    },
    async settle() {
      await Promise.all(closing.splice(0));
      await new Promise((resolve) => setImmediate(resolve));
    },
  };
}
