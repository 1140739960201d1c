import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { ReadingStyle } from '../../lib/settings';
import type { DictEntry } from '../../lib/types';
import { HoverCard, hoverCardStyles } from '../HoverCard';

// A sample entry, as CC-CEDICT would give it: dictionary data, not UI text (definitions are English in
// every UI language).
const SAMPLE: DictEntry[] = [
  {
    simplified: '新闻',
    traditional: '新聞',
    pinyin: 'xīn wén',
    definitions: ['news', 'CL:條|条[tiao2],個|个[ge4]'],
    source: 'cedict',
  },
];

// The card's own stylesheet, laid out in the flow instead of floating over a page.
const PREVIEW_CSS = `${hoverCardStyles}
.frame { position: static; max-height: none; box-shadow: none; }`;

export interface HoverPreviewProps {
  reading: ReadingStyle;
  toneColours: boolean;
  fontSize: number;
}

/** The real hover card, drawn with the current Popup settings, so a change shows before any page is
 *  hovered. It sits in its own shadow root with the card's stylesheet, as on a page. */
export function HoverPreview({ reading, toneColours, fontSize }: HoverPreviewProps) {
  const host = useRef<HTMLDivElement>(null);
  const frame = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    const el = host.current;
    if (!el || frame.current) return;
    const root = el.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = PREVIEW_CSS;
    const div = document.createElement('div');
    div.className = 'frame';
    root.append(style, div);
    frame.current = div;
  }, []);
  useEffect(() => {
    const div = frame.current;
    if (!div) return;
    div.style.fontSize = `${fontSize}px`;
    render(<HoverCard entries={SAMPLE} reading={reading} toneColours={toneColours} />, div);
  });
  return (
    <figure class="hover-preview">
      <figcaption>{t('hoverPreviewLabel')}</figcaption>
      <div ref={host} data-testid="hover-preview" />
    </figure>
  );
}
