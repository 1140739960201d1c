// The hover card on the page: <HoverCard/> rendered (components/HoverCardMount.tsx) into the frame of a
// guarded host (closed shadow root, top layer; host.ts), placed beside the word, and a live region for
// screen readers.
import { type HoverCardProps, hoverCardStyles } from '../../components/HoverCard';
import { renderHoverCard } from '../../components/HoverCardMount';
import { currentLocale } from '../i18n';
import { announce } from './announce';
import { createGuardedHost, type GuardedHost } from './host';
import { placePopup } from './placement';

export interface CardView {
  /** Renders the card, shows it (re-asserting the host) and places it beside `anchor`. */
  draw(props: HoverCardProps, anchor: DOMRect, editing: boolean): void;
  place(anchor: DOMRect): void;
  hide(): void;
  isShown(): boolean;
  announce(text: string): void;
  owns(path: readonly EventTarget[]): boolean;
  /** Whether (x, y) is on the shown card or in the gap between it and its word (the card itself lets
   *  the pointer through to the page, except on its buttons). */
  covers(x: number, y: number): boolean;
  setFontSize(px: number): void;
  dispose(): void;
}

const HOST_STYLE = 'position: fixed; top: 0; left: 0; z-index: 2147483647; width: 0; height: 0';

export function createCardView(doc: Document): CardView {
  const win = doc.defaultView ?? window;
  let guarded: GuardedHost | null = null;
  let fontSize = 14;
  let shown = false;

  const mount = (): GuardedHost => {
    if (guarded) return guarded;
    guarded = createGuardedHost(doc, { kind: 'hover', hostStyle: HOST_STYLE, css: hoverCardStyles });
    guarded.frame.className = 'frame';
    guarded.frame.style.fontSize = `${fontSize}px`; // the card's sizes are in em of this
    return guarded;
  };

  const place = (anchor: DOMRect): void => {
    if (!guarded) return;
    const frame = guarded.frame;
    const placed = placePopup(
      anchor,
      { width: frame.offsetWidth, height: frame.offsetHeight },
      { width: win.innerWidth, height: win.innerHeight },
    );
    frame.style.left = `${placed.left}px`;
    frame.style.top = `${placed.top}px`;
  };

  return {
    draw(props, anchor, editing) {
      const { frame, show } = mount();
      renderHoverCard(frame, props);
      frame.lang = currentLocale(); // the card's labels are in the UI language, not the page's
      frame.classList.toggle('editing', editing);
      show();
      shown = true;
      place(anchor);
    },
    place,
    hide() {
      shown = false;
      if (!guarded) return;
      guarded.hide();
      guarded.frame.classList.remove('editing');
    },
    isShown: () => shown,
    announce(text) {
      announce(mount().frame, text);
    },
    owns: (path) => guarded?.owns(path) ?? false,
    covers(x, y) {
      if (!guarded || !shown) return false;
      const r = guarded.frame.getBoundingClientRect();
      const gap = 8; // placePopup's gap between word and card, and a little more
      return x >= r.left - gap && x <= r.right + gap && y >= r.top - gap && y <= r.bottom + gap;
    },
    setFontSize(px) {
      fontSize = px;
      if (guarded) guarded.frame.style.fontSize = `${px}px`;
    },
    dispose() {
      if (guarded) renderHoverCard(guarded.frame, null);
      guarded?.remove();
      guarded = null;
      shown = false;
    },
  };
}
