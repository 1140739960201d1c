// Pieces of the clippings page (main.tsx), split out so each stays short (issue 16): the reader of one
// clipping, the notice line, and the hooks that follow the page's settings and window.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { ClippingReader, type ScriptChoice } from '../../components/ClippingReader';
import { type ClippingsDb, storageErrorMessage, updateAnnotations } from '../../lib/clippings/db';
import { convertHtml, openingScript } from '../../lib/clippings/display';
import { exportOneMarkdown } from '../../lib/clippings/files';
import { sanitizeHtml } from '../../lib/clippings/sanitize';
import { useConverterEngine } from '../../lib/extension-pages/use-converter-engine';
import { createHover } from '../../lib/hover/dom';
import { t } from '../../lib/i18n';
import { hoverByDefault, traditionalTarget } from '../../lib/settings';
import type { Clipping, Target } from '../../lib/types';

export interface Notice {
  text: string;
  undo?: Clipping[];
}

/** The last action's message, with an undo button after a delete. */
export function NoticeLine({ notice, onUndo }: { notice: Notice; onUndo: (records: Clipping[]) => void }) {
  return (
    <p class="notice" role="status" data-testid="notice">
      {notice.text}{' '}
      {notice.undo && (
        <button type="button" onClick={() => onUndo(notice.undo!)}>
          {t('undo')}
        </button>
      )}
    </p>
  );
}

/** One clipping in the reader, converted to the chosen script once the engine has loaded; Escape goes
 *  back. Saved annotations are written here and handed to the page (`onSaved`). */
export function OpenClippingView(props: {
  db: ClippingsDb;
  open: Clipping;
  reader: ReaderState;
  onSaved: (next: Clipping) => void;
  onDelete: () => void;
  onBack: () => void;
}) {
  const { open, reader } = props;
  const { script, engine } = reader;
  const convert =
    script === 'original' || !engine
      ? (s: string) => s
      : engine.createTextConverter('auto', script === 'hans' ? 'cn' : reader.traditional, open.script);
  const clean = open.html ? sanitizeHtml(open.html, window) : null; // again, at display
  const html = clean
    ? script === 'original' || !engine
      ? clean
      : convertHtml(document, clean, convert)
    : null;
  return (
    <main onKeyDown={(e) => e.key === 'Escape' && history.back()}>
      <ClippingReader
        clipping={open}
        show={convert}
        html={html}
        script={script}
        notice={reader.notice}
        onScript={reader.setScript}
        onSaveAnnotations={(note, tags) => {
          void updateAnnotations(props.db, open.id, { note, tags }).then(
            (next) => {
              props.onSaved(next);
              reader.setNotice(t('annotationsSaved'));
            },
            (error: unknown) => reader.setNotice(t('error', { message: storageErrorMessage(error) })),
          );
        }}
        onDelete={props.onDelete}
        onExportMarkdown={() => exportOneMarkdown(open)}
        onBack={props.onBack}
      />
    </main>
  );
}

/** The reading view gets the same hover glossary as web pages (lookups go to the background): on
 *  while a clipping is open and the user has it on by default, off on the list. */
export function useHoverWhileOpen(open: Clipping | null): void {
  const hover = useMemo(() => createHover(document), []);
  useEffect(() => {
    if (!open) {
      hover.setEnabled(false);
      return;
    }
    void hoverByDefault.getValue().then((on) => hover.setEnabled(on));
  }, [open, hover]);
}

/** A height that follows the window's (from `measure`). */
export function useWindowHeight(measure: () => number): number {
  const [height, setHeight] = useState(measure);
  useEffect(() => {
    const onResize = () => setHeight(measure());
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return height;
}

/** Asks once for storage the browser will not evict under pressure; false when refused. */
export function usePersistentStorage(): boolean {
  const [persistent, setPersistent] = useState(true);
  useEffect(() => {
    void navigator.storage?.persist?.().then(setPersistent, () => setPersistent(false));
  }, []);
  return persistent;
}

/** The selection with `id` added, or removed when it was there. */
export function toggled(selected: ReadonlySet<number>, id: number): ReadonlySet<number> {
  const next = new Set(selected);
  if (!next.delete(id)) next.add(id);
  return next;
}

/** The Traditional variant the user converts to (read once; Taiwan until read). */
export function useTraditionalTarget(): Target {
  const [traditional, setTraditional] = useState<Target>('tw');
  useEffect(() => {
    void traditionalTarget.getValue().then(setTraditional);
  }, []);
  return traditional;
}

/** What the reader of one clipping keeps: the open clipping, the chosen script, its notice line, and
 *  the converter (loaded when first needed). */
export function useReader() {
  const [open, setOpen] = useState<Clipping | null>(null);
  useHoverWhileOpen(open);
  const [notice, setNotice] = useState<string | null>(null);
  const [script, setScript] = useState<ScriptChoice>('original');
  const traditional = useTraditionalTarget();
  const engine = useConverterEngine(script !== 'original', (message) => setNotice(t('error', { message })));
  /** Opens a clipping (or closes on undefined) in the script the user was reading when saving. */
  const show = (c: Clipping | undefined): void => {
    if (c) setScript(openingScript(c));
    setOpen(c ?? null);
  };
  return { open, setOpen, show, notice, setNotice, script, setScript, traditional, engine };
}

export type ReaderState = ReturnType<typeof useReader>;
