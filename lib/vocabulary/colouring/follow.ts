// What makes the colouring draw again, from the browser only: scrolling (the window or a scroller in
// the page), resizing, and changes to the article's text. Events the page dispatches itself
// (isTrusted false) are ignored; a mutation observer cannot be fed by the page but its own edits.
export interface PageFollower {
  /** Starts listening; `observe` names the element whose text changes mean a reload. */
  start(): void;
  observe(root: Element | null): void;
  stop(): void;
}

export interface FollowHandlers {
  /** Once per frame while scrolling; `inner` when a scroller inside the page moved. */
  scrolled(inner: boolean): void;
  /** After a resize settles. */
  resized(): void;
  /** After the article's text stops changing. */
  mutated(): void;
}

export function followPage(win: Window & typeof globalThis, handlers: FollowHandlers): PageFollower {
  let frame = 0;
  let inner = false;
  let resizeTimer = 0;
  let mutationTimer = 0;
  const onScroll = (event: Event): void => {
    if (!event.isTrusted) return;
    inner ||= event.target !== win.document && event.target !== win;
    if (frame) return;
    frame = win.requestAnimationFrame(() => {
      frame = 0;
      const wasInner = inner;
      inner = false;
      handlers.scrolled(wasInner);
    });
  };
  const onResize = (event: Event): void => {
    if (!event.isTrusted) return;
    win.clearTimeout(resizeTimer);
    resizeTimer = win.setTimeout(handlers.resized, 100);
  };
  const observer = new win.MutationObserver(() => {
    win.clearTimeout(mutationTimer);
    mutationTimer = win.setTimeout(handlers.mutated, 300);
  });
  return {
    start() {
      win.addEventListener('scroll', onScroll, { capture: true, passive: true });
      win.addEventListener('resize', onResize, { passive: true });
    },
    observe(root) {
      observer.disconnect();
      if (root) observer.observe(root, { childList: true, characterData: true, subtree: true });
    },
    stop() {
      observer.disconnect();
      win.removeEventListener('scroll', onScroll, { capture: true });
      win.removeEventListener('resize', onResize);
      win.cancelAnimationFrame(frame);
      frame = 0;
      win.clearTimeout(resizeTimer);
      win.clearTimeout(mutationTimer);
    },
  };
}
