// Page conversion: rewrites text nodes, a few attributes, the title and `lang` in place, and can put
// every byte back. Works on any Document (live page in the content script, happy-dom in Node), so it
// uses nodeType numbers and the document's own window instead of globals like Node/MutationObserver.

import { splitConverted } from '../text/split';
import type { TextConverter } from '../text/text';
import { convertRunInto, RunBatch } from './dom-batch';
import { PageLabels } from './dom-labels';
import { TextOriginals } from './dom-originals';
import { elementRules } from './dom-rules';
import { visibleBlocks, WriteBuffer, yieldToPage } from './dom-schedule';
import { browserShadowRootOf, PageScopes, type Scope, type ShadowRootOf } from './dom-scopes';
import { BOUNDARY_TAGS, ELEMENT_NODE, TEXT_NODE, type TextRun, tagOf, textRuns } from './dom-walk';

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

/** Work per task before yielding: with a run of at most MAX_RUN characters after it (a few ms), a
 *  task stays far under the 50 ms long-task line. Yields are cheap as long as nothing was written
 *  since the last frame (see dom-schedule.ts). */
const SLICE_MS = 8;
/** Converted text is written in batches, the first soon after the visible part, then at growing
 *  intervals: each batch costs the browser one relayout of the page. */
const FIRST_WRITE_MS = 400;
const EARLY_WRITE_MS = 50;
const MAX_WRITE_MS = 3000;
/** Writing gets longer slices than converting: between two write slices the browser lays the page
 *  out again, at a price that depends on the page's size far more than on how much was written. */
const WRITE_SLICE_MS = 20;
/** Delay before converting observed changes: batches bursts of insertions (infinite scroll). */
const OBSERVE_DELAY_MS = 50;
/** From this many elements on, `lang` goes on the blocks written rather than on <html>. */
const BIG_PAGE_ELEMENTS = 3000;

const OBSERVE_OPTIONS: MutationObserverInit = { childList: true, characterData: true, subtree: true };

export function createPageConverter(doc: Document, options: PageConverterOptions = {}): PageConverter {
  const root: Element = options.root ?? doc.body ?? doc.documentElement;

  const originals = new TextOriginals();
  const labels = new PageLabels(doc, root);

  let converted = false;
  let generation = 0;
  let currentFn: TextConverter | null = null;
  let observer: MutationObserver | null = null;
  /** Whether later changes are converted (observe()), beyond being tracked. */
  let observing = false;
  let pending = new Set<Node>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  /** Converted text not yet written (dropped by restore() and by a new pass). */
  const buffer = new WriteBuffer();

  /** Shadow roots and frames met by the walks: walked after their tree, watched like the root. */
  const scopes = new PageScopes(
    options.shadowRootOf ?? browserShadowRootOf(),
    (scope) => {
      if (observing) schedule(scope);
    },
    (scope) => observer?.observe(scope, OBSERVE_OPTIONS),
  );
  const { isExcluded, isBlock, hooks: walkHooks } = elementRules(root, labels, options.skip, scopes);
  /** The original text of a node. Page changes must have been taken in first (takePageChanges),
   *  which every path here does after handing the thread back to the page. */
  const sourceOf = (node: Text): string => originals.sourceOf(node);
  /** A pass that starts with none of our text on the page reads each node's own text. */
  const ownText = (node: Text): string => node.data;

  const convertRun = (run: TextRun, fn: TextConverter): void => convertRunInto(run, fn, buffer);
  const emit = (node: Text, data: string, value: string): void => buffer.add(node, data, value);

  /** Runs our writes with the observer disconnected (after taking the page's own pending records),
   *  so they never reach it, instead of being recognised and dropped one record at a time. */
  function unobserved<T>(write: () => T): T {
    takePageChanges();
    observer?.disconnect();
    try {
      return write();
    } finally {
      if (observer) {
        observer.observe(root, OBSERVE_OPTIONS);
        for (const scope of scopes.watched) observer.observe(scope, OBSERVE_OPTIONS);
      }
    }
  }

  /** Writes buffered text until `deadline` (`lookup`: the pass's nodes may be ours already);
   *  returns how many nodes changed. */
  function writeSome(deadline: number, lookup: boolean): number {
    return unobserved(() => {
      let changed = 0;
      const { nodes, sources, values } = buffer;
      while (buffer.at < nodes.length) {
        const i = buffer.at++;
        const node = nodes[i]!;
        const data = node.data;
        // Changed by the page since we read it: the observer has it (or had it) queued.
        if (data === sources[i] && originals.write(node, data, values[i]!, lookup && originals.knows(node))) {
          changed++;
          labels.markBlock(node);
        }
        if ((i & 63) === 63 && performance.now() > deadline) break;
      }
      if (buffer.pending === 0) buffer.clear();
      return changed;
    });
  }

  /** Converts `scope`'s subtree in time slices; stops early when a newer pass or restore() starts.
   *  With `visibleFirst`, the blocks on screen are converted and written first, then the rest of
   *  the page from there to the end, then from the start up to there. `fresh`: none of our text is
   *  on the page and no other pass can write any meanwhile (a convert() on the original page), so
   *  every node's text is its original and no lookup is needed. (Should the page move a node we
   *  wrote ahead of the walk, it is converted again from our text, which nearly always leaves it as
   *  it was; "Show original" still gives back its oldest text.) */
  async function convertScope(
    scope: Scope,
    fn: TextConverter,
    gen: number,
    visibleFirst = false,
    fresh = false,
  ): Promise<number> {
    let changed = 0;
    const lookup = !fresh;
    // The lookup of originals is brought up to date before walking, in slices (after a first
    // conversion of a big page it has the whole journal to take in).
    while (lookup && !originals.catchUp(performance.now() + SLICE_MS)) {
      await yieldToPage();
      takePageChanges();
      if (gen !== generation) return changed;
    }
    let sliceStart = performance.now();
    let lastWrite = sliceStart;
    // Nothing shown yet (no layout to find the visible part, or an observed change): write soon.
    let writeEvery = EARLY_WRITE_MS;
    /** Gives the page a turn when the slice is used up; false when this pass is stale. */
    const pause = async (now = performance.now()): Promise<boolean> => {
      if (now - sliceStart <= SLICE_MS) return true;
      await yieldToPage();
      takePageChanges();
      sliceStart = performance.now();
      return gen === generation;
    };
    const writeAll = async (now = false): Promise<boolean> => {
      // A write slice starts a task of its own, so it is not added to a conversion slice (except
      // for the visible part, a few blocks, which is shown as soon as it is converted).
      if (!now && buffer.pending > 0 && performance.now() - sliceStart > 1) {
        await yieldToPage();
        if (gen !== generation) return false;
      }
      while (buffer.pending > 0) {
        changed += writeSome(performance.now() + WRITE_SLICE_MS, lookup);
        if (buffer.pending > 0) {
          await yieldToPage();
          if (gen !== generation) return false;
        }
      }
      sliceStart = performance.now();
      lastWrite = sliceStart;
      return true;
    };
    const batch = new RunBatch(fn);
    const single = (run: TextRun): void => convertRun(run, fn);
    const flush = (): void => batch.flush(emit, single);
    const done = new Set<Element>();
    const hooks = walkHooks(fn, lookup ? sourceOf : ownText, done);
    let walks: [Element | undefined, Element | undefined][] = [[undefined, undefined]];
    if (visibleFirst && scope === root) {
      const blocks = visibleBlocks(doc, root, isBlock, isExcluded);
      for (const block of blocks) {
        hooks.enter(block);
        for (const run of textRuns(block, hooks)) batch.add(run);
      }
      flush();
      if (!(await writeAll(true))) return changed;
      // Written: the walks below pass over them (a fresh pass would read our text as original).
      for (const block of blocks) done.add(block);
      if (blocks.length) {
        writeEvery = FIRST_WRITE_MS;
        walks = [
          [blocks[0], undefined],
          [undefined, blocks[0]],
        ];
      }
    }
    /** Walks one tree; false when the pass went stale. */
    const walk = async (tree: Scope, from?: Element, until?: Element): Promise<boolean> => {
      for (const run of textRuns(tree, hooks, from, until)) {
        batch.add(run);
        if (!batch.full) continue;
        flush();
        // One clock read per batch serves both checks.
        const now = performance.now();
        if (buffer.pending > 0 && now - lastWrite >= writeEvery) {
          if (!(await writeAll())) return false;
          writeEvery = Math.min(writeEvery * 2, MAX_WRITE_MS);
        } else if (!(await pause(now))) return false;
      }
      return true;
    };
    for (const [from, until] of walks) if (!(await walk(scope, from, until))) return changed;
    // Then the shadow roots and frames met on the way (and those met inside them).
    for (let tree = scopes.found.shift(); tree; tree = scopes.found.shift()) {
      flush();
      if (!(await walk(tree))) return changed;
    }
    flush();
    if (gen === generation) await writeAll();
    return changed;
  }

  async function convert(convertFn: TextConverter, lang: string): Promise<number> {
    const gen = ++generation;
    currentFn = convertFn;
    labels.lang = lang;
    labels.perBlock = root.getElementsByTagName('*').length > BIG_PAGE_ELEMENTS;
    converted = true;
    track();
    takePageChanges();
    buffer.clear();
    scopes.found = [];
    labels.convertTitle(convertFn);
    const changed = await convertScope(root, convertFn, gen, true, originals.empty);
    // Last: a new `lang` on <html> makes the browser reshape the whole page's text (other fonts), so
    // it comes after the text, not before the visible part can be shown; on a big page, where that
    // took seconds in one task, each block written carries it instead.
    if (gen === generation && !labels.perBlock) labels.setHtmlLang(lang);
    return changed;
  }

  /** Innermost element around `node` that bounds a run (or the shadow root or frame it is in), so
   *  late text is converted with its context. */
  function scopeFor(node: Node): Scope {
    let n: Node | null = node.nodeType === ELEMENT_NODE ? node : node.parentNode;
    while (n && n !== root) {
      if (n.nodeType === ELEMENT_NODE && BOUNDARY_TAGS.has(tagOf(n as Element))) return n as Element;
      if (scopes.watched.has(n as Scope)) return n as Scope;
      n = n.parentNode;
    }
    return root;
  }

  /** Queues a node (or a scope found late) for conversion with the next batch of changes. */
  function schedule(node: Node): void {
    pending.add(node);
    if (timer === null) timer = setTimeout(() => void flushPending(), OBSERVE_DELAY_MS);
  }

  async function flushPending(): Promise<void> {
    timer = null;
    const fn = currentFn;
    if (!fn) return;
    takePageChanges();
    const nodes = pending;
    pending = new Set();
    const trees = new Set<Scope>();
    for (const node of nodes) {
      if (!node.isConnected || isExcluded(node)) continue;
      trees.add(scopeFor(node));
    }
    // Drop scopes nested in another scope of the batch: the outer walk covers them.
    const outer = [...trees].filter((s) => ![...trees].some((o) => o !== s && o.contains(s)));
    const gen = generation;
    for (const scope of outer) {
      await convertScope(scope, fn, gen);
      if (gen !== generation) return;
    }
  }

  /** Every record is the page's: the observer is off while we write. A text node the page changed
   *  is the page's again (its new text is the original); with observe() on, changed and added
   *  text is converted too. */
  function onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') {
        const text = record.target as Text;
        originals.forget(text);
        if (observing) pending.add(text);
      } else if (observing) {
        for (const node of record.addedNodes)
          if (node.nodeType === TEXT_NODE || node.nodeType === ELEMENT_NODE) pending.add(node);
      }
    }
    if (pending.size && timer === null) timer = setTimeout(() => void flushPending(), OBSERVE_DELAY_MS);
  }

  /** Takes in the page's changes not yet delivered: before reading originals or writing. */
  function takePageChanges(): void {
    const records = observer?.takeRecords();
    if (records?.length) onMutations(records);
  }

  /** Starts watching the page's changes to the text (from the first conversion on, so "Show
   *  original" never overwrites what the page wrote since). */
  function track(force = false): void {
    if (observer || (options.staticDocument && !force)) return;
    const MO =
      (doc.defaultView as (Window & typeof globalThis) | null)?.MutationObserver ??
      globalThis.MutationObserver;
    if (typeof MO !== 'function') return;
    observer = new MO(onMutations);
    observer.observe(root, OBSERVE_OPTIONS);
  }

  function observe(convertFn: TextConverter): void {
    currentFn = convertFn;
    observing = true;
    track(true);
    scopes.startSweeps(() => observing);
  }

  /** Puts originals back until `deadline`; true when all are (the observer stays on between
   *  slices: a node the page changes then keeps the page's text). */
  const putBack = (deadline: number): boolean => unobserved(() => originals.putBack(deadline));

  function restore(): Promise<void> {
    const gen = ++generation;
    takePageChanges();
    observing = false;
    scopes.stopSweeps();
    if (timer !== null) clearTimeout(timer);
    timer = null;
    pending = new Set();
    buffer.clear();
    currentFn = null;
    converted = false;
    let textBack = false;
    /** One slice, the text first (what the reader sees), then the labels and `lang`; true when
     *  everything is back. */
    const slice = (): boolean => {
      const deadline = performance.now() + WRITE_SLICE_MS;
      if (!textBack) textBack = putBack(deadline);
      return textBack && labels.restore(deadline);
    };
    const done = (): void => {
      observer?.disconnect();
      observer = null;
      scopes.forgetWatched();
    };
    if (slice()) {
      done();
      return Promise.resolve();
    }
    // A million characters take a few hundred milliseconds to put back: in slices, like converting.
    return (async () => {
      for (;;) {
        await yieldToPage();
        if (gen !== generation) {
          // A new pass started: the nodes not put back keep their originals for it (labels not
          // put back keep theirs too).
          if (!textBack) originals.endRestore();
          return;
        }
        if (slice()) break;
      }
      done();
    })();
  }

  return { convert, observe, restore, isConverted: () => converted };
}
