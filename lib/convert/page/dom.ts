// Page conversion: rewrites text nodes, a few attributes, the title and `lang` in place, and can put
// every byte back. Works on any Document (live page in the content script, happy-dom in Node), so it
// uses nodeType numbers and the document's own window instead of globals like Node/MutationObserver.

import { splitConverted } from '../text/split';
import type { TextConverter } from '../text/text';
import { PageLabels } from './dom-labels';
import { TextOriginals } from './dom-originals';
import { ConvertPass, type PassHost } from './dom-pass';
import { type ElementRules, elementRules } from './dom-rules';
import { FrameBudget, ScrollWatch, WriteBuffer, yieldToPage } from './dom-schedule';
import { browserShadowRootOf, PageScopes, type Scope, type ShadowRootOf } from './dom-scopes';
import { BOUNDARY_TAGS, ELEMENT_NODE, TEXT_NODE, tagOf } from './dom-walk';

export { splitConverted };

export interface PageConverterOptions {
  /** Subtree to convert; defaults to the document's <body> (or <html> when there is no body). */
  root?: Element;
  /** Extra elements to leave alone (with their subtrees); our own UI host is always skipped. */
  skip?: (el: Element) => boolean;
  /** A document no script changes (the CLI's): page changes are not watched for. Watching costs
   *  happy-dom a walk of the whole tree each time the observer is reconnected, after every write. */
  staticDocument?: boolean;
  /** How shadow roots are reached (default: open ones, and closed ones through the extension API
   *  where the browser has it; see dom-scopes.ts). */
  shadowRootOf?: ShadowRootOf;
  /** Told how long each wait for the page's next frame took when there was nothing else to do
   *  (the rest of the converted text waiting to be written a frame's worth at a time): benches
   *  subtract it from the wall clock to get the converter's own work. */
  onFrameWait?: (ms: number) => void;
}

export interface PageConverter {
  /** Converts the root from the original text; resolves to the number of text nodes changed. */
  convert(convertFn: TextConverter, lang: string): Promise<number>;
  /** Keeps converting text that appears or changes later (batched, within ~100 ms). */
  observe(convertFn: TextConverter): void;
  /** Stops observing and writes every original value back: at once on a page of ordinary size,
   *  in time slices on a big one; resolves when every original is back (or a new pass started). */
  restore(): Promise<void>;
  isConverted(): boolean;
}

/** Restoring puts originals back in slices of this length on a big page. */
const RESTORE_SLICE_MS = 20;
/** Delay before converting observed changes: batches bursts of insertions (infinite scroll). */
const OBSERVE_DELAY_MS = 50;
/** What a frame with our writes may take, and the share of the frame's floor its text may cost
 *  on top where the floor alone is over that: a big page's layout costs 42-60 ms a frame in
 *  Chromium (twice that on a loaded machine) whatever we write, so every frame with a write pays
 *  it, and smaller frames only multiply those (variant A, 70 ms and 0.2: done 2-3× later). */
const FRAME_TARGET_MS = 100;
const FLOOR_SHARE = 1;
/** From this many elements on, `lang` goes on the blocks written rather than on <html>. */
const BIG_PAGE_ELEMENTS = 3000;

const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export function createPageConverter(doc: Document, options: PageConverterOptions = {}): PageConverter {
  const converter = new LivePageConverter(doc, options);
  return {
    convert: (fn, lang) => converter.convert(fn, lang),
    observe: (fn) => converter.observe(fn),
    restore: () => converter.restore(),
    isConverted: () => converter.converted,
  };
}

/** The page converter's state: the originals, the labels, the observer of the page's changes, and
 *  the pass under way (a newer pass or restore() makes the older one stop: `gen`). */
class LivePageConverter implements PassHost {
  readonly root: Element;
  readonly buffer = new WriteBuffer();
  readonly budget = new FrameBudget(FRAME_TARGET_MS, 500, 256_000, 4000, FLOOR_SHARE);
  readonly paced: boolean;
  private readonly scroll = new ScrollWatch();
  readonly scopes: PageScopes;
  readonly rules: ElementRules;
  converted = false;
  private readonly originals = new TextOriginals();
  private readonly labels: PageLabels;
  private gen = 0;
  private currentFn: TextConverter | null = null;
  private observer: MutationObserver | null = null;
  /** Whether later changes are converted (observe()), beyond being tracked. */
  private observing = false;
  private pending = new Set<Node>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly doc: Document,
    private readonly options: PageConverterOptions,
  ) {
    this.root = options.root ?? doc.body ?? doc.documentElement;
    this.labels = new PageLabels(doc, this.root);
    this.paced = !options.staticDocument && typeof doc.defaultView?.requestAnimationFrame === 'function';
    // Watched from now on, not from a conversion's start: a wheel turned as the user clicks (or
    // between two conversions) holds the first writes too. Passive, in our world: the page sees nothing.
    if (this.paced) this.scroll.start(doc.defaultView);
    /** Shadow roots and frames met by the walks: walked after their tree, watched like the root. */
    this.scopes = new PageScopes(
      options.shadowRootOf ?? browserShadowRootOf(),
      (scope) => {
        if (this.observing) this.schedule(scope);
      },
      (scope) => this.observer?.observe(scope, OBSERVE_OPTIONS),
    );
    this.rules = elementRules(this.root, this.labels, options.skip, this.scopes);
  }

  generation(): number {
    return this.gen;
  }

  holdWrite(): boolean {
    return this.scroll.holdWrite();
  }

  onFrameWait(ms: number): void {
    this.options.onFrameWait?.(ms);
  }

  catchUpOriginals(deadline: number): boolean {
    return this.originals.catchUp(deadline);
  }

  /** The original text of a node. Page changes must have been taken in first (takePageChanges),
   *  which every path here does after handing the thread back to the page. */
  readonly sourceOf = (node: Text): string => this.originals.sourceOf(node);

  /** Runs our writes with the observer disconnected (after taking the page's own pending records),
   *  so they never reach it, instead of being recognised and dropped one record at a time. */
  private unobserved<T>(write: () => T): T {
    this.takePageChanges();
    const { observer } = this;
    observer?.disconnect();
    try {
      return write();
    } finally {
      if (observer) {
        observer.observe(this.root, OBSERVE_OPTIONS);
        for (const scope of this.scopes.watched) observer.observe(scope, OBSERVE_OPTIONS);
      }
    }
  }

  /** Writes buffered text until `deadline` or about `maxChars` characters (`lookup`: the pass's
   *  nodes may be ours already); returns how many nodes changed. */
  writeSome(deadline: number, lookup: boolean, maxChars: number): number {
    return this.unobserved(() => {
      let changed = 0;
      let chars = 0;
      const { buffer, originals, labels } = this;
      const { nodes, sources, values } = buffer;
      while (buffer.at < nodes.length && chars < maxChars) {
        const i = buffer.at++;
        const node = nodes[i]!;
        const data = node.data;
        const value = values[i]!;
        chars += value.length;
        // Changed by the page since we read it: the observer has it (or had it) queued.
        if (data === sources[i] && originals.write(node, data, value, lookup && originals.knows(node))) {
          changed++;
          labels.markBlock(node);
        }
        if ((i & 63) === 63 && performance.now() > deadline) break;
      }
      if (buffer.pending === 0) buffer.clear();
      return changed;
    });
  }

  async convert(convertFn: TextConverter, lang: string): Promise<number> {
    const gen = ++this.gen;
    const { labels, root } = this;
    this.currentFn = convertFn;
    labels.lang = lang;
    labels.perBlock = root.getElementsByTagName('*').length > BIG_PAGE_ELEMENTS;
    this.converted = true;
    this.track();
    this.takePageChanges();
    this.buffer.clear();
    this.scopes.found = [];
    labels.convertTitle(convertFn);
    const pass = new ConvertPass(this, convertFn, gen, this.originals.empty);
    const changed = await pass.run(root, true);
    // Last: a new `lang` on <html> makes the browser reshape the whole page's text (other fonts), so
    // it comes after the text, not before the visible part can be shown; on a big page, where that
    // took seconds in one task, each block written carries it instead.
    if (gen === this.gen && !labels.perBlock) labels.setHtmlLang(lang);
    return changed;
  }

  /** Innermost element around `node` that bounds a run (or the shadow root or frame it is in), so
   *  late text is converted with its context. */
  private scopeFor(node: Node): Scope {
    let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
    while (n && n !== this.root) {
      if (n.nodeType === ELEMENT_NODE && BOUNDARY_TAGS.has(tagOf(n as Element))) return n as Element;
      if (this.scopes.watched.has(n as Scope)) return n as Scope;
      n = n.parentNode;
    }
    return this.root;
  }

  /** Queues a node (or a scope found late) for conversion with the next batch of changes. */
  private schedule(node: Node): void {
    this.pending.add(node);
    this.armTimer();
  }

  private armTimer(): void {
    if (this.pending.size && this.timer === null)
      this.timer = setTimeout(() => void this.flushPending(), OBSERVE_DELAY_MS);
  }

  private async flushPending(): Promise<void> {
    this.timer = null;
    const fn = this.currentFn;
    if (!fn) return;
    this.takePageChanges();
    const nodes = this.pending;
    this.pending = new Set();
    const trees = new Set<Scope>();
    for (const node of nodes) {
      if (!node.isConnected || this.rules.isExcluded(node)) continue;
      trees.add(this.scopeFor(node));
    }
    // Drop scopes nested in another scope of the batch: the outer walk covers them.
    const outer = [...trees].filter((s) => ![...trees].some((o) => o !== s && o.contains(s)));
    const gen = this.gen;
    for (const scope of outer) {
      await new ConvertPass(this, fn, gen, false).run(scope, false);
      if (gen !== this.gen) return;
    }
  }

  /** Every record is the page's: the observer is off while we write. A text node the page changed
   *  is the page's again (its new text is the original); with observe() on, changed and added
   *  text is converted too. */
  private readonly onMutations = (records: MutationRecord[]): void => {
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        this.originals.forget(text);
        if (this.observing) this.pending.add(text);
      } else if (this.observing) {
        for (const node of record.addedNodes)
          if (node.nodeType === TEXT_NODE || node.nodeType === ELEMENT_NODE) this.pending.add(node);
      }
    }
    this.armTimer();
  };

  /** Takes in the page's changes not yet delivered: before reading originals or writing. */
  takePageChanges(): void {
    const records = this.observer?.takeRecords();
    if (records?.length) this.onMutations(records);
  }

  /** Starts watching the page's changes to the text (from the first conversion on, so "Show
   *  original" never overwrites what the page wrote since). */
  private track(force = false): void {
    if (this.observer || (this.options.staticDocument && !force)) return;
    const MO =
      (this.doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ??
      globalThis.MutationObserver;
    if (typeof MO !== 'function') return;
    this.observer = new MO(this.onMutations);
    this.observer.observe(this.root, OBSERVE_OPTIONS);
  }

  observe(convertFn: TextConverter): void {
    this.currentFn = convertFn;
    this.observing = true;
    this.track(true);
    this.scopes.startSweeps(() => this.observing);
  }

  /** Stops observing and puts every original back: at once on a page of ordinary size, in time
   *  slices on a big one (the observer stays on between slices: a node the page changes then keeps
   *  the page's text). */
  restore(): Promise<void> {
    const gen = ++this.gen;
    this.takePageChanges();
    this.observing = false;
    this.scopes.stopSweeps();
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.pending = new Set();
    this.buffer.clear();
    this.currentFn = null;
    this.converted = false;
    let textBack = false;
    /** One slice, the text first (what the reader sees), then the labels and `lang`; true when
     *  everything is back. */
    const slice = (): boolean => {
      const deadline = performance.now() + RESTORE_SLICE_MS;
      if (!textBack) textBack = this.unobserved(() => this.originals.putBack(deadline));
      return textBack && this.labels.restore(deadline);
    };
    if (slice()) {
      this.stopTracking();
      return Promise.resolve();
    }
    // A million characters take a few hundred milliseconds to put back: in slices, like converting.
    return (async () => {
      for (;;) {
        await yieldToPage();
        if (gen !== this.gen) {
          // A new pass started: the nodes not put back keep their originals for it (labels not
          // put back keep theirs too).
          if (!textBack) this.originals.endRestore();
          return;
        }
        if (slice()) break;
      }
      this.stopTracking();
    })();
  }

  private stopTracking(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.scopes.forgetWatched();
  }
}
