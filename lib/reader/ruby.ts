// Puts readings over the words of an article already in the DOM (the reader page's body), text node by
// text node, in slices so no task blocks the page for long.
//
// Each word becomes one <ruby> with a base/<rt> pair per character. The <rt> elements hold no text: their
// pinyin and zhuyin sit in data attributes and CSS shows one of them as generated content. So switching
// pinyin ⇄ zhuyin ⇄ none is one class on the article (no DOM work), a selection copies only the
// characters, and printing keeps what is on screen.
import { annotate, formatSyllable, isHan, type ReadingModel, type ReadingToken, toneOf } from './readings';

const SKIP = new Set(['SCRIPT', 'STYLE', 'RT', 'RP', 'RUBY', 'CODE', 'PRE', 'TEXTAREA']);

/** Text nodes under `root` that carry Han text, in document order. */
export function hanTextNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: Text[] = [];
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */, {
    acceptNode: (node) => {
      for (let p = node.parentElement; p && p !== root; p = p.parentElement) {
        if (SKIP.has(p.tagName)) return 2; // FILTER_REJECT
      }
      return isHanText((node as Text).data) ? 1 : 2;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** hanTextNodes of each root in turn, yielding every `budget` ms: the sections of a 200,000-character
 *  article walked at once were a 65 ms task. */
export async function hanTextNodesInSlices(
  roots: readonly Node[],
  yieldNow: () => Promise<void>,
  budget = 8,
  now: () => number = () => performance.now(),
): Promise<Text[]> {
  const out: Text[] = [];
  let sliceStart = now();
  for (const root of roots) {
    out.push(...hanTextNodes(root));
    if (now() - sliceStart > budget) {
      await yieldNow();
      sliceStart = now();
    }
  }
  return out;
}

const HAN_ANY = /\p{Script=Han}/u;
const isHanText = (s: string): boolean => HAN_ANY.test(s);

/** The DOM for one text: a fragment of plain text runs and one <ruby> per word with Han in it. */
export function rubyFragment(doc: Document, tokens: readonly ReadingToken[]): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let plain = '';
  const flush = () => {
    if (plain) fragment.append(doc.createTextNode(plain));
    plain = '';
  };
  for (const token of tokens) {
    const chars = Array.from(token.text);
    if (!token.readings.some((r) => r !== '')) {
      plain += token.text;
      continue;
    }
    flush();
    const ruby = doc.createElement('ruby');
    ruby.className = 'w';
    chars.forEach((ch, i) => {
      const reading = token.readings[i] ?? '';
      ruby.append(doc.createTextNode(ch));
      const rt = doc.createElement('rt');
      if (reading && isHan(ch)) {
        // setAttribute, not dataset: the name needs no conversion (this runs ~10,000 times per 10,000 chars)
        rt.setAttribute('data-p', formatSyllable(reading, 'marks'));
        rt.setAttribute('data-z', formatSyllable(reading, 'zhuyin'));
        rt.className = `t${toneOf(reading)}`;
      }
      ruby.append(rt);
    });
    fragment.append(ruby);
  }
  flush();
  return fragment;
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (c) => ESCAPES[c] ?? c);

/** Each reading's <rt>, made once: formatting a syllable (a regular expression, then the zhuyin
 *  spelling) for every character was a fifth of a fresh worker's first pass over an article. */
const rtCache = new Map<string, string>();
function rtHtml(reading: string): string {
  let out = rtCache.get(reading);
  if (out === undefined) {
    const p = escapeHtml(formatSyllable(reading, 'marks'));
    const z = escapeHtml(formatSyllable(reading, 'zhuyin'));
    out = `<rt data-p="${p}" data-z="${z}" class="t${toneOf(reading)}"></rt>`;
    rtCache.set(reading, out);
  }
  return out;
}

/** The same DOM as rubyFragment, as HTML text: built in the worker, where string work does not hold up
 *  the page, and parsed by the browser in one call per text (htmlFragment), far cheaper than creating
 *  ~3 nodes and 3 attributes per character from script. Every piece of text is escaped. */
export function rubyHtml(tokens: readonly ReadingToken[]): string {
  let out = '';
  for (const token of tokens) {
    if (!token.readings.some((r) => r !== '')) {
      out += escapeHtml(token.text);
      continue;
    }
    out += '<ruby class="w">';
    Array.from(token.text).forEach((ch, i) => {
      const reading = token.readings[i] ?? '';
      out += escapeHtml(ch);
      out += reading && isHan(ch) ? rtHtml(reading) : '<rt></rt>';
    });
    out += '</ruby>';
  }
  return out;
}

/** One <template> per document, reused: its contents are parsed into the template's own inert document
 *  (no scripts run, nothing loads), so no new document is created per text — a DOMParser document per
 *  paragraph left ~1,000 documents for the garbage collector on a 200,000-character article (a 150 ms
 *  collection on the page's thread). */
const templates = new WeakMap<Document, HTMLTemplateElement>();

/** Nodes parsed from rubyHtml's text, moved into a fragment of `doc`. The text was escaped where it was
 *  built. */
export function htmlFragment(doc: Document, html: string): DocumentFragment {
  let template = templates.get(doc);
  if (!template) {
    template = doc.createElement('template');
    templates.set(doc, template);
  }
  template.innerHTML = html;
  const fragment = doc.createDocumentFragment();
  fragment.append(template.content);
  return fragment;
}

/** One text's ruby as the annotator hands it over: tokens (tests, the CLI) or HTML from the worker. */
export type TextRuby = readonly ReadingToken[] | { html: string; words: number };

export interface AnnotateOptions {
  /** Milliseconds of DOM work per slice before yielding (the long-task limit is 50). */
  budget?: number;
  /** Characters of text sent to the annotator at once after the first batch. */
  batchChars?: number;
  /** Characters in the first batch: about a screenful, so the first screen's ruby comes back and is
   *  written before the rest of the article is read. */
  firstBatchChars?: number;
  /** Batches asked for ahead of the one being written (default 4): the worker reads them back to back
   *  instead of waiting, batch by batch, for the busy page to take each answer and ask for the next. */
  ahead?: number;
  /** Called once the first batch is written (the first screen has its ruby). */
  onFirstBatch?: () => void;
  /** Yields to the event loop between slices. */
  yieldNow?: () => Promise<void>;
  now?: () => number;
  /** Stops early (a newer annotation of the same article started). */
  cancelled?: () => boolean;
  /** The text nodes to annotate (default: every Han text node under the root, when the call starts). */
  nodes?: readonly Text[];
  /** Whether the browser renders `node` now (lib/reader/chunks.ts trackRenderedSections; default: all
   *  are). Ruby written where it is rendered costs the next frame its style and layout (~5 boxes per
   *  character): */
  rendered?: (node: Text) => boolean;
  /** … so at most this many characters of it are written before a frame is let through (default:
   *  no limit). A section skipped by content-visibility costs its frame nothing. */
  renderedChars?: number;
  /** Resolves once a frame has been rendered (frameRendered). */
  nextFrame?: () => Promise<void>;
}

/** Readings for a batch of texts, one token list per text: in the page a worker answers, in tests and
 *  the CLI `annotate` itself. */
export type TextsAnnotator = (texts: string[]) => Promise<TextRuby[]> | TextRuby[];

export const localAnnotator =
  (model: ReadingModel): TextsAnnotator =>
  (texts) =>
    texts.map((text) => annotate(text, model));

/** Yields to the event loop: scheduler.yield where there is one, else a message (not a timer: a tab in
 *  the background throttles timers to one a second, and the reader may open behind the article). */
export const yieldToEventLoop = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
};

/** Resolves after the next frame has been rendered (an animation frame, then a message: the frame's
 *  style, layout and paint run between the two). At once in a hidden page, which renders no frames,
 *  and as soon as the page is hidden while it waits. */
export const frameRendered = (): Promise<void> => {
  const doc = globalThis.document;
  if (!doc || doc.visibilityState === 'hidden' || !globalThis.requestAnimationFrame)
    return yieldToEventLoop();
  return new Promise((resolve) => {
    const done = () => {
      doc.removeEventListener('visibilitychange', hidden);
      resolve();
    };
    const hidden = () => {
      if (doc.visibilityState === 'hidden') done();
    };
    doc.addEventListener('visibilitychange', hidden);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = done;
      channel.port2.postMessage(null);
    });
  });
};

/** Groups nodes into batches of about `chars` characters, the first of about `first`. */
export function batches(nodes: readonly Text[], chars: number, first = chars): Text[][] {
  const out: Text[][] = [];
  let current: Text[] = [];
  let size = 0;
  for (const node of nodes) {
    current.push(node);
    size += node.data.length;
    if (size >= (out.length === 0 ? first : chars)) {
      out.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** Annotates every Han text node under `root`: readings batch by batch from `annotator` (the next
 *  `ahead` batches are asked for while this one is written), DOM writes in slices of `budget` ms.
 *  Resolves to the number of words annotated, or -1 when cancelled. */
export async function annotateInSlices(
  root: Element,
  annotator: TextsAnnotator,
  options: AnnotateOptions = {},
): Promise<number> {
  const budget = options.budget ?? 12;
  const yieldNow = options.yieldNow ?? yieldToEventLoop;
  const now = options.now ?? (() => performance.now());
  const doc = root.ownerDocument;
  const nodes = options.nodes ?? hanTextNodes(root);
  const groups = batches(nodes, options.batchChars ?? 3000, options.firstBatchChars ?? 600);
  const asked = new Map<number, Promise<TextRuby[]>>();
  const ask = (i: number) => {
    const group = groups[i];
    if (!group) return;
    const answer = new Promise<TextRuby[]>((resolve) => resolve(annotator(group.map((n) => n.data))));
    answer.catch(() => undefined); // rethrown where it is awaited; not "unhandled" while it waits its turn
    asked.set(i, answer);
  };
  const ahead = Math.max(0, options.ahead ?? 4);
  for (let g = 0; g <= ahead; g++) ask(g);
  let words = 0;
  let sliceStart = now();
  const rendered = options.rendered ?? (() => true);
  const renderedChars = options.renderedChars ?? Number.POSITIVE_INFINITY;
  let sinceFrame = 0;
  for (let g = 0; g < groups.length; g++) {
    const tokens = (await asked.get(g)) ?? [];
    asked.delete(g);
    ask(g + ahead + 1);
    const group = groups[g] ?? [];
    for (let i = 0; i < group.length; i++) {
      if (options.cancelled?.()) return -1;
      const node = group[i];
      if (node && rendered(node)) {
        // The frame before this write lays out what was written since the last one: bounded.
        if (sinceFrame >= renderedChars) {
          await (options.nextFrame ?? frameRendered)();
          if (options.cancelled?.()) return -1;
          sinceFrame = 0;
          sliceStart = now();
        }
        sinceFrame += node.data.length;
      }
      const ruby = tokens[i] ?? [];
      if ('html' in ruby) {
        words += ruby.words;
        group[i]?.replaceWith(htmlFragment(doc, ruby.html));
      } else {
        words += ruby.length;
        group[i]?.replaceWith(rubyFragment(doc, ruby));
      }
      if (now() - sliceStart > budget) {
        await yieldNow();
        sliceStart = now();
      }
    }
    if (g === 0) options.onFirstBatch?.();
  }
  return words;
}
