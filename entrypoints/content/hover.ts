// Hover dictionary wiring: pointer → character → one `lookup` message → card in a closed shadow root.
// The decisions (which character, which text, where the card goes, which key does what) live in
// lib/content; the words come from the background (the content script never loads the dictionary).
import { render } from 'preact';
import { HoverCard, type HoverCardForm, hoverCardStyles } from '../../components/HoverCard';
import { detectArticle } from '../../lib/article/detect';
import { withTimeout } from '../../lib/async';
import { callBackground } from '../../lib/client';
import { announce, announcement } from '../../lib/content/caret-announce';
import { isCaretKey } from '../../lib/content/caret-command';
import { caretCharacter } from '../../lib/content/caret-position';
import { hoverKeyAction, isEditable, modifierHeld } from '../../lib/content/hover-keys';
import { articleRoot, collectText, rangesFor } from '../../lib/content/hover-underline';
import { placePopup } from '../../lib/content/placement';
import { createShadowHost } from '../../lib/content/shadow-host';
import {
  characterAt,
  HAN,
  positionInRun,
  rangeOf,
  type TextPosition,
  type TextRun,
  textBefore,
  textFrom,
} from '../../lib/content/text-at-point';
import type { UserTermInput } from '../../lib/glossary/user-term';
import { listenForTaps } from '../../lib/hover-touch';
import { currentLocale, onLocaleChange, t } from '../../lib/i18n';
import { dictionaryClient, lookupWord } from '../../lib/lookup/client';
import { fail, type Result } from '../../lib/messages';
import {
  type HoverModifier,
  hoverDelay,
  hoverFontSize,
  hoverModifier,
  normalizeFontSize,
  type ReadingStyle,
  readingStyle,
  toneColours,
  underlineGlossary,
} from '../../lib/settings';
import type { DictEntry, LookupResult } from '../../lib/types';

const HIGHLIGHT = 'wenzhai-word';
const UNDERLINE = 'wenzhai-glossary';
const MAX_UNDERLINE_TEXT = 200_000;

const LOOKUP_TIMEOUT_MS = 3000;

export interface HoverController {
  setEnabled(enabled: boolean): void;
  isEnabled(): boolean;
  /** Opens the card for the word at the caret or selection start (keyboard users); turns hover on. */
  openAtCaret(): Promise<boolean>;
  dispose(): void;
}

/** What the hover needs from the background; injectable for tests. */
export interface HoverDeps {
  lookup(text: string, before: string): Promise<Result<LookupResult>>;
  putTerm(term: UserTermInput, id?: number): Promise<Result<{ id: number }>>;
  deleteTerm(id: number): Promise<Result<{ deleted: boolean }>>;
  glossaryMatches(text: string): Promise<Result<{ start: number; end: number }[]>>;
  /** Hover turned on: get the way to the dictionary ready before the first hover. */
  warm?(): void;
  /** Disposed: let go of the way to the dictionary (its port). */
  release?(): void;
}

const backgroundDeps: HoverDeps = {
  // Straight to the dictionary's holder (Chrome: the offscreen document), not through the service worker.
  lookup: lookupWord,
  warm: () => dictionaryClient().warm(),
  release: () => dictionaryClient().dispose(),
  putTerm: (term, id) => callBackground('putUserTerm', id === undefined ? { term } : { term, id }),
  deleteTerm: (id) => callBackground('deleteUserTerm', { id }),
  glossaryMatches: (text) => callBackground('glossaryMatches', { text }),
};

type HighlightRegistry = { set(name: string, h: unknown): void; delete(name: string): void };
type HighlightCtor = new (...ranges: Range[]) => unknown;

function highlightApi(win: Window): { registry: HighlightRegistry; Highlight: HighlightCtor } | null {
  const w = win as unknown as { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightCtor };
  return w.CSS?.highlights && w.Highlight ? { registry: w.CSS.highlights, Highlight: w.Highlight } : null;
}

interface Shown {
  node: Text;
  offset: number;
  range: Range;
  run: TextRun;
  result: LookupResult;
}

export function createHover(doc: Document, deps: HoverDeps = backgroundDeps): HoverController {
  const win = doc.defaultView ?? window;
  let enabled = false;
  let host: HTMLElement | null = null;
  let frame: HTMLElement | null = null;
  let busy = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let point: { x: number; y: number } | null = null;
  let current: Shown | null = null;
  let history: TextPosition[] = [];
  let form: HoverCardForm | null = null;
  let status: string | undefined;
  let sequence = 0;
  let sheet: CSSStyleSheet | null = null;
  const settings: {
    delay: number;
    modifier: HoverModifier;
    reading: ReadingStyle;
    colours: boolean;
    underline: boolean;
    fontSize: number;
  } = { delay: 0, modifier: 'none', reading: 'pinyin', colours: false, underline: false, fontSize: 14 };
  const unwatch: (() => void)[] = [];
  let stopTaps: (() => void) | undefined;

  const mount = (): HTMLElement => {
    if (frame) return frame;
    ({ host, frame } = createShadowHost(
      doc,
      'wenzhai-hover',
      'position: fixed; top: 0; left: 0; z-index: 2147483647; display: block; width: 0; height: 0',
      hoverCardStyles,
    ));
    frame.className = 'frame';
    frame.style.fontSize = `${settings.fontSize}px`; // the card's sizes are in em of this
    frame.hidden = true;
    try {
      sheet = new (win as unknown as { CSSStyleSheet: typeof CSSStyleSheet }).CSSStyleSheet();
      sheet.replaceSync(
        `::highlight(${HIGHLIGHT}) { background-color: rgba(255, 196, 0, 0.45); }
         ::highlight(${UNDERLINE}) { text-decoration: underline dotted 2px rgba(122, 31, 31, 0.85); }`,
      );
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    } catch {
      sheet = null; // highlighting is a nicety; the card still works
    }
    return frame;
  };

  const hide = (): void => {
    current = null;
    form = null;
    status = undefined;
    history = [];
    sequence++;
    if (frame) {
      frame.hidden = true;
      frame.classList.remove('editing');
    }
    highlightApi(win)?.registry.delete(HIGHLIGHT);
  };

  const place = (target: HTMLElement, anchor: DOMRect): void => {
    const placed = placePopup(
      anchor,
      { width: target.offsetWidth, height: target.offsetHeight },
      { width: win.innerWidth, height: win.innerHeight },
    );
    target.style.left = `${placed.left}px`;
    target.style.top = `${placed.top}px`;
  };

  const draw = (): void => {
    if (!current) return;
    const target = mount();
    render(
      HoverCard({
        entries: current.result.entries,
        reading: settings.reading,
        toneColours: settings.colours,
        status,
        form: form ?? undefined,
        onSubmit: (term, id) => void submit(term, id),
        onCancel: hide,
        onDelete: (id) => void remove(id),
      }),
      target,
    );
    target.hidden = false;
    target.lang = currentLocale(); // the card's labels are in the UI language, not the page's
    target.classList.toggle('editing', form !== null);
    place(target, current.range.getBoundingClientRect());
  };

  // Cards reached by key (the caret key, n / b) are read out to screen readers; pointer cards are not.
  let byKey = false;
  const show = (shown: Shown): void => {
    current = shown;
    status = undefined;
    const api = highlightApi(win);
    if (api) api.registry.set(HIGHLIGHT, new api.Highlight(shown.range));
    draw();
    if (byKey)
      announce(mount(), announcement(shown.result, shown.run.text.slice(0, shown.result.matchLength)));
  };

  const lookupAt = async (position: TextPosition): Promise<boolean> => {
    const run = textFrom(position, 16);
    const mine = ++sequence;
    // A worker stopped mid-request may never answer; without a bound the hover would stay busy for good.
    const answer = await withTimeout(deps.lookup(run.text, textBefore(position, 16)), LOOKUP_TIMEOUT_MS, () =>
      fail('unavailable', 'The dictionary did not answer.'),
    );
    if (mine !== sequence || !enabled) return false;
    if (!answer.ok || answer.value.matchLength === 0) {
      hide();
      return false;
    }
    const range = rangeOf(doc, run, answer.value.matchLength);
    if (!range) {
      hide();
      return false;
    }
    show({ node: position.node, offset: position.offset, range, run, result: answer.value });
    return true;
  };

  const inCurrentWord = (node: Text, offset: number): boolean => {
    if (!current) return false;
    return (
      current.range.isPointInRange(node, offset) &&
      !(current.range.endContainer === node && current.range.endOffset === offset)
    );
  };

  const update = async (): Promise<void> => {
    timer = undefined;
    if (!enabled || !point || form) return; // while the form is open the card stays put
    const position = characterAt(doc, point.x, point.y);
    if (!position || position.node.parentElement?.closest('[data-wenzhai-ui]')) return hide();
    const ch = position.node.data.codePointAt(position.offset);
    if (ch === undefined || !HAN.test(String.fromCodePoint(ch))) return hide();
    // Moving along the word already shown changes nothing: no flicker, no new message.
    if (inCurrentWord(position.node, position.offset)) return;
    history = [];
    await lookupAt(position);
  };

  const onMove = (event: MouseEvent): void => {
    if (!event.isTrusted) return; // the page can synthesise events; only the user's pointer counts
    byKey = false;
    if (!modifierHeld(event, settings.modifier)) return;
    point = { x: event.clientX, y: event.clientY };
    if (settings.delay > 0) {
      clearTimeout(timer);
      timer = setTimeout(() => void update(), settings.delay);
    } else void drain();
  };

  // No delay: look up at once (Chrome already delivers mousemove once per frame), one lookup in flight at
  // a time; moves that arrive meanwhile are folded into one more pass with the latest point.
  let again = false;
  const drain = async (): Promise<void> => {
    if (busy) {
      again = true;
      return;
    }
    busy = true;
    try {
      do {
        again = false;
        await update();
      } while (again);
    } finally {
      busy = false;
    }
  };

  const firstEntry = (): DictEntry | undefined => current?.result.entries[0];

  const submit = async (term: UserTermInput, id?: number): Promise<void> => {
    const answer = await deps.putTerm(term, id);
    if (!form) return;
    if (!answer.ok) {
      form = { ...form, initial: term, error: t('saveFailed', { message: answer.error.message }) };
      draw();
      return;
    }
    form = null;
    status = t('savedWord');
    if (current) await lookupAt({ node: current.node, offset: current.offset }); // show the new term
    status = t('savedWord');
    draw();
  };

  const remove = async (id: number): Promise<void> => {
    await deps.deleteTerm(id);
    form = null;
    if (current) await lookupAt({ node: current.node, offset: current.offset });
    status = t('userTermDeleted');
    draw();
  };

  const act = async (action: ReturnType<typeof hoverKeyAction>): Promise<void> => {
    if (!current) return;
    const entry = firstEntry();
    const word = entry ? current.run.text.slice(0, current.result.matchLength) : '';
    switch (action) {
      case 'close':
        hide();
        return;
      case 'next': {
        const next = positionInRun(current.run, current.result.matchLength);
        if (!next) return;
        const from = { node: current.node, offset: current.offset };
        if (await lookupAt(next)) history.push(from);
        return;
      }
      case 'previous': {
        const back =
          history.pop() ?? (current.offset > 0 ? { node: current.node, offset: current.offset - 1 } : null);
        if (back) await lookupAt(back);
        return;
      }
      case 'copy':
        if (!entry) return;
        try {
          await win.navigator.clipboard.writeText(word);
          status = t('copied');
        } catch (error) {
          status = t('saveFailed', { message: error instanceof Error ? error.message : String(error) });
        }
        draw();
        return;
      case 'save': {
        if (!entry) return;
        // "Save word" keeps the entry as shown in the user's glossary (their word list), one key press.
        const answer = await deps.putTerm({
          term: word,
          pinyin: entry.pinyin,
          definition: entry.definitions.slice(0, 3).join('; ').slice(0, 1000) || word,
          note: '',
        });
        status = answer.ok ? t('savedWord') : t('saveFailed', { message: answer.error.message });
        draw();
        return;
      }
      case 'add': {
        const mine = entry?.source === 'user' ? entry : undefined;
        form = {
          initial: {
            term: word,
            pinyin: entry?.pinyin ?? '',
            definition: mine ? (mine.definitions[0] ?? '') : '',
            note: mine ? (mine.definitions[1] ?? '') : '',
          },
          id: mine?.userId,
        };
        draw();
        return;
      }
      default:
    }
  };

  // The word at the caret or selection start, by key (caret-position.ts reads the selection, never sets it).
  const caretLookup = async (): Promise<boolean> => {
    byKey = true;
    history = [];
    const position = caretCharacter(doc, win.getSelection());
    const shown = position ? await lookupAt(position) : false;
    if (!shown && !current) announce(mount(), t('hoverNoWordAtCaret'));
    return shown;
  };

  const onKey = (event: KeyboardEvent): void => {
    if (!event.isTrusted) return;
    if (isCaretKey(event) && !form && !isEditable(doc.activeElement)) {
      event.preventDefault();
      event.stopPropagation();
      void caretLookup();
      return;
    }
    if (!current) return;
    // Keys typed into our own form are the form's (it handles Enter and Esc itself).
    if (host && event.composedPath().includes(host)) return;
    const action = hoverKeyAction(event);
    if (action === 'close') {
      hide(); // Esc always closes, also while the page has focus in a field; the page still gets the key
      return;
    }
    if (!action || form || isEditable(doc.activeElement)) return; // letters typed on the page are the page's
    event.preventDefault();
    event.stopPropagation();
    byKey = true;
    void act(action);
  };
  // Scrolling moves the word: the card follows it (no flicker), and closes once the word leaves the view.
  const onScroll = (): void => {
    if (!current || !frame || frame.hidden) return;
    const rect = current.range.getBoundingClientRect();
    if (rect.bottom < 0 || rect.top > win.innerHeight || (rect.width === 0 && rect.height === 0)) {
      if (!form) hide();
      return;
    }
    place(frame, rect);
  };

  const underline = async (): Promise<void> => {
    const api = highlightApi(win);
    if (!api) return;
    if (!enabled || !settings.underline) {
      api.registry.delete(UNDERLINE);
      return;
    }
    const article = detectArticle(doc, doc.location?.href ?? '');
    const root = articleRoot(doc, article.isArticle ? article.paragraphs : []);
    if (!root) return;
    const collected = collectText(root, MAX_UNDERLINE_TEXT, (el) => el.closest('[data-wenzhai-ui]') !== null);
    const answer = await deps.glossaryMatches(collected.text);
    if (!answer.ok || !enabled || !settings.underline) return;
    mount();
    api.registry.set(UNDERLINE, new api.Highlight(...rangesFor(doc, collected, answer.value)));
  };

  // Settings are read once and followed while the page is open.
  const follow = <T>(
    item: { getValue(): Promise<T>; watch(cb: (v: T) => void): () => void },
    apply: (v: T) => void,
  ) => {
    void item.getValue().then(apply, () => undefined);
    try {
      unwatch.push(item.watch((v) => apply(v)));
    } catch {
      // storage unavailable (tests without a browser): defaults stay
    }
  };
  follow(hoverDelay, (v) => {
    settings.delay = Math.max(0, Math.min(2000, Number(v) || 0));
  });
  follow(hoverModifier, (v) => {
    settings.modifier = v === 'shift' || v === 'alt' ? v : 'none';
  });
  follow(readingStyle, (v) => {
    settings.reading = v === 'zhuyin' || v === 'both' ? v : 'pinyin';
    draw();
  });
  follow(toneColours, (v) => {
    settings.colours = v === true;
    draw();
  });
  follow(hoverFontSize, (v) => {
    settings.fontSize = normalizeFontSize(v);
    if (frame) frame.style.fontSize = `${settings.fontSize}px`;
    draw();
  });
  // A language switch in the options redraws an open card with the new labels (issue 7).
  unwatch.push(onLocaleChange(() => draw()));
  follow(underlineGlossary, (v) => {
    settings.underline = v === true;
    void underline();
  });

  return {
    setEnabled(next) {
      if (next === enabled) return;
      enabled = next;
      if (enabled) {
        deps.warm?.();
        win.addEventListener('mousemove', onMove, { capture: true, passive: true });
        win.addEventListener('keydown', onKey, { capture: true });
        win.addEventListener('scroll', onScroll, { capture: true, passive: true });
        // Touch screens (Firefox for Android): a tap on a word shows its card, whatever the modifier.
        stopTaps = listenForTaps(win, (tapped) => {
          byKey = false;
          point = tapped;
          void drain();
        });
      } else {
        stopTaps?.();
        stopTaps = undefined;
        win.removeEventListener('mousemove', onMove, { capture: true });
        win.removeEventListener('keydown', onKey, { capture: true });
        win.removeEventListener('scroll', onScroll, { capture: true });
        clearTimeout(timer);
        hide();
      }
      void underline();
    },
    isEnabled: () => enabled,
    openAtCaret() {
      // The shortcut reaches us also while the user types in a field: the caret there is theirs.
      if (isEditable(doc.activeElement)) return Promise.resolve(false);
      if (!enabled) this.setEnabled(true); // asking for a card by key is asking for the hover glossary
      return caretLookup();
    },
    dispose() {
      this.setEnabled(false);
      deps.release?.();
      for (const stop of unwatch.splice(0)) stop();
      host?.remove();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      host = frame = null;
    },
  };
}
