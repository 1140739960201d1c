// The reader's HTML allow-list: the clippings page's reading-only list (lib/clippings/sanitize.ts) plus,
// for an article read from the open tab, its images and table captions. Those images are ones the tab has
// just loaded from the same site; they are fetched without a referrer, lazily, and only http(s). A saved
// clipping never stores images, so none appear for it.
import DOMPurify from 'dompurify';

const TAGS = [
  'p',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'ul',
  'ol',
  'li',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'q',
  'cite',
  'code',
  'pre',
  'a',
  'figure',
  'figcaption',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'hr',
  'span',
  'div',
  'section',
  'article',
  'time',
  'abbr',
  'dl',
  'dt',
  'dd',
];
const ATTRS = ['href', 'lang', 'dir', 'title', 'datetime', 'colspan', 'rowspan'];
const IMAGE_ATTRS = ['src', 'alt', 'width', 'height'];

/** Sanitised HTML for the reader; null where no DOM is available. */
export function sanitizeReaderHtml(html: string, win: Window, images: boolean): string | null {
  if (!html) return '';
  const purify = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  if (!purify.isSupported) return null;
  const fragment = purify.sanitize(html, {
    ALLOWED_TAGS: images ? [...TAGS, 'img'] : TAGS,
    ALLOWED_ATTR: images ? [...ATTRS, ...IMAGE_ATTRS] : ATTRS,
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  for (const img of fragment.querySelectorAll('img')) {
    img.setAttribute('referrerpolicy', 'no-referrer');
    img.setAttribute('loading', 'lazy');
    if (!img.hasAttribute('alt')) img.setAttribute('alt', '');
  }
  for (const a of fragment.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noreferrer noopener');
  }
  const box = win.document.createElement('div');
  box.append(fragment);
  return box.innerHTML;
}
