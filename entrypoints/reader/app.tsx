import { type RefObject, render } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderArticle, type ReaderArticleView } from '../../components/ReaderArticle';
import { ReaderControls } from '../../components/ReaderControls';
import { ReaderSelectionSave } from '../../components/ReaderSelectionSave';
import { convertHtml } from '../../lib/clippings/display';
import { errorOf } from '../../lib/dispatch/failure';
import { useConverterEngine } from '../../lib/extension-pages/use-converter-engine';
import { createHover } from '../../lib/hover/dom';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/i18n/errors';
import { initLocale } from '../../lib/i18n/init';
import { useLocale } from '../../lib/i18n/use-locale';
import {
  appendSections,
  blocksHtmlPieces,
  chunkBlocks,
  trackRenderedSections,
} from '../../lib/reader/chunks';
import { readerSource } from '../../lib/reader/open';
import {
  articleClasses,
  articleStyle,
  normalisePrefs,
  type ReaderPrefs,
  readerPrefs,
} from '../../lib/reader/prefs';
import { annotateInSlices, hanTextNodesInSlices, yieldToEventLoop } from '../../lib/reader/ruby';
import { sanitizeReaderHtml } from '../../lib/reader/sanitize';
import { hoverByDefault, traditionalTarget } from '../../lib/settings';
import type { ConverterEngine } from '../../lib/tab/converter-registry';
import type { ClippingInput, Target } from '../../lib/types';
import { annotateComputeMs, articleAsked, marks, workerAnnotator } from './early';
import { useRubyScope } from './scope';
import { useSelectionSave } from './selection';
import { useReaderSpeech } from './speech';
import { createSwitchHold } from './switch-hold';

/** Tokens, for the bench and the tests (test hook below). */
const annotator = workerAnnotator.tokens;
/** The ruby's HTML, for the page's writes. */
const rubyAnnotator = async (texts: string[]) => {
  const html = await workerAnnotator.html(texts);
  marks.firstBatch ??= performance.now();
  return html;
};

marks.app = performance.now();
let viewCount = 0;
// Test hook (end-to-end tests read the speech marks); compiled out of release builds.
if (__WENZHAI_TEST_HOOKS__)
  Object.assign(globalThis, { wenzhaiReader: { marks, annotator, annotateComputeMs } });

const prefsAsked = readerPrefs.getValue();

function langOf(prefs: ReaderPrefs, article: ClippingInput): string {
  if (prefs.script === 'hans') return 'zh-Hans';
  if (prefs.script === 'hant') return 'zh-Hant';
  return article.script === 'zh-Hant' ? 'zh-Hant' : 'zh-Hans';
}

/** Text characters rendered with the page (a 10,000-character article is rendered whole); the rest of
 *  a longer article follows in sections of about REST_CHARS, each sanitised and inserted in its own
 *  slice (sanitising and inserting 200,000 characters at once was a 90–160 ms task). */
const HEAD_CHARS = 12_000;
/** A longer article's first piece: its sanitising and first render were 70–110 ms at 12,000 characters
 *  (a 200,000-character article), far more than a screen needs. */
const LONG_HEAD_CHARS = 4000;
const REST_CHARS = 1500;
/** Characters of ruby written where the browser renders them (on or near the screen) before a frame is
 *  let through: each costs the frame ~5 boxes of style and layout, and 600 characters at once (the
 *  first screen) made a 40–70 ms frame, 1,300 (a 200,000-character article's head) a 133 ms one. 300 kept
 *  frames smaller under load but made the last ruby of 10,000 characters ~50–75 ms later. */
const RENDERED_CHARS = 400;

type ReaderView = ReaderArticleView & {
  key: number;
  /** The body's pieces after the first (unsanitised; cut as they are taken, once) and how each
   *  becomes safe HTML to insert. */
  rest: Iterable<string>;
  restHtml: (piece: string) => string;
};

/** `first`, then what `others` has left. */
function* restOf(first: string, others: Iterator<string, void>): Generator<string, void, undefined> {
  yield first;
  for (let next = others.next(); !next.done; next = others.next()) yield next.value;
}

/** The text shown: sanitised again at display, then converted to the chosen script (null while the
 *  converter it needs is still loading). */
function viewOf(
  article: ClippingInput,
  prefs: ReaderPrefs,
  script: ReaderPrefs['script'],
  engine: ConverterEngine | null,
  traditional: Target,
): ReaderView | null {
  if (script !== 'original' && !engine) return null;
  const convert = engine
    ? engine.createTextConverter('auto', script === 'hans' ? 'cn' : traditional, article.script)
    : (s: string) => s;
  const show = script === 'original' ? (s: string) => s : convert;
  const fromTab = readerSource(location.search)?.kind === 'tab';
  const toHtml = (piece: string): string => {
    const clean = sanitizeReaderHtml(piece, window, fromTab) ?? '';
    return script === 'original' ? clean : convertHtml(document, clean, show);
  };
  const pieces = article.html
    ? blocksHtmlPieces(document, article.html, LONG_HEAD_CHARS, REST_CHARS, HEAD_CHARS)
    : null;
  const head = pieces?.next().value ?? '';
  const second = pieces?.next();
  const rest: Iterable<string> = pieces && second && !second.done ? restOf(second.value, pieces) : [];
  const html = toHtml(head);
  const paragraphs =
    html || !(second?.done ?? true) ? null : article.text.split(/\n+/).map((p) => `<p>${escapeHtml(p)}</p>`);
  return {
    key: ++viewCount,
    title: show(article.title),
    byline: article.byline ? show(article.byline) : null,
    published: article.published,
    site: article.site,
    url: article.url,
    html: paragraphs ? convertHtml(document, paragraphs.join(''), show) : html,
    lang: langOf(prefs, article),
    rest,
    restHtml: toHtml,
  };
}

/** The app's name, a link to the clippings, and a status while ruby is being added. */
function ReaderHeader({ annotating }: { annotating: boolean }) {
  return (
    <header class="reader-bar">
      <span class="brand">{t('appName')}</span>
      <a href={browser.runtime.getURL('/clippings.html')}>{t('readerOpenClippings')}</a>
      {annotating ? (
        <span class="status" role="status">
          {t('readerAnnotating')}
        </span>
      ) : null}
    </header>
  );
}

/** The ruby of the text shown: its blocks grouped into sections before the first paint, then the
 *  ruby written after every (re)mount of the text (a newer text cancels the older pass). `annotated`
 *  counts finished passes. */
function useRuby(
  textRef: RefObject<HTMLDivElement | null>,
  view: ReaderView | null,
  setError: (message: string) => void,
): { annotated: number; annotating: boolean } {
  const [annotated, setAnnotated] = useState(0);
  const [annotating, setAnnotating] = useState(false);
  const pass = useRef(0);
  // Before the first paint of a new text: its blocks in sections that skip rendering off screen, and the
  // first screen's readings asked for, so the worker reads them while the page lays out and paints.
  useLayoutEffect(() => {
    const root = textRef.current;
    const body = root?.querySelector('.reader-body');
    if (!view || !root || !body) return;
    chunkBlocks(body);
    const mine = ++pass.current;
    const cancelled = () => mine !== pass.current;
    marks.rendered = performance.now();
    setAnnotating(true);
    // The ruby of what is rendered (the first screen first) while the rest of a long article is
    // inserted, section by section; then the ruby of those sections.
    const sections = trackRenderedSections(root);
    const paced = { rendered: sections.rendered, renderedChars: RENDERED_CHARS };
    const head = annotateInSlices(root, rubyAnnotator, {
      ...paced,
      cancelled,
      onFirstBatch: () => {
        marks.firstScreen ??= performance.now();
      },
    });
    // After the first paint: inserting the rest of a long article is not the first screen's work.
    const inserted = yieldToEventLoop().then(() =>
      appendSections(body, view.rest, view.restHtml, { cancelled, yieldNow: yieldToEventLoop }),
    );
    const all = async (): Promise<number> => {
      const [words, added] = await Promise.all([head, inserted]);
      if (words < 0 || !added) return -1;
      if (added.length === 0) return words;
      const nodes = await hanTextNodesInSlices(added, yieldToEventLoop);
      const more = await annotateInSlices(root, rubyAnnotator, {
        ...paced,
        cancelled,
        nodes,
        firstBatchChars: 3000,
      });
      return more < 0 ? -1 : words + more;
    };
    void all()
      .finally(() => sections.dispose())
      .then(
        (words) => {
          if (words < 0) return;
          marks.annotated = performance.now();
          setAnnotated(mine);
          setAnnotating(false);
        },
        (e: unknown) => setError(errorText(errorOf(e))),
      );
  }, [view]);
  return { annotated, annotating };
}

function Reader() {
  useLocale();
  const [article, setArticle] = useState<ClippingInput | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [prefs, setPrefs] = useState<ReaderPrefs | null>(null);
  const [traditional, setTraditional] = useState<Target>('tw');
  const textRef = useRef<HTMLDivElement>(null);
  const hover = useMemo(() => createHover(document), []);

  useEffect(() => {
    void prefsAsked.then((p) => setPrefs(normalisePrefs(p)));
    void traditionalTarget.getValue().then(setTraditional);
    void hoverByDefault.getValue().then((on) => hover.setEnabled(on));
    articleAsked.then(
      (a) => setArticle(a),
      (e: unknown) => setError(errorText(errorOf(e))),
    );
    return () => hover.dispose();
  }, [hover]);

  const change = useCallback((part: Partial<ReaderPrefs>) => {
    setPrefs((p) => {
      const next = normalisePrefs({ ...(p ?? {}), ...part });
      void readerPrefs.setValue(next);
      return next;
    });
  }, []);

  // A switch of readings restyles the screen in the next frame, the sections off screen after it.
  const hold = useMemo(createSwitchHold, []);
  const rubyShown = useRef(prefs?.ruby);
  rubyShown.current = prefs?.ruby;
  const onControls = useCallback(
    (part: Partial<ReaderPrefs>) => {
      const shown = rubyShown.current;
      if (part.ruby && shown) hold(textRef.current, shown, part.ruby);
      change(part);
    },
    [change, hold],
  );

  const script = prefs?.script ?? 'original';
  const engine = useConverterEngine(script !== 'original', setError);

  // The text shown: sanitised again at display, then converted to the chosen script.
  const view = useMemo(
    () => (article && prefs ? viewOf(article, prefs, script, engine, traditional) : null),
    [article, script, engine, traditional, prefs !== null],
  );

  const { annotated, annotating } = useRuby(textRef, view, setError);

  useRubyScope(textRef, annotated, prefs, marks);
  const selection = useSelectionSave(textRef, article, view?.lang ?? 'zh-Hans');
  const speech = useReaderSpeech({ textRef, article, annotated, prefs, traditional, change });

  if (error) return <p class="notice">{t('error', { message: error })}</p>;
  if (article === null) return <p class="notice">{t('readerNoSource')}</p>;
  if (!prefs || !view) return <p class="notice">{t('readerLoading')}</p>;
  document.documentElement.dataset.theme = prefs.theme;
  return (
    <div class="reader-page">
      <ReaderHeader annotating={annotating} />
      <aside class="reader-side">
        <ReaderControls prefs={prefs} onChange={onControls} />
        {speech}
      </aside>
      <main>
        <ReaderArticle
          key={view.key}
          article={view}
          classes={articleClasses(prefs)}
          style={articleStyle(prefs)}
          textRef={textRef}
        />
      </main>
      <ReaderSelectionSave state={selection.state} onSave={selection.save} />
    </div>
  );
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

void initLocale({ document }).finally(() => {
  document.title = `${t('readerTitle')} · ${t('appName')}`;
  render(<Reader />, document.getElementById('app')!);
});
