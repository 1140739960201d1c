// Saving from the page, and the toast that confirms it: a closed shadow root at the bottom of the
// viewport with Undo. The toast never takes focus or touches the user's selection (pointer-down is
// cancelled, so clicking Undo does not collapse a selection either).
import { h, render } from 'preact';
import { ClippingToast, clippingToastStyles, type ToastState } from '../../components/ClippingToast';
import { MessageError } from '../../lib/dispatch/failure';
import { createGuardedHost, type GuardedHost } from '../../lib/hover/host';
import { currentLocale, onLocaleChange } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/errors';
import type { Result } from '../../lib/messages';
import { canonicalUrlOf, captureRange } from '../../lib/page-text/anchor';
import { shownScriptOf } from '../../lib/tab/controller';
import type { ClippingInput, TabState } from '../../lib/types';

const SHOW_MS = 8000;
/** The frame is a top-layer popover: its UA box (centred, bordered, Canvas background) undone, bottom centre. */
const FRAME_CSS = `.frame { position: fixed; inset: auto 0 20px 0; margin: 0 auto; width: fit-content;
  height: fit-content; border: 0; padding: 0; background: transparent; overflow: visible; color: inherit; }`;

export interface ClipSaverDeps {
  saveClipping: (input: ClippingInput) => Promise<Result<{ id: number; updated: boolean }>>;
  undoSave: (id: number) => Promise<Result<{ undone: boolean }>>;
  /** Metadata for a selection's clipping (title, site, script…), from the article detector. */
  pageInfo: () => Omit<ClippingInput, 'kind' | 'text' | 'url'>;
  /** The selection's HTML made safe to store (the sanitizer is loaded on first save: clipper.js). */
  sanitizeHtml: (html: string, win: Window) => Promise<string | null>;
  /** Called after a save or an undo lands (the revisit highlighter refreshes). */
  changed: () => void;
}

export interface ClipSaver {
  save(input: ClippingInput): Promise<{ id: number; updated: boolean }>;
  saveSelection(): Promise<{ id: number; updated: boolean }>;
  dispose(): void;
}

export function createClipSaver(doc: Document, deps: ClipSaverDeps): ClipSaver {
  const win = doc.defaultView ?? window;
  let guarded: GuardedHost | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Draws the toast on screen again (null while hidden): a language switch relabels it in place.
  let redraw: (() => void) | null = null;
  const stopLocale = onLocaleChange(() => redraw?.());

  const hide = (): void => {
    clearTimeout(timer);
    redraw = null;
    if (guarded) {
      render(null, guarded.frame);
      guarded.hide();
    }
  };

  const show = (state: ToastState): void => {
    if (!guarded) {
      // The host is a zero-size anchor at the bottom centre; the toast (a top-layer popover) is placed by
      // its own styles, so no page transform or overlay can hide it.
      guarded = createGuardedHost(doc, {
        kind: 'toast',
        hostStyle: 'position: fixed; bottom: 0; left: 0; width: 0; height: 0; z-index: 2147483647',
        css: `${clippingToastStyles}\n${FRAME_CSS}`,
      });
      // Keep the page's selection: a press on the toast must not move it.
      guarded.frame.className = 'frame';
      guarded.frame.addEventListener('mousedown', (e) => e.preventDefault());
    }
    const { frame } = guarded;
    guarded.show();
    clearTimeout(timer);
    // Synthetic clicks from the page are ignored: only the user may Undo.
    const onUndo = (event: MouseEvent): void => {
      if (!event.isTrusted || (state.kind !== 'saved' && state.kind !== 'updated')) return;
      void deps.undoSave(state.id).then(
        (answer) => {
          show(answer.ok && answer.value.undone ? { kind: 'undone' } : { kind: 'tooLate' });
          deps.changed();
        },
        () => show({ kind: 'tooLate' }), // the runtime went away: never an unhandled rejection
      );
    };
    const onClose = (event: MouseEvent): void => {
      if (event.isTrusted) hide();
    };
    redraw = () => {
      frame.lang = currentLocale(); // the toast speaks the UI language, not the page's
      render(h(ClippingToast, { state, onUndo, onClose }), frame);
    };
    redraw();
    timer = setTimeout(hide, SHOW_MS);
  };

  const save = async (input: ClippingInput): Promise<{ id: number; updated: boolean }> => {
    const html = input.html ? ((await deps.sanitizeHtml(input.html, win)) ?? '') : '';
    const answer = await deps.saveClipping({ ...input, html, canonicalUrl: canonicalUrlOf(doc) });
    if (!answer.ok) {
      show({ kind: 'failed', message: errorText(answer.error) });
      throw MessageError.of(answer.error);
    }
    show({ kind: answer.value.updated ? 'updated' : 'saved', id: answer.value.id });
    deps.changed();
    return answer.value;
  };

  const saveSelection = async (): Promise<{ id: number; updated: boolean }> => {
    const selection = win.getSelection();
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const captured = range && !range.collapsed ? captureRange(doc, range) : null;
    if (!captured) {
      show({ kind: 'noSelection' });
      throw new MessageError('failed', 'no-selection');
    }
    return save({
      ...deps.pageInfo(),
      url: win.location.href,
      kind: 'selection',
      // The text exactly as the browser reads the selection: the anchor's page index counts a block
      // boundary and the whitespace between blocks separately, which put "\n\n\n" at paragraph breaks.
      text: selection?.toString() || captured.anchor.exact.trim(),
      html: '',
      anchor: captured.anchor,
      sentence: captured.sentence,
    });
  };

  return {
    save,
    saveSelection,
    dispose() {
      stopLocale();
      hide();
      guarded?.remove();
      guarded = null;
    },
  };
}

/** A selection's clipping metadata from the tab state. Its script is what the page shows now (the
 *  selection's text is taken as displayed, converted or not). */
export function selectionInfo(state: TabState, doc: Document): Omit<ClippingInput, 'kind' | 'text' | 'url'> {
  const shown = shownScriptOf(state.script, state.convertedTo);
  return {
    title: state.article.title || doc.title,
    site: state.article.site,
    byline: state.article.byline,
    published: state.article.published,
    script: shown,
    shownScript: shown,
  };
}
