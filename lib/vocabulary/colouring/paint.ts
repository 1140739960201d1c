// Draws the colouring where the page cannot read it: boxes inside a closed shadow root, on a guarded
// host (lib/hover/host.ts: a plain <div> the page cannot pre-define, inline !important styles
// re-asserted, put back when removed) whose frame is a manual popover in the top layer. CSS Custom
// Highlights were not used: the highlight registry is the document's, and a page script can list
// CSS.highlights and read which words are new or learning. The boxes sit in document coordinates on a
// pane that is moved by the scroll offset, so scrolling moves one transform, not every box.
import { createGuardedHost, type GuardedHost } from '../../hover/host';
import type { Box } from './layout';

const HOST_STYLE = 'position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483646';

/** New words: an orange underline and a faint wash; learning words: a yellow tint. Both translucent,
 *  so the text under them stays as legible as it was, in light and dark pages. */
const CSS = `
.layer, .layer:popover-open {
  position: fixed; inset: 0; margin: 0; padding: 0; border: 0; width: 100vw; height: 100vh;
  max-width: none; max-height: none; overflow: hidden; background: transparent; pointer-events: none;
}
.pane { position: absolute; top: 0; left: 0; width: 0; height: 0; will-change: transform; }
.m { position: absolute; pointer-events: none; box-sizing: border-box; border-radius: 2px; }
.s0 { background: rgba(255, 120, 0, 0.14); border-bottom: 2px solid rgba(214, 84, 0, 0.9); }
.s1 { background: rgba(255, 204, 0, 0.3); }
`;

export interface MarkPainter {
  /** Replaces every drawn box. */
  draw(boxes: readonly Box[]): void;
  /** Follows the page's scroll offset. */
  scrollTo(x: number, y: number): void;
  /** How many boxes are drawn (the bench and tests read it). */
  count(): number;
  clear(): void;
  dispose(): void;
}

/** Boxes added per frame: a few hundred new elements keep each frame's style and layout short. */
const BATCH = 250;

export function createMarkPainter(doc: Document): MarkPainter {
  const win = doc.defaultView as Window;
  let guarded: GuardedHost | null = null;
  let pane: HTMLDivElement | null = null;
  let drawn = 0;
  let pending = 0;
  const mount = (): HTMLDivElement => {
    if (guarded && pane) return pane;
    guarded = createGuardedHost(doc, { kind: 'marks', hostStyle: HOST_STYLE, css: CSS });
    guarded.frame.className = 'layer';
    guarded.frame.setAttribute('aria-hidden', 'true'); // decoration: the words are read from the page
    pane = doc.createElement('div');
    pane.className = 'pane';
    guarded.frame.append(pane);
    return pane;
  };
  return {
    draw(boxes) {
      const target = mount();
      const batchOf = (from: number): DocumentFragment => {
        const fragment = doc.createDocumentFragment();
        for (const b of boxes.slice(from, from + BATCH)) {
          const el = doc.createElement('div');
          el.className = `m s${b.state}`;
          el.style.cssText = `left:${b.x}px;top:${b.y}px;width:${b.w}px;height:${b.h}px`;
          fragment.append(el);
        }
        return fragment;
      };
      // The first batch replaces what was drawn; the rest follow one per frame (a newer draw wins).
      win.cancelAnimationFrame(pending);
      target.replaceChildren(batchOf(0));
      drawn = Math.min(BATCH, boxes.length);
      const more = (from: number): void => {
        if (from >= boxes.length) return;
        pending = win.requestAnimationFrame(() => {
          target.append(batchOf(from));
          drawn = Math.min(from + BATCH, boxes.length);
          more(from + BATCH);
        });
      };
      more(BATCH);
      guarded?.show();
    },
    scrollTo(x, y) {
      if (pane) pane.style.transform = `translate(${-x}px, ${-y}px)`;
    },
    count: () => drawn,
    clear() {
      win.cancelAnimationFrame(pending);
      pane?.replaceChildren();
      drawn = 0;
      guarded?.hide();
    },
    dispose() {
      win.cancelAnimationFrame(pending);
      guarded?.remove();
      guarded = null;
      pane = null;
      drawn = 0;
    },
  };
}
