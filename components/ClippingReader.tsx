import { useEffect, useState } from 'preact/hooks';
import { highlightSegments, parseTags } from '../lib/clippings/display';
import { t } from '../lib/i18n';
import type { Clipping } from '../lib/types';

export type ScriptChoice = 'original' | 'hans' | 'hant';

export interface ClippingReaderProps {
  clipping: Clipping;
  /** Converts text to the chosen script (identity for "original"). */
  show: (text: string) => string;
  /** Sanitised (again, at display) and converted body HTML, or null to show the text. */
  html: string | null;
  script: ScriptChoice;
  notice: string | null;
  onScript: (choice: ScriptChoice) => void;
  onSaveAnnotations: (note: string, tags: string[]) => void;
  onDelete: () => void;
  onExportMarkdown: () => void;
  onBack: () => void;
}

/** Back, the script choice and the actions on this clipping. */
function ReaderBar(props: ClippingReaderProps) {
  const choices: [ScriptChoice, string][] = [
    ['original', t('scriptOriginal')],
    ['hans', t('scriptToSimplified')],
    ['hant', t('scriptToTraditional')],
  ];
  return (
    <nav class="reader-bar">
      <button type="button" class="link" onClick={props.onBack}>
        ← {t('back')}
      </button>
      <span class="group">
        {t('showInScript')}:
        {choices.map(([value, label]) => (
          <button
            key={value}
            type="button"
            aria-pressed={props.script === value}
            onClick={() => props.onScript(value)}
          >
            {label}
          </button>
        ))}
      </span>
      <button type="button" onClick={props.onExportMarkdown}>
        {t('exportMarkdownOne')}
      </button>
      {/* The reader view (issue 18): same extension origin, so a relative link. */}
      <a href={`/reader.html?clipping=${props.clipping.id}`} data-testid="read-clipping">
        {t('readArticle')}
      </a>
      <button type="button" class="danger" onClick={props.onDelete}>
        {t('deleteClipping')}
      </button>
    </nav>
  );
}

/** The sanitised body HTML when there is one, else the text as paragraphs. */
function ClippingBody(props: { html: string | null; text: string }) {
  return props.html !== null ? (
    // Sanitised with DOMPurify when stored and again just before this render (entrypoints/clippings).
    <div class="body" dangerouslySetInnerHTML={{ __html: props.html }} />
  ) : (
    <div class="body">
      {props.text.split(/\n+/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </div>
  );
}

/** A clean reading view of one clipping, in the script the reader chooses, with its note and tags.
 *  (The hover glossary does not run here yet.) */
export function ClippingReader(props: ClippingReaderProps) {
  const { clipping, show } = props;
  const [note, setNote] = useState(clipping.note);
  const [tags, setTags] = useState(clipping.tags.join(', '));
  useEffect(() => {
    setNote(clipping.note);
    setTags(clipping.tags.join(', '));
  }, [clipping.id, clipping.updatedAt]);
  const lang = props.script === 'hans' ? 'zh-Hans' : props.script === 'hant' ? 'zh-Hant' : clipping.script;
  const exact = clipping.anchor?.exact.trim() ?? clipping.text;
  return (
    <article class="reader" lang={lang} data-testid="clipping-reader">
      <ReaderBar {...props} />
      <h1>{show(clipping.title)}</h1>
      <p class="meta">
        {[clipping.site, clipping.byline, clipping.published?.slice(0, 10)].filter(Boolean).join(' · ')}
      </p>
      <p class="meta">
        {t('source')}:{' '}
        <a href={clipping.url} target="_blank" rel="noreferrer noopener">
          {clipping.url}
        </a>
      </p>
      {clipping.kind === 'selection' && clipping.sentence && clipping.sentence !== exact && (
        <blockquote class="context" aria-label={t('contextLabel')}>
          {highlightSegments(show(clipping.sentence), [show(exact)]).map((s, i) =>
            s.hit ? <mark key={i}>{s.text}</mark> : s.text,
          )}
        </blockquote>
      )}
      <ClippingBody html={props.html} text={show(clipping.text)} />
      <form
        class="annotations"
        onSubmit={(e) => {
          e.preventDefault();
          props.onSaveAnnotations(note, parseTags(tags));
        }}
      >
        <label>
          {t('noteLabel')}
          <textarea
            value={note}
            rows={4}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </label>
        <label>
          {t('tagsLabel')}
          <input
            type="text"
            value={tags}
            onInput={(e) => setTags((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">{t('saveAnnotations')}</button>
        <span role="status" class="notice">
          {props.notice ?? ''}
        </span>
      </form>
    </article>
  );
}
