// The reader's HTML allow-list: the clippings page's reading-only list (lib/clippings/sanitize.ts) plus,
// for an article read from the open tab, its images and table captions. Those images are ones the tab has
// just loaded from the same site; they are fetched without a referrer, lazily, and only http(s). A saved
// clipping never stores images, so none appear for it.
import DOMPurify from 'dompurify';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../clippings/sanitize';

// The page's own ruby is left out: the reader writes its readings over the words itself.
const PAGE_RUBY = new Set(['ruby', 'rt', 'rp', 'rb']);
const TAGS = [...ALLOWED_TAGS.filter((tag) => !PAGE_RUBY.has(tag)), 'caption', 'tfoot'];
const ATTRS = [...ALLOWED_ATTR];
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
