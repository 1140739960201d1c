import type { Ref } from 'preact';
import { t } from '../lib/i18n';

export interface ReaderArticleView {
  title: string;
  byline: string | null;
  published: string | null;
  site: string | null;
  url: string;
  /** Sanitised body HTML in the script chosen. */
  html: string;
  /** BCP 47 tag of the text shown (zh-Hans / zh-Hant). */
  lang: string;
}

export interface ReaderArticleProps {
  article: ReaderArticleView;
  /** Classes and custom properties from the preferences (readings, tones, font, size). */
  classes: string;
  style: Record<string, string>;
  /** The element whose text gets the ruby (title and body). */
  textRef: Ref<HTMLDivElement>;
}

const dateOf = (iso: string | null): string | null => (iso ? iso.slice(0, 10) : null);

/** The article: title, byline, date, site, body. The ruby is written into `textRef` afterwards
 *  (lib/reader/ruby.ts); the parent remounts this (key) when the text changes. */
export function ReaderArticle({ article, classes, style, textRef }: ReaderArticleProps) {
  const meta = [article.byline, dateOf(article.published), article.site].filter(Boolean).join(' · ');
  return (
    <article
      class={`reader-article ${classes}`}
      style={style}
      lang={article.lang}
      data-testid="reader-article"
    >
      <div ref={textRef} class="reader-text">
        <h1 class="reader-title">{article.title}</h1>
        {meta ? <p class="reader-meta">{meta}</p> : null}
        {/* Sanitised with DOMPurify (lib/reader/sanitize.ts) just before this render. */}
        <div class="reader-body" dangerouslySetInnerHTML={{ __html: article.html }} />
      </div>
      <p class="reader-source">
        <a href={article.url} target="_blank" rel="noreferrer">
          {t('readerOriginalPage')}
        </a>
      </p>
    </article>
  );
}
