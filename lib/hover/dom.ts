// The hover glossary's DOM adapter: pointer, keys and settings become events for the pure transition
// (state.ts); its effects are carried out here (hit-test, ask the dictionary, draw the card, mark the
// word). The words come from the background: the content script never loads the dictionary.
import { onLocaleChange, t } from '../i18n';
import { errorText } from '../i18n/errors';
import { caretCharacter } from '../page-text/caret-position';
import { createMarks, type Marks } from '../page-text/highlights';
import { OWN_UI_ATTRIBUTE } from '../page-text/model';
import { characterAt, HAN, type TextPosition } from '../page-text/text-at-point';
import type { PageInfo } from '../vocabulary/context';
import { announcement } from './announce';
import { cardAt, relatedCard, type Shown } from './card-lookup';
import { isCaretKey } from './caret-command';
import type { HoverDeps } from './deps';
import { type FrameReach, type FrameTools, frameHint, marksPerDocument, TOP_ONLY } from './frame-tools';
import { hoverKeyAction, isEditable } from './keys';
import { loadOnNeed, pageInfoOf, sayOnNeed } from './on-need';
import { pageHoverDeps } from './page-deps';
import { followHoverSettings } from './settings-follow';
import { type Hit, type HoverEffect, type HoverEvent, type HoverState, initialState, step } from './state';
import { deleteTerm, submitTerm } from './term-form';
import { listenForTaps } from './touch';
import { type CardView, createCardView } from './view';
import { runVocabularyEffect } from './vocabulary-effects';

const WORD_STYLE = 'background-color: rgba(255, 196, 0, 0.45);';
const UNDERLINE_STYLE = 'text-decoration: underline dotted 2px rgba(122, 31, 31, 0.85);';

export type { Shown } from './card-lookup';
export type { HoverDeps } from './deps';

export interface HoverController {
  setEnabled(enabled: boolean): void;
  isEnabled(): boolean;
  /** Opens the card for the word at the caret or selection start (keyboard users); turns hover on. */
  openAtCaret(): Promise<boolean>;
  dispose(): void;
}

type Event = HoverEvent<TextPosition, Shown>;

class HoverAdapter {
  private state: HoverState<TextPosition, Shown> = initialState();
  private readonly win: Window;
  private readonly view: CardView;
  /** The hovered word's marks, one set per document (a highlight registry is a document's own). */
  private readonly words = marksPerDocument('word', WORD_STYLE);
  private frames: FrameReach | undefined;
  /** The frame reach, once loaded (a page with frames); TOP_ONLY until then. */
  private tools: FrameTools | null = null;
  private get fx(): Omit<FrameTools, 'reachFrames'> {
    return this.tools ?? TOP_ONLY;
  }
  private readonly underlines: Marks;
  private timer: number | undefined;
  private keyEvent: KeyboardEvent | null = null;
  /** The latest pointer hit was on the shown word (or on the card, reached from it). */
  private stayedOnWord = false;
  private caret: { seq: number; done: (shown: boolean) => void } | null = null;
  private readonly stops: (() => void)[] = [];

  constructor(
    private readonly doc: Document,
    private readonly deps: HoverDeps,
  ) {
    this.win = doc.defaultView ?? window;
    this.view = createCardView(doc);
    this.underlines = createMarks(doc, 'underline', UNDERLINE_STYLE);
    this.stops.push(
      followHoverSettings((patch) => {
        if (patch.fontSize !== undefined) this.view.setFontSize(patch.fontSize);
        this.dispatch({ type: 'settings', patch });
      }),
    );
    // A language switch in the options redraws an open card with the new labels (issue 7).
    this.stops.push(onLocaleChange(() => this.dispatch({ type: 'locale' })));
  }

  dispatch(event: Event): void {
    const out = step(this.state, event);
    this.state = out.state;
    for (const effect of out.effects) {
      try {
        this.run(effect);
      } catch {
        // A DOM call the page broke (a node it removed mid-way): skip the effect, never throw into the
        // page's event dispatch. Every answer still arrives, so the pointer is never left waiting.
      }
    }
  }

  get enabled(): boolean {
    return this.state.enabled;
  }

  private run(effect: HoverEffect<TextPosition>): void {
    switch (effect.type) {
      case 'listen':
        this.listen(effect.on);
        return;
      case 'warm':
        this.deps.warm?.();
        return;
      case 'underline':
        void this.underline().catch(() => undefined);
        return;
      case 'startTimer':
        this.timer = this.win.setTimeout(() => this.dispatch({ type: 'timer' }), effect.ms);
        return;
      case 'cancelTimer':
        this.win.clearTimeout(this.timer);
        return;
      case 'probe':
        this.dispatch({ type: 'probed', hit: this.hitTest(effect.x, effect.y) });
        return;
      case 'probeCaret': {
        const focused = this.fx.focusedDocument(this.doc); // the caret may be in a same-origin frame
        this.dispatch({
          type: 'caretProbed',
          position: caretCharacter(focused, focused.getSelection()),
        });
        return;
      }
      case 'lookup':
        void this.lookup(effect.seq, effect.position);
        return;
      case 'lookupTerm':
        void this.lookupTerm(effect.seq, effect.text);
        return;
      case 'show':
        this.show(effect.announce);
        return;
      case 'draw':
        this.draw();
        return;
      case 'hide':
        this.view.hide();
        this.words.clear();
        return;
      case 'consumeKey':
        this.keyEvent?.preventDefault();
        this.keyEvent?.stopPropagation();
        return;
      default:
        this.runAsync(effect);
        return;
    }
  }

  /** Effects that wait on the clipboard or the background, and the caret's promise. */
  private runAsync(effect: HoverEffect<TextPosition>): void {
    switch (effect.type) {
      case 'copy':
        // No clipboard on an insecure (http) page: that throws at once; a rejection, not an uncaught error.
        // The clipboard of the focused document's window: a frame with the focus may write, the top may not.
        void Promise.resolve(this.fx.focusedDocument(this.doc).defaultView ?? this.win)
          .then((win) => win.navigator.clipboard.writeText(effect.word))
          .then(
            () => this.dispatch({ type: 'status', status: { key: 'copied' } }),
            (error: unknown) => this.dispatch({ type: 'status', status: failed(error) }),
          );
        return;
      case 'saveWord':
      case 'undoSaveWord':
      case 'setWordState':
        runVocabularyEffect(effect, {
          deps: this.deps,
          dispatch: (event) => this.dispatch(event),
          pageInfo: () => this.pageInfo(),
        });
        return;
      case 'announceNoWord':
        this.view.announce(t('hoverNoWordAtCaret'));
        return;
      case 'say':
        void sayOnNeed(this.deps, this.doc, this.state.card, effect.what, () =>
          this.dispatch({ type: 'status', status: { key: 'sayNoVoice' } }),
        );
        return;
      case 'settled':
        if (this.caret?.seq === effect.seq) {
          this.caret.done(effect.shown);
          this.caret = null;
        }
        return;
      default:
    }
  }

  private hitTest(x: number, y: number): Hit<TextPosition> {
    // A pointer that goes from the word onto its card keeps the card, so its buttons can be reached;
    // one arriving from elsewhere looks through the card at the page, as before.
    const stay = this.stayedOnWord && this.view.covers(x, y);
    const hit = stay ? ({ kind: 'same' } as const) : this.hitPage(x, y);
    this.stayedOnWord = hit.kind === 'same';
    return hit;
  }

  private hitPage(x: number, y: number): Hit<TextPosition> {
    // (x, y) is in the top document's viewport; a readable frame under it is looked into.
    const at = this.fx.documentAt(this.doc, x, y);
    const position = characterAt(at.doc, at.x, at.y);
    if (!position || position.node.parentElement?.closest(`[${OWN_UI_ATTRIBUTE}]`)) return { kind: 'none' };
    const ch = position.node.data.codePointAt(position.offset);
    if (ch === undefined || !HAN.test(String.fromCodePoint(ch))) return { kind: 'none' };
    const range = this.state.card?.range;
    const inWord =
      range?.isPointInRange(position.node, position.offset) &&
      !(range.endContainer === position.node && range.endOffset === position.offset);
    return inWord ? { kind: 'same' } : { kind: 'char', position };
  }

  private async lookup(seq: number, position: TextPosition): Promise<void> {
    const doc = position.node.ownerDocument; // the frame's document for a word in a frame
    this.dispatch({ type: 'answer', seq, card: await cardAt(doc, this.deps, position) });
  }

  /** A related term (issue 20): shown where the card is now, so the reader stays on the page's word;
   *  `r` again walks on, Esc closes as ever. Not found (outside this build's glossary): the card stays. */
  private async lookupTerm(seq: number, text: string): Promise<void> {
    const shown = this.state.card;
    this.dispatch({ type: 'answer', seq, card: (await relatedCard(this.deps, shown, text)) ?? shown });
  }

  private show(announce: boolean): void {
    const card = this.state.card;
    if (!card) return;
    const doc = card.range.startContainer.ownerDocument ?? this.doc;
    this.words.set(doc, [card.range]);
    this.draw();
    if (announce)
      this.view.announce(announcement(card.result, card.run.text.slice(0, card.result.matchLength)));
  }

  private draw(): void {
    const { card, form, status, settings } = this.state;
    if (!card) return;
    const text = status
      ? status.key === 'saveFailed'
        ? t('saveFailed', { message: status.message ?? '' })
        : t(status.key)
      : undefined;
    this.view.draw(
      {
        entries: card.result.entries,
        reading: settings.reading,
        toneColours: settings.colours,
        status: text,
        form: form ?? undefined,
        onSubmit: (term, id) => void submitTerm(this.deps, term, id, (event) => this.dispatch(event)),
        onCancel: () => this.dispatch({ type: 'formClosed' }),
        onDelete: (id) => void deleteTerm(this.deps, id, (event) => this.dispatch(event)),
        onSaveWord: card.entry ? () => this.dispatch({ type: 'saveClicked' }) : undefined,
        onUndo: status?.undo ? () => this.dispatch({ type: 'undoClicked' }) : undefined,
        onSay: card.word ? (what) => this.dispatch({ type: 'sayClicked', what }) : undefined,
      },
      this.fx.wordInView(this.doc, card.range) ?? card.range.getBoundingClientRect(),
      form !== null,
    );
  }

  private pageInfo(): PageInfo {
    return pageInfoOf(this.deps, this.win, this.doc);
  }

  private async underline(): Promise<void> {
    const { enabled, settings } = this.state;
    if (!enabled || !settings.underline) return this.underlines.clear();
    const underlineArticle = (await loadOnNeed(this.deps))?.underline;
    const ranges = underlineArticle ? await underlineArticle(this.doc, this.deps.glossaryMatches) : null;
    if (ranges && this.state.enabled && this.state.settings.underline) this.underlines.set(ranges);
  }

  private stopTaps: (() => void) | undefined;

  private readonly onMove = (event: MouseEvent): void => {
    const { isTrusted: trusted, shiftKey, altKey } = event;
    const at = this.fx.pointInTop(this.doc, event.currentTarget, event.clientX, event.clientY);
    if (at) this.dispatch({ type: 'move', x: at.x, y: at.y, trusted, shiftKey, altKey });
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    this.keyEvent = event;
    const doc = this.fx.eventDocument(this.doc, event.currentTarget);
    try {
      this.dispatch({
        type: 'key',
        trusted: event.isTrusted,
        action: hoverKeyAction(event),
        caretKey: isCaretKey(event),
        editable: isEditable(doc.activeElement),
        inOwnUi: this.view.owns(event.composedPath()),
      });
    } finally {
      this.keyEvent = null;
    }
  };

  // Scrolling moves the word: the card follows it (no flicker), and closes once the word leaves the view.
  private readonly onScroll = (): void => {
    const card = this.state.card;
    if (!card || !this.view.isShown()) return;
    const rect = this.fx.wordInView(this.doc, card.range);
    if (rect) this.view.place(rect);
    else this.dispatch({ type: 'wordLeftView' });
  };

  /** The browser's own pointer entering (or load of) a frame element: reach into that frame. */
  private readonly onFrameHint = (event: globalThis.Event): void => {
    const frame = frameHint(event, this.frames !== undefined); // or a closed root's host holding one
    if (frame) void this.reachFrame(frame, event);
  };

  /** Loads the frame reach on first need (lib/hover/frame-tools.ts) and listens in `frame` (null: the
   *  frames of the top document). */
  private async reachFrame(frame: Element | null, event?: globalThis.Event): Promise<void> {
    this.tools ??= (await loadOnNeed(this.deps))?.frames ?? null;
    if (!this.tools || !this.state.enabled) return;
    this.frames ??= this.tools.reachFrames(this.doc, {
      mousemove: this.onMove,
      keydown: this.onKey,
      scroll: this.onScroll,
      tap: (frameWin, point) => {
        const at = this.fx.pointInTop(this.doc, frameWin, point.x, point.y);
        if (at) this.dispatch({ type: 'tap', ...at });
      },
    });
    for (const el of frame ? [frame] : Array.from(this.doc.querySelectorAll('iframe, frame')))
      this.frames.reach(el, event);
  }

  private listen(on: boolean): void {
    const win = this.win;
    this.stopTaps?.();
    this.stopTaps = undefined;
    if (on) {
      // Touch screens (Firefox for Android): a tap on a word shows its card, whatever the modifier.
      this.stopTaps = listenForTaps(win, ({ x, y }) => this.dispatch({ type: 'tap', x, y }));
      win.addEventListener('mousemove', this.onMove, { capture: true, passive: true });
      win.addEventListener('keydown', this.onKey, { capture: true });
      win.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
      win.addEventListener('mouseover', this.onFrameHint, { capture: true, passive: true });
      win.addEventListener('load', this.onFrameHint, { capture: true, passive: true });
      if (this.doc.querySelector('iframe, frame')) void this.reachFrame(null);
    } else {
      win.removeEventListener('mouseover', this.onFrameHint, { capture: true });
      win.removeEventListener('load', this.onFrameHint, { capture: true });
      this.frames?.stop();
      this.frames = undefined;
      win.removeEventListener('mousemove', this.onMove, { capture: true });
      win.removeEventListener('keydown', this.onKey, { capture: true });
      win.removeEventListener('scroll', this.onScroll, { capture: true });
    }
  }

  openAtCaret(): Promise<boolean> {
    // The shortcut reaches us also while the user types in a field: the caret there is theirs.
    if (isEditable(this.fx.focusedDocument(this.doc).activeElement)) return Promise.resolve(false);
    this.dispatch({ type: 'enable' }); // asking for a card by key is asking for the hover glossary
    return new Promise((done) => {
      const before = this.state.sequence;
      this.dispatch({ type: 'caret' });
      const asked = this.state.asked;
      this.caret?.done(false); // an earlier request by key is superseded: it gets no card of its own
      this.caret = null;
      if (asked?.purpose === 'caret' && asked.seq > before) this.caret = { seq: asked.seq, done };
      else done(false);
    });
  }

  dispose(): void {
    this.dispatch({ type: 'disable' });
    this.deps.release?.();
    for (const stop of this.stops.splice(0)) stop();
    this.view.dispose();
    this.words.dispose();
    this.underlines.dispose();
  }
}

/** A thrown error's text is a developer's detail in English: the user reads the generic failure. */
function failed(_error: unknown): { key: 'saveFailed'; message: string } {
  return { key: 'saveFailed', message: errorText(undefined) };
}

/** On an extension's own page; in a tab, createTabHover with loaders (content-script size). */
export function createHover(doc: Document, deps: HoverDeps = pageHoverDeps): HoverController {
  return createTabHover(doc, deps);
}

export function createTabHover(doc: Document, deps: HoverDeps): HoverController {
  const adapter = new HoverAdapter(doc, deps);
  return {
    setEnabled: (enabled) => adapter.dispatch({ type: enabled ? 'enable' : 'disable' }),
    isEnabled: () => adapter.enabled,
    openAtCaret: () => adapter.openAtCaret(),
    dispose: () => adapter.dispose(),
  };
}
