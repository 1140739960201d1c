// The page converter's labels: the alt, title, placeholder and aria-label attributes, the document
// title and `lang` attributes — converted and put back like the text, originals kept here.
import type { TextConverter } from '../text/text';
import { BOUNDARY_TAGS, ELEMENT_NODE, MAYBE_HAN, tagOf } from './dom-walk';

export { MAYBE_HAN };

const ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'] as const;

interface Written {
  original: string;
  written: string;
}

export class PageLabels {
  private readonly attrOriginal = new Map<Element, Map<string, Written>>();
  private readonly langOriginal = new Map<Element, string | null>();
  private titleState: Written | null = null;
  /** The parent of the last text node markBlock saw (consecutive writes share their block). */
  private lastParent: Node | null = null;
  private lastLang: string | null = null;
  /** The `lang` of the current conversion, given to Chinese-tagged elements on the way. */
  lang: string | null = null;
  /** A big page: the language is declared on each block written (markBlock), not on <html>. */
  perBlock = false;

  constructor(
    private readonly doc: Document,
    private readonly root: Element,
  ) {}

  /** Converts the label attributes `el` has (`names`: its attribute names, when the caller has
   *  them already) and retags a Chinese `lang`. */
  convertAttributes(el: Element, fn: TextConverter, names?: readonly string[]): void {
    // Most elements have no attributes at all: one call instead of five lookups.
    if (!names && !el.hasAttributes()) return;
    for (const name of ATTRIBUTES) {
      if (names && !names.includes(name)) continue;
      const value = el.getAttribute(name);
      if (value === null) continue;
      let attrs = this.attrOriginal.get(el);
      let state = attrs?.get(name);
      if (!state || state.written !== value) {
        state = { original: value, written: value };
        if (!attrs) {
          attrs = new Map();
          this.attrOriginal.set(el, attrs);
        }
        attrs.set(name, state);
      }
      if (!MAYBE_HAN.test(state.original)) continue;
      state.written = fn(state.original);
      if (value !== state.written) el.setAttribute(name, state.written);
    }
    if (!this.lang || (names && !names.includes('lang'))) return;
    const lang = el.getAttribute('lang');
    if (lang && /^(zh|cmn|yue)\b/i.test(lang) && el !== this.doc.documentElement) {
      if (!this.langOriginal.has(el)) this.langOriginal.set(el, lang);
      if (lang !== this.lang) el.setAttribute('lang', this.lang);
    }
  }

  convertTitle(fn: TextConverter): void {
    const { doc, root } = this;
    if (root !== doc.body && root !== doc.documentElement) return;
    // Only a <title> in <head> (where parsers put it): document.title searches the whole document
    // when there is none, which on a big page in happy-dom alone took half a second.
    if (!doc.head?.querySelector('title')) return;
    const title = doc.title;
    if (!this.titleState || this.titleState.written !== title)
      this.titleState = { original: title, written: title };
    if (!MAYBE_HAN.test(this.titleState.original)) return;
    this.titleState.written = fn(this.titleState.original);
    if (title !== this.titleState.written) doc.title = this.titleState.written;
  }

  /** Declares the conversion's language on the block around a text node just written, for the
   *  right glyphs: the block is laid out again for its new text anyway, whereas a new `lang` on
   *  <html> makes the browser reshape the whole page's text in one task (about 2 s on a
   *  1M-character page). Text right under <body> (or a shadow root) is left to <html>'s. */
  markBlock(node: Text): void {
    const lang = this.lang;
    const parent = node.parentNode;
    if (!lang || !this.perBlock || (parent === this.lastParent && lang === this.lastLang)) return;
    this.lastParent = parent;
    this.lastLang = lang;
    let el = parent;
    while (el && el.nodeType === ELEMENT_NODE && !BOUNDARY_TAGS.has(tagOf(el as Element))) el = el.parentNode;
    if (!el || el.nodeType !== ELEMENT_NODE) return;
    const tag = tagOf(el as Element);
    if (tag === 'BODY' || tag === 'HTML') return;
    const block = el as Element;
    const current = block.getAttribute('lang');
    if (current === lang) return;
    if (!this.langOriginal.has(block)) this.langOriginal.set(block, current);
    block.setAttribute('lang', lang);
  }

  setHtmlLang(lang: string): void {
    const html = this.doc.documentElement;
    if (!this.langOriginal.has(html)) this.langOriginal.set(html, html.getAttribute('lang'));
    if (html.getAttribute('lang') !== lang) html.setAttribute('lang', lang);
  }

  /** Puts every original back (a value the page has changed since stays the page's); with a
   *  `deadline`, the attributes only until then (a big page has tens of thousands of titled links):
   *  false when some are left for another call. */
  restore(deadline = Number.POSITIVE_INFINITY): boolean {
    this.lang = null;
    let n = 0;
    // Entries are deleted as they are put back, so a later call goes on where this one stopped.
    for (const [el, attrs] of this.attrOriginal) {
      for (const [name, state] of attrs) {
        if (el.getAttribute(name) === state.written && state.written !== state.original) {
          el.setAttribute(name, state.original);
        }
      }
      this.attrOriginal.delete(el);
      if ((++n & 63) === 0 && performance.now() > deadline) return false;
    }
    this.lastParent = null;
    for (const [el, lang] of this.langOriginal) {
      if (lang === null) el.removeAttribute('lang');
      else el.setAttribute('lang', lang);
      this.langOriginal.delete(el);
      if ((++n & 63) === 0 && performance.now() > deadline) return false;
    }
    const state = this.titleState;
    if (state && this.doc.title === state.written && state.written !== state.original) {
      this.doc.title = state.original;
    }
    this.titleState = null;
    return true;
  }
}
