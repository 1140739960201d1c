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
        rt.dataset.p = formatSyllable(reading, 'marks');
        rt.dataset.z = formatSyllable(reading, 'zhuyin');
        rt.className = `t${toneOf(reading)}`;
      }
      ruby.append(rt);
    });
    fragment.append(ruby);
  }
  flush();
  return fragment;
}

export interface AnnotateOptions {
  /** Milliseconds of work per slice before yielding (the long-task limit is 50). */
  budget?: number;
  /** Yields to the event loop between slices. */
  yieldNow?: () => Promise<void>;
  now?: () => number;
  /** Stops early (a newer annotation of the same article started). */
  cancelled?: () => boolean;
}

const defaultYield = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Annotates every Han text node under `root`, in slices; resolves to the number of words annotated,
 *  or -1 when cancelled. */
export async function annotateInSlices(
  root: Element,
  model: ReadingModel,
  options: AnnotateOptions = {},
): Promise<number> {
  const budget = options.budget ?? 20;
  const yieldNow = options.yieldNow ?? defaultYield;
  const now = options.now ?? (() => performance.now());
  const doc = root.ownerDocument;
  const nodes = hanTextNodes(root);
  let words = 0;
  let sliceStart = now();
  for (const node of nodes) {
    if (options.cancelled?.()) return -1;
    const tokens = annotate(node.data, model);
    words += tokens.length;
    node.replaceWith(rubyFragment(doc, tokens));
    if (now() - sliceStart > budget) {
      await yieldNow();
      sliceStart = now();
    }
  }
  return words;
}
