// The content script's decisions, separated from browser wiring: what the tab state is, how to convert,
// restore, toggle hover and save. Dependencies are injected so this runs on happy-dom in tests.
import { otherCjkLanguage } from '../convert/language';
import { detectScript } from '../convert/script';
import { MessageError } from '../dispatch/failure';
import { isEmptyParams, isObject, isTarget } from '../dispatch/validate';
import type { ContentApi } from '../protocol/api';
import type { HandlerMap } from '../protocol/handler';
import type { Article, ClippingInput, TabState, Target } from '../types';
import type { ConverterEngine } from './converter-registry';
import { pageTextSample } from './page-sample';

export interface PageConverterLike {
  convert(convertFn: (text: string) => string, lang: string): Promise<number>;
  observe(convertFn: (text: string) => string): void;
  restore(): Promise<void>;
}

export interface ContentDeps {
  document: Document;
  url: () => string;
  detect: (document: Document, url: string) => Article;
  /** The same detection in slices that let the page run between them (the content script's); the
   *  handlers use it when given, `detect` stays for a synchronous answer. */
  detectSliced?: (document: Document, url: string) => Promise<Article>;
  /** Detection that may wait (bounded) for a client-rendered body; getState uses it when given. */
  detectSettled?: (document: Document, url: string) => Promise<Article>;
  pageConverter: PageConverterLike;
  loadEngine: () => Promise<ConverterEngine>;
  langForTarget: (target: Target) => string;
  save: (input: ClippingInput) => Promise<{ id: number; updated: boolean }>;
  setHover: (enabled: boolean) => void;
  hoverEnabled: () => boolean;
  /** Saves the user's selection with its anchor (entrypoints/content/toast.ts); absent in some tests. */
  saveSelection?: () => Promise<{ id: number; updated: boolean }>;
  /** Opens the hover card at the caret (keyboard users, issue 7); absent in some tests. */
  hoverAtCaret?: () => Promise<boolean>;
}

export interface ContentController {
  handlers: HandlerMap<ContentApi>;
  state(): TabState;
}

/** The script the page shows: converted to a target, or its own. */
export function shownScriptOf(script: string, convertedTo: Target | null): string {
  return convertedTo === null ? script : convertedTo === 'cn' ? 'zh-Hans' : 'zh-Hant';
}

export function articleText(article: Article): string {
  return article.paragraphs.join('\n\n');
}

/** The detected article as a clipping would store it (saved, or shown by the reader page). */
function articleClipping(a: Article, url: string): ClippingInput {
  return {
    url,
    title: a.title,
    site: a.site,
    byline: a.byline,
    published: a.published,
    kind: 'article',
    text: articleText(a),
    script: a.lang,
    html: a.html,
  };
}

/** What the popup shows of the detected article. */
function articleSummary(a: Article): TabState['article'] {
  return {
    isArticle: a.isArticle,
    title: a.title,
    byline: a.byline,
    published: a.published,
    site: a.site,
    length: articleText(a).replace(/\s+/g, '').length,
  };
}

function tabState(deps: ContentDeps, a: Article, script: string, convertedTo: Target | null): TabState {
  return {
    url: deps.url(),
    article: articleSummary(a),
    script,
    convertedTo,
    hoverEnabled: deps.hoverEnabled(),
  };
}

const isStateParams = (p: unknown): p is { refresh?: boolean; quick?: boolean } =>
  isObject(p) &&
  (p.refresh === undefined || typeof p.refresh === 'boolean') &&
  (p.quick === undefined || typeof p.quick === 'boolean');
const isConvertParams = (p: unknown): p is { target: Target; confirm?: boolean } =>
  isObject(p) && isTarget(p.target) && (p.confirm === undefined || typeof p.confirm === 'boolean');

/** Converts the page to `target`, always from the original text (switching targets never compounds),
 *  and keeps converting what the page adds later. */
async function convertPage(deps: ContentDeps, target: Target, script: string): Promise<void> {
  const engine = await deps.loadEngine();
  await engine.prepare?.('auto', target, script);
  const convertFn = engine.createTextConverter('auto', target, script);
  await deps.pageConverter.convert(convertFn, deps.langForTarget(target));
  deps.pageConverter.observe(convertFn);
}

/** The handlers that only pass through to the hover and the clip saver. */
function hoverAndSelectionHandlers(
  deps: ContentDeps,
  state: () => TabState,
): Pick<HandlerMap<ContentApi>, 'setHover' | 'saveSelection' | 'hoverAtCaret'> {
  return {
    setHover: {
      access: 'any',
      validate: (p): p is { enabled: boolean } => isObject(p) && typeof p.enabled === 'boolean',
      run: ({ enabled }) => {
        deps.setHover(enabled);
        return state();
      },
    },
    saveSelection: {
      access: 'any',
      validate: isEmptyParams,
      run: () => {
        if (!deps.saveSelection) throw new MessageError('unavailable', 'selection-unavailable');
        return deps.saveSelection();
      },
    },
    hoverAtCaret: {
      access: 'any',
      validate: isEmptyParams,
      run: async () => ({ shown: deps.hoverAtCaret ? await deps.hoverAtCaret() : false }),
    },
  };
}

/** The handlers that hand the detected article out: to the reader, or saved as a clipping. */
function articleHandlers(
  deps: ContentDeps,
  articleNow: () => Promise<Article>,
  shownScript: () => string,
): Pick<HandlerMap<ContentApi>, 'readerArticle' | 'saveArticle'> {
  return {
    readerArticle: {
      access: 'any',
      validate: isEmptyParams,
      run: async () => {
        const a = await articleNow();
        if (!a.isArticle) throw new MessageError('failed', 'no-article');
        return articleClipping(a, deps.url());
      },
    },
    saveArticle: {
      access: 'any',
      validate: isEmptyParams,
      run: async () => {
        const a = await articleNow();
        if (!a.isArticle) throw new MessageError('failed', 'no-article');
        // Saved in the page's original script; opened in the one the user was reading.
        return deps.save({ ...articleClipping(a, deps.url()), shownScript: shownScript() });
      },
    },
  };
}

export function createContentController(deps: ContentDeps): ContentController {
  let article: Article | null = null;
  let convertedTo: Target | null = null;
  let script = 'other';
  /** Japanese or Korean text (left alone unless the user confirms converting this page). */
  let otherLanguage: 'ja' | 'ko' | null = null;
  let confirmed = false;
  // A quick answer (no waiting) that found no article while a settled detection could still find one.
  let provisional = false;

  // Detection reads the page as it was before we converted it; converting does not change what is saved.
  const currentArticle = (refresh = false, detected?: Article): Article => {
    if (detected || !article || (refresh && convertedTo === null)) {
      article = detected ?? deps.detect(deps.document, deps.url());
      const sample = article.isArticle ? articleText(article) : pageTextSample(deps.document.body);
      script = detectScript(sample).script;
      otherLanguage = otherCjkLanguage(sample);
    }
    return article;
  };

  // One sliced detection at a time: a second request while one runs waits for the same answer.
  let detecting: Promise<Article> | null = null;
  const articleNow = async (refresh = false): Promise<Article> => {
    if (article && !(refresh && convertedTo === null)) return article;
    if (!deps.detectSliced) return currentArticle(refresh);
    detecting ??= deps.detectSliced(deps.document, deps.url()).finally(() => {
      detecting = null;
    });
    return currentArticle(true, await detecting);
  };

  const state = (): TabState => ({
    ...tabState(deps, currentArticle(), script, convertedTo),
    otherLanguage,
    conversionConfirmed: confirmed,
    ...(provisional ? { detecting: true } : {}),
  });

  const handlers: HandlerMap<ContentApi> = {
    getState: {
      access: 'any',
      validate: isStateParams,
      run: async ({ refresh, quick }) => {
        // `quick`: detect once, now, so the popup shows its controls without waiting for a page that
        // never goes quiet; it asks again without `quick` for the settled answer.
        if (quick === true) {
          await articleNow(refresh === true);
          provisional = deps.detectSettled !== undefined && !article?.isArticle && convertedTo === null;
          return state();
        }
        const again = !article || ((provisional || refresh === true) && convertedTo === null);
        if (again && deps.detectSettled)
          currentArticle(true, await deps.detectSettled(deps.document, deps.url()));
        else await articleNow(refresh === true);
        provisional = false;
        return state();
      },
    },
    convert: {
      access: 'any',
      validate: isConvertParams,
      run: async ({ target, confirm }) => {
        await articleNow();
        // A Japanese or Korean page: no command, site rule or default converts it, only the user's
        // confirmation in the popup (remembered for this page).
        if (otherLanguage && !confirmed) {
          if (confirm !== true) return state();
          confirmed = true;
        }
        await convertPage(deps, target, script);
        convertedTo = target;
        return state();
      },
    },
    restore: {
      access: 'any',
      validate: isEmptyParams,
      run: async () => {
        await deps.pageConverter.restore();
        convertedTo = null;
        return state();
      },
    },
    ...hoverAndSelectionHandlers(deps, state),
    ...articleHandlers(deps, articleNow, () => shownScriptOf(script, convertedTo)),
  };

  return { handlers, state };
}
