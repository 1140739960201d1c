// A host for in-page UI that the page cannot pre-empt, restyle or remove for good (issue 15 §1).
// - A plain <div>: a page can pre-register a custom element name we might use (then attachShadow throws
//   or the page's constructor runs on our host); a built-in name cannot be defined.
// - Inline `!important` declarations beat every page stylesheet; a page script can still edit the
//   attribute, so `ensure()` checks and re-asserts them (and drops hidden, inert, aria-hidden, popover)
//   each time UI is shown, and a watcher does it again while it is shown.
// - The frame inside the closed shadow root is a manual popover shown in the top layer: no z-index,
//   ancestor transform, opacity or overlay of the page's is drawn above or over it.
// - Removed by the page (SPA frameworks prune foreign nodes): put back on the next ensure or at once
//   while shown.
import { OWN_UI_ATTRIBUTE } from '../page-text/model';

export interface GuardedHost {
  host: HTMLElement;
  frame: HTMLDivElement;
  /** Puts the host back and re-asserts its styles; shows the frame in the top layer. */
  show(): void;
  hide(): void;
  /** The element is ours (an event's composed path includes the host). */
  owns(path: readonly EventTarget[]): boolean;
  remove(): void;
}

/** Attributes a page may set on a foreign element to hide it or take it out of the accessibility tree. */
const HOSTILE_ATTRIBUTES = ['hidden', 'inert', 'aria-hidden', 'popover', 'class', 'dir'] as const;

/** What the host always is, whatever the page writes; `extra` places it. */
export function hostDeclarations(extra: string): string {
  return `all: initial; display: block; visibility: visible; opacity: 1; transform: none; filter: none;
    clip-path: none; contain: none; ${extra}`
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d} !important;`)
    .join(' ');
}

/** Re-asserts per second at most: a page that restyles on a timer is answered every time, one that
 *  answers our every write (a mutation-observer ping-pong) must not make us spin. */
const MAX_REASSERTS_PER_SECOND = 20;

/** Whether the host is not as reassert() leaves it: only then does a mutation cost a re-assert. The
 *  page's other edits to <html>'s children (banners it re-appends on a timer) must not use up the
 *  budget, or a removal of ours in the same second would wait for the next window. */
function hostTampered(
  doc: Document,
  host: HTMLElement,
  own: { style: string; kind: string; frame: HTMLElement; popover: boolean },
): boolean {
  const parent = doc.documentElement;
  if (parent && host.parentNode !== parent) return true;
  if (host.getAttribute('style') !== own.style) return true;
  if (HOSTILE_ATTRIBUTES.some((name) => host.hasAttribute(name))) return true;
  if (host.getAttribute(OWN_UI_ATTRIBUTE) !== own.kind) return true;
  return own.popover && !own.frame.matches(':popover-open');
}

export function createGuardedHost(
  doc: Document,
  options: { kind: string; hostStyle: string; css: string },
): GuardedHost {
  const win = doc.defaultView;
  const host = doc.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, options.kind);
  const style = hostDeclarations(options.hostStyle);
  host.setAttribute('style', style);
  // A fresh built-in element has no shadow root and no page constructor: this cannot throw here.
  const root = host.attachShadow({ mode: 'closed' });
  const sheet = doc.createElement('style');
  sheet.textContent = options.css;
  const frame = doc.createElement('div');
  frame.hidden = true;
  const popover = typeof (frame as { showPopover?: unknown }).showPopover === 'function';
  if (popover) frame.setAttribute('popover', 'manual');
  root.append(sheet, frame);
  let shown = false;
  let windowStart = 0;
  let reasserts = 0;
  const allowed = (): boolean => {
    const now = win?.performance.now() ?? 0;
    if (now - windowStart >= 1000) {
      windowStart = now;
      reasserts = 0;
    }
    return reasserts++ < MAX_REASSERTS_PER_SECOND;
  };

  const reassert = (): void => {
    const parent = doc.documentElement;
    if (parent && host.parentNode !== parent) parent.append(host);
    if (host.getAttribute('style') !== style) host.setAttribute('style', style);
    for (const name of HOSTILE_ATTRIBUTES) if (host.hasAttribute(name)) host.removeAttribute(name);
    if (host.getAttribute(OWN_UI_ATTRIBUTE) !== options.kind)
      host.setAttribute(OWN_UI_ATTRIBUTE, options.kind);
  };

  const tampered = (): boolean => hostTampered(doc, host, { style, kind: options.kind, frame, popover });

  const open = (): void => {
    frame.hidden = false;
    if (!popover) return;
    try {
      if (!frame.matches(':popover-open')) frame.showPopover();
    } catch {
      // not connected (no document element): the next show tries again
    }
  };

  // While shown: the page's edits to the host, its removal, or a page-closed popover are undone.
  const watcher = win
    ? new win.MutationObserver(() => {
        if (!shown || !tampered() || !allowed()) return;
        reassert();
        open();
      })
    : null;
  const watch = (): void => {
    if (!watcher) return;
    watcher.disconnect();
    watcher.observe(host, { attributes: true });
    if (doc.documentElement) watcher.observe(doc.documentElement, { childList: true });
  };
  frame.addEventListener('toggle', (event) => {
    if (shown && (event as Event & { newState?: string }).newState === 'closed' && allowed()) open();
  });

  reassert();
  return {
    host,
    frame,
    show() {
      shown = true;
      reassert();
      open();
      watch();
    },
    hide() {
      shown = false;
      watcher?.disconnect();
      frame.hidden = true;
      if (!popover) return;
      try {
        if (frame.matches(':popover-open')) frame.hidePopover();
      } catch {
        // already closed
      }
    },
    owns: (path) => path.includes(host),
    remove() {
      shown = false;
      watcher?.disconnect();
      host.remove();
    },
  };
}
