// DOMPurify with a reading-only allow-list: structure and emphasis stay; scripts, styles, forms, frames,
// images and other things that load from the network or run do not (nothing leaves the device, and
// a saved page must never act when it is shown).
import DOMPurify from 'dompurify';

/** Tags a saved clipping keeps (the reader's list starts from it, lib/reader/sanitize.ts). */
export const ALLOWED_TAGS: readonly string[] = [
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
  'ruby',
  'rt',
  'rp',
  'rb',
  'a',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
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
export const ALLOWED_ATTR: readonly string[] = [
  'href',
  'lang',
  'dir',
  'title',
  'datetime',
  'colspan',
  'rowspan',
];

/** Sanitised HTML, or null where no DOM is available (a service worker); callers decide what then. */
export function sanitizeHtml(html: string, win?: Window): string | null {
  if (!html) return '';
  const purify = win ? DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]) : DOMPurify;
  if (!purify.isSupported) return null;
  return purify.sanitize(html, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR],
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i,
    RETURN_TRUSTED_TYPE: false,
  }) as string;
}
