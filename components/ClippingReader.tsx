import { t } from '../lib/i18n';
import type { Clipping } from '../lib/types';

export interface ClippingReaderProps {
  clipping: Clipping;
  onBack: () => void;
}

/** A clean reading view of one clipping: text only, as plain paragraphs (page text is data, not markup). */
export function ClippingReader({ clipping, onBack }: ClippingReaderProps) {
  return (
    <article class="reader" lang={clipping.script} data-testid="clipping-reader">
      <button type="button" class="link" onClick={onBack}>
        ← {t('back')}
      </button>
      <h1>{clipping.title}</h1>
      <p class="meta">
        {[clipping.site, clipping.byline, clipping.published?.slice(0, 10)].filter(Boolean).join(' · ')}
      </p>
      <p class="meta">
        {t('source')}:{' '}
        <a href={clipping.url} target="_blank" rel="noreferrer noopener">
          {clipping.url}
        </a>
      </p>
      {clipping.text.split(/\n+/).map((paragraph, i) => (
        <p key={i}>{paragraph}</p>
      ))}
    </article>
  );
}
