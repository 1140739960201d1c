// Screen readers hear the card opened by key: a polite live region beside the card in our closed shadow
// root. Focus never moves into the card (that would move the user's caret and selection), so the live
// region is how the card reaches assistive technology.
import { t } from '../i18n';
import type { LookupResult } from '../types';

/** What is read out for a card: the word as shown on the page, its reading and first meanings. */
export function announcement(result: LookupResult, word: string): string {
  const entry = result.entries[0];
  if (!entry || result.matchLength === 0) return t('hoverNoWordAtCaret');
  const other = entry.traditional === word ? entry.simplified : entry.traditional;
  return t('hoverAnnounce', {
    word: other && other !== word ? `${word} (${other})` : word,
    pinyin: entry.pinyin,
    meaning: entry.definitions.slice(0, 3).join('; '),
  });
}

const LIVE = 'data-wenzhai-live';

/** Says `text` through a live region next to `frame` (created on first use). The text is cleared and set
 *  again a moment later, so the same word twice is announced twice. */
export function announce(frame: HTMLElement, text: string): void {
  const parent = frame.parentNode;
  if (!parent) return;
  const doc = frame.ownerDocument;
  let region = Array.from(parent.childNodes).find(
    (n): n is HTMLElement => n.nodeType === 1 && (n as Element).hasAttribute(LIVE),
  );
  if (!region) {
    region = doc.createElement('div');
    region.setAttribute(LIVE, '');
    region.setAttribute('role', 'status');
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    // Visually hidden but in the accessibility tree (display: none would silence it).
    region.style.cssText =
      'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';
    parent.appendChild(region);
  }
  const target = region;
  target.textContent = '';
  (doc.defaultView ?? globalThis).setTimeout(() => {
    target.textContent = text;
  }, 30);
}
