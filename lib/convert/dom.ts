// Page conversion: rewrites text nodes, a few attributes, the title and `lang` in place, and can put
// every byte back. Works on any Document (live page in the content script, happy-dom in Node), so it
// uses nodeType numbers and the document's own window instead of globals like Node/MutationObserver.
import { splitConverted, splitPieces } from './split';
import type { TextConverter } from './text';

export { splitConverted };

export interface PageConverterOptions {
  /** Subtree to convert; defaults to the document's <body> (or <html> when there is no body). */
  root?: Element;
  /** Extra elements to leave alone (with their subtrees); our own UI host is always skipped. */
  skip?: (el: Element) => boolean;
}

export interface PageConverter {
  /** Converts the root from the original text; resolves to the number of text nodes changed. */
  convert(convertFn: TextConverter, lang: string): Promise<number>;
  /** Keeps converting text that appears or changes later (batched, within ~100 ms). */
  observe(convertFn: TextConverter): void;
  /** Stops observing and writes every original value back. */
  restore(): void;
  isConverted(): boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Elements whose text is code, user input, or not prose; their whole subtree is left alone. */
const SKIP_TAGS = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE CODE PRE KBD SAMP TEXTAREA INPUT SELECT SVG MATH IFRAME OBJECT HEAD'.split(
    ' ',
  ),
);

/** Elements that end a run of text: block-level boxes, plus inline things whose text must not be
 *  glued to its neighbours (line breaks, ruby annotations, buttons). Unknown/custom elements count as
 *  inline, which is what browsers do by default. */
const BOUNDARY_TAGS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE BODY BR BUTTON CAPTION DD DETAILS DIALOG DIV DL DT FIELDSET ' +
    'FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HGROUP HR HTML IMG LEGEND LI MAIN MENU NAV ' +
    'OL OPTION P RP RT SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL VIDEO AUDIO'
  ).split(' '),
);

/** Form fields: contents never converted, label attributes are. */
const FIELD_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

const ATTRIBUTES = ['alt', 'title', 'placeholder', 'aria-label'] as const;

/** Characters from CJK radicals up (BMP ideographs, compatibility ideographs, surrogates for
 *  extension B+). Text without any of them converts to itself, so it is never touched. */
const MAYBE_HAN = /[\u2e80-\u9fff\uf900-\ufaff\ud840-\ud8bf]/;

/** Longest run converted as one string: keeps each step of the time slice short even on pages that
 *  put a whole article in one inline-only container. Runs are cut only between text nodes. */
const MAX_RUN = 2000;
/** Work per task before yielding: with a run of at most MAX_RUN characters after it, a task stays
 *  under the 50 ms long-task line, and yields (which cost a frame in Chromium) stay rare. */
const SLICE_MS = 30;
/** Delay before converting observed changes: batches bursts of insertions (infinite scroll). */
const OBSERVE_DELAY_MS = 50;

const isUiHost = (el: Element): boolean => el.hasAttribute('data-wenzhai-ui');

function tagOf(el: Element): string {
  return el.tagName.toUpperCase();
}

function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createPageConverter(doc: Document, options: PageConverterOptions = {}): PageConverter {
  const root: Element = options.root ?? doc.body ?? doc.documentElement;
  const userSkip = options.skip;

  // Originals live here, not on the nodes, so the page's DOM (and innerHTML) never shows our state.
  // `written` remembers what we last wrote: a node whose value differs was changed by the page, and
  // its current value becomes the new original.
  const textOriginal = new WeakMap<Text, string>();
  const textWritten = new WeakMap<Text, string>();
  const touchedText = new Set<Text>();
  const attrOriginal = new Map<Element, Map<string, { original: string; written: string }>>();
  const langOriginal = new Map<Element, string | null>();
  let titleState: { original: string; written: string } | null = null;

  let converted = false;
  let generation = 0;
  let currentFn: TextConverter | null = null;
  let currentLang: string | null = null;
  let observer: MutationObserver | null = null;
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;

  const isSkipped = (el: Element): boolean =>
    SKIP_TAGS.has(tagOf(el)) ||
    isUiHost(el) ||
    (el.hasAttribute('contenteditable') && el.getAttribute('contenteditable') !== 'false') ||
    (userSkip?.(el) ?? false);

  /** True when `node` lies in a skipped subtree or outside the root. */
  function isExcluded(node: Node): boolean {
    if (!root.contains(node)) return true;
    for (let n: Node | null = node; n && n !== root; n = n.parentNode) {
      if (n.nodeType === ELEMENT_NODE && isSkipped(n as Element)) return true;
    }
    return false;
  }

  /** The original (unconverted) value of a text node. */
  function sourceOf(node: Text): string {
    const data = node.data;
    const written = textWritten.get(node);
    if (written === undefined) return data;
    if (written === data) return textOriginal.get(node) ?? data;
    // The page replaced our value since we wrote it: its text is the new original.
    textWritten.delete(node);
    textOriginal.delete(node);
    return data;
  }

  /** Writes a converted value; true when the node's text actually changed. */
  function writeText(node: Text, value: string): boolean {
    const original = sourceOf(node);
    if (!textWritten.has(node)) textOriginal.set(node, original);
    touchedText.add(node);
    // Recorded before writing so the observer recognises the resulting mutation record as ours.
    textWritten.set(node, value);
    if (node.data === value) return false;
    node.data = value;
    return true;
  }

  function convertAttributes(el: Element, fn: TextConverter): void {
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (value === null) continue;
      let attrs = attrOriginal.get(el);
      let state = attrs?.get(name);
      if (!state || state.written !== value) {
        state = { original: value, written: value };
        if (!attrs) {
          attrs = new Map();
          attrOriginal.set(el, attrs);
        }
        attrs.set(name, state);
      }
      if (!MAYBE_HAN.test(state.original)) continue;
      state.written = fn(state.original);
      if (value !== state.written) el.setAttribute(name, state.written);
    }
    const lang = el.getAttribute('lang');
    if (currentLang && lang && /^(zh|cmn|yue)\b/i.test(lang) && el !== doc.documentElement) {
      if (!langOriginal.has(el)) langOriginal.set(el, lang);
      if (lang !== currentLang) el.setAttribute('lang', currentLang);
    }
  }

  /** Yields runs of text nodes that read as one string, in document order, walking `scope`'s
   *  subtree; elements met on the way get their attributes converted. */
  function* runs(scope: Element, fn: TextConverter): Generator<Text[]> {
    let run: Text[] = [];
    let len = 0;
    const take = (): Text[] => {
      const r = run;
      run = [];
      len = 0;
      return r;
    };
    let node: Node | null = scope.firstChild;
    while (node) {
      let descend = false;
      if (node.nodeType === TEXT_NODE) {
        const text = node as Text;
        const source = sourceOf(text);
        if (MAYBE_HAN.test(source)) {
          if (len + source.length > MAX_RUN && run.length) yield take();
          run.push(text);
          len += source.length;
        } else if (run.length) {
          // Non-Han text inside a run (spaces, Latin, digits) stays in it: dropping it would glue the
          // Han text on either side into one false phrase (头 abc 发 must not become 頭髮).
          run.push(text);
          len += source.length;
        }
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        const skipped = isSkipped(el);
        if (skipped || BOUNDARY_TAGS.has(tagOf(el))) {
          if (run.length) yield take();
        }
        if (!skipped) {
          convertAttributes(el, fn);
          descend = el.firstChild !== null;
        } else if (FIELD_TAGS.has(tagOf(el)) && !isUiHost(el) && !(userSkip?.(el) ?? false)) {
          // A field's value is the user's; its placeholder/title/aria-label are the page's labels.
          convertAttributes(el, fn);
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      while (node && node !== scope && !node.nextSibling) {
        node = node.parentNode;
        if (
          node &&
          node !== scope &&
          node.nodeType === ELEMENT_NODE &&
          BOUNDARY_TAGS.has(tagOf(node as Element))
        ) {
          if (run.length) yield take();
        }
      }
      node = node && node !== scope ? node.nextSibling : null;
    }
    if (run.length) yield take();
  }

  /** Converts one run; returns how many text nodes changed. */
  function convertRun(run: Text[], fn: TextConverter): number {
    const parts = run.map(sourceOf);
    const joined = parts.join('');
    // Word-aware converters say which span became which output: cuts fall between or inside words
    // exactly. Others (plain OpenCC) are split by re-converting prefixes.
    const pieces = fn.pieces
      ? splitPieces(parts, fn.pieces(joined), fn)
      : splitConverted(parts, fn(joined), fn);
    let changed = 0;
    run.forEach((node, i) => {
      if (writeText(node, pieces[i]!)) changed++;
    });
    return changed;
  }

  /** Converts `scope`'s subtree in time slices; stops early when a newer pass or restore() starts. */
  async function convertScope(scope: Element, fn: TextConverter, gen: number): Promise<number> {
    let changed = 0;
    let sliceStart = performance.now();
    for (const run of runs(scope, fn)) {
      changed += convertRun(run, fn);
      if (performance.now() - sliceStart > SLICE_MS) {
        await yieldToPage();
        if (gen !== generation) return changed;
        sliceStart = performance.now();
      }
    }
    return changed;
  }

  function convertTitle(fn: TextConverter): void {
    if (root !== doc.body && root !== doc.documentElement) return;
    const title = doc.title;
    if (!titleState || titleState.written !== title) titleState = { original: title, written: title };
    if (!MAYBE_HAN.test(titleState.original)) return;
    titleState.written = fn(titleState.original);
    if (title !== titleState.written) doc.title = titleState.written;
  }

  function setHtmlLang(lang: string): void {
    const html = doc.documentElement;
    if (!langOriginal.has(html)) langOriginal.set(html, html.getAttribute('lang'));
    if (html.getAttribute('lang') !== lang) html.setAttribute('lang', lang);
  }

  async function convert(convertFn: TextConverter, lang: string): Promise<number> {
    const gen = ++generation;
    currentFn = convertFn;
    currentLang = lang;
    converted = true;
    setHtmlLang(lang);
    convertTitle(convertFn);
    return convertScope(root, convertFn, gen);
  }

  /** Innermost element around `node` that bounds a run, so late text is converted with its context. */
  function scopeFor(node: Node): Element {
    let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
    while (n && n !== root) {
      if (n.nodeType === ELEMENT_NODE && BOUNDARY_TAGS.has(tagOf(n as Element))) return n as Element;
      n = n.parentNode;
    }
    return root;
  }

  async function flushPending(): Promise<void> {
    timer = null;
    const fn = currentFn;
    if (!fn) return;
    const nodes = pending;
    pending = new Set();
    const scopes = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected || isExcluded(node)) continue;
      scopes.add(scopeFor(node));
    }
    // Drop scopes nested in another scope of the batch: the outer walk covers them.
    const outer = [...scopes].filter((s) => ![...scopes].some((o) => o !== s && o.contains(s)));
    const gen = generation;
    for (const scope of outer) {
      await convertScope(scope, fn, gen);
      if (gen !== generation) return;
    }
  }

  function onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        // Our own writes: the node still holds exactly what we wrote.
        if (textWritten.get(text) === text.data) continue;
        pending.add(text);
      } else {
        for (const node of record.addedNodes) {
          if (node.nodeType === TEXT_NODE && textWritten.get(node as Text) === (node as Text).data) continue;
          if (node.nodeType === TEXT_NODE || node.nodeType === ELEMENT_NODE) pending.add(node);
        }
      }
    }
    if (pending.size && timer === null) timer = setTimeout(() => void flushPending(), OBSERVE_DELAY_MS);
  }

  function observe(convertFn: TextConverter): void {
    currentFn = convertFn;
    if (observer) return;
    const MO =
      (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ??
      globalThis.MutationObserver;
    observer = new MO(onMutations);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  }

  function restore(): void {
    generation++;
    observer?.disconnect();
    observer = null;
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = new Set();
    currentFn = null;
    currentLang = null;
    for (const node of touchedText) {
      // A value the page replaced since our write is the page's, not ours to put back.
      if (node.data === textWritten.get(node)) node.data = textOriginal.get(node) ?? node.data;
      textWritten.delete(node);
      textOriginal.delete(node);
    }
    touchedText.clear();
    for (const [el, attrs] of attrOriginal) {
      for (const [name, state] of attrs) {
        if (el.getAttribute(name) === state.written && state.written !== state.original) {
          el.setAttribute(name, state.original);
        }
      }
    }
    attrOriginal.clear();
    for (const [el, lang] of langOriginal) {
      if (lang === null) el.removeAttribute('lang');
      else el.setAttribute('lang', lang);
    }
    langOriginal.clear();
    if (titleState && doc.title === titleState.written && titleState.written !== titleState.original) {
      doc.title = titleState.original;
    }
    titleState = null;
    converted = false;
  }

  return { convert, observe, restore, isConverted: () => converted };
}
