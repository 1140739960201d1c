// Hover dictionary wiring: pointer → character → one `lookup` message → card in a closed shadow root.
// The decisions (which character, which text, where the card goes) live in lib/content.
import { render } from 'preact';
import { HoverCard, hoverCardStyles } from '../../components/HoverCard';
import { placePopup } from '../../lib/content/placement';
import { characterAt, HAN, rangeOf, textFrom } from '../../lib/content/text-at-point';
import type { Result } from '../../lib/messages';
import type { LookupResult } from '../../lib/types';

const HIGHLIGHT = 'wenzhai-word';

export interface HoverController {
  setEnabled(enabled: boolean): void;
  isEnabled(): boolean;
  dispose(): void;
}

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && w.Highlight ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

export function createHover(
  doc: Document,
  lookup: (text: string) => Promise<Result<LookupResult>>,
): HoverController {
  const win = doc.defaultView ?? window;
  let enabled = false;
  let host: HTMLElement | null = null;
  let frame: HTMLElement | null = null;
  let pending = 0;
  let point: { x: number; y: number } | null = null;
  let current: { node: Text; offset: number; range: Range } | null = null;
  let sequence = 0;
  let sheet: CSSStyleSheet | null = null;

  const mount = (): HTMLElement => {
    if (frame) return frame;
    host = doc.createElement('wenzhai-hover');
    host.setAttribute('data-wenzhai-ui', '');
    // Inline !important beats any page rule aimed at our element.
    host.setAttribute(
      'style',
      'all: initial !important; position: fixed !important; top: 0 !important; left: 0 !important; z-index: 2147483647 !important;',
    );
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = hoverCardStyles;
    frame = doc.createElement('div');
    frame.className = 'frame';
    frame.hidden = true;
    root.append(style, frame);
    doc.documentElement.append(host);
    try {
      sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
      sheet.replaceSync(`::highlight(${HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.45); }`);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null; // highlighting is a nicety; the card still works
    }
    return frame;
  };

  const hide = (): void => {
    current = null;
    sequence++;
    if (frame) frame.hidden = true;
    highlightApi(win)?.registry.delete(HIGHLIGHT);
  };

  const show = (result: LookupResult, range: Range): void => {
    const target = mount();
    render(HoverCard({ entries: result.entries }), target);
    target.hidden = false;
    const api = highlightApi(win);
    if (api) api.registry.set(HIGHLIGHT, new api.Highlight(range));
    const anchor = range.getBoundingClientRect();
    const placed = placePopup(
      anchor,
      { width: target.offsetWidth, height: target.offsetHeight },
      {
        width: win.innerWidth,
        height: win.innerHeight,
      },
    );
    target.style.left = `${placed.left}px`;
    target.style.top = `${placed.top}px`;
  };

  const inCurrentWord = (node: Text, offset: number): boolean => {
    if (!current) return false;
    return (
      current.range.isPointInRange(node, offset) &&
      !(current.range.endContainer === node && current.range.endOffset === offset)
    );
  };

  const update = async (): Promise<void> => {
    pending = 0;
    if (!enabled || !point) return;
    const position = characterAt(doc, point.x, point.y);
    if (!position || position.node.parentElement?.closest('[data-wenzhai-ui]')) return hide();
    const ch = position.node.data.codePointAt(position.offset);
    if (ch === undefined || !HAN.test(String.fromCodePoint(ch))) return hide();
    // Moving along the word already shown changes nothing: no flicker, no new message.
    if (inCurrentWord(position.node, position.offset)) return;
    const run = textFrom(position, 16);
    const mine = ++sequence;
    const answer = await lookup(run.text);
    if (mine !== sequence || !enabled) return;
    if (!answer.ok || answer.value.matchLength === 0) return hide();
    const range = rangeOf(doc, run, answer.value.matchLength);
    if (!range) return hide();
    current = { node: position.node, offset: position.offset, range };
    show(answer.value, range);
  };

  const onMove = (event: MouseEvent): void => {
    if (!event.isTrusted) return; // the page can synthesise events; only the user's pointer counts
    point = { x: event.clientX, y: event.clientY };
    if (!pending) pending = win.requestAnimationFrame(() => void update());
  };
  const onKey = (event: KeyboardEvent): void => {
    if (event.isTrusted && event.key === 'Escape') hide();
  };
  const onScroll = (): void => hide();

  return {
    setEnabled(next) {
      if (next === enabled) return;
      enabled = next;
      if (enabled) {
        win.addEventListener('mousemove', onMove, { capture: true, passive: true });
        win.addEventListener('keydown', onKey, { capture: true });
        win.addEventListener('scroll', onScroll, { capture: true, passive: true });
      } else {
        win.removeEventListener('mousemove', onMove, { capture: true });
        win.removeEventListener('keydown', onKey, { capture: true });
        win.removeEventListener('scroll', onScroll, { capture: true });
        hide();
      }
    },
    isEnabled: () => enabled,
    dispose() {
      this.setEnabled(false);
      host?.remove();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      host = frame = null;
    },
  };
}
