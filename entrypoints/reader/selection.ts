// "Save selection" wiring for the reader page: follows the page's selection, and saves a selection
// clipping through the background's saveClipping (the same path as on any page: validated, sanitised,
// deduplicated there).
import type { RefObject } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { SelectionSaveState } from '../../components/ReaderSelectionSave';
import { callBackground } from '../../lib/client';
import { errorText } from '../../lib/i18n/errors';
import { captureRange } from '../../lib/page-text/anchor';
import { rangeInside, selectionClipping } from '../../lib/reader/selection';
import type { ClippingInput } from '../../lib/types';

const SAVED_MS = 4000;

export function useSelectionSave(
  textRef: RefObject<HTMLDivElement | null>,
  article: ClippingInput | null | undefined,
  script: string,
): { state: SelectionSaveState; save: () => void } {
  const [state, setState] = useState<SelectionSaveState>({ kind: 'hidden' });
  const busy = useRef(false);

  useEffect(() => {
    const follow = () => {
      if (busy.current) return;
      const range = rangeInside(document.getSelection(), textRef.current);
      setState((was) => {
        if (range) return was.kind === 'offer' ? was : { kind: 'offer' };
        // A "saved" or "failed" note stays until its timer ends.
        return was.kind === 'offer' ? { kind: 'hidden' } : was;
      });
    };
    document.addEventListener('selectionchange', follow);
    return () => document.removeEventListener('selectionchange', follow);
  }, [textRef]);

  const save = useCallback(() => {
    const range = rangeInside(document.getSelection(), textRef.current);
    const capture = range ? captureRange(document, range) : null;
    if (!article || !capture) return;
    busy.current = true;
    setState({ kind: 'saving' });
    void callBackground('saveClipping', selectionClipping(article, capture, script)).then((answer) => {
      busy.current = false;
      setState(answer.ok ? { kind: 'saved' } : { kind: 'failed', message: errorText(answer.error) });
      setTimeout(
        () => setState((s) => (s.kind === 'saved' || s.kind === 'failed' ? { kind: 'hidden' } : s)),
        SAVED_MS,
      );
    });
  }, [article, script]);

  return { state, save };
}
