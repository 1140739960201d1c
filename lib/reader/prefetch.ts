// Reading an article ahead in the reader's worker. The page asks for its text nodes' ruby only once its
// interface has loaded and drawn the text (~100 ms after the article arrives); the worker is idle
// meanwhile, and its first pass over an article is the slow one (every word's entries decoded for the
// first time, the polyphone entries parsed and compiled, the code not yet optimised: ~3× a later pass).
// So the page hands the worker the article's texts as soon as it has it (its text nodes, from the HTML
// parsed inert: a few ms for the first screens); the worker reads them one by one while nothing else
// waits, and keeps each answer by its text. A request for a text read ahead is answered from
// there; any other (a run the sanitiser or the converter changed) is read as before, on warmed-up code.

/** Characters of text read ahead: about the first screens of a long article, and all of a 10,000-
 *  character one (a long article's later text is asked for later, by then at full speed). */
export const AHEAD_CHARS = 20_000;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'RT', 'RP', 'RUBY', 'CODE', 'PRE', 'TEXTAREA']);

/** The article's title and the text nodes of its HTML that hold Han characters, in order, up to about
 *  `maxChars` characters: what the reader's text nodes will be (the HTML parsed inert with DOMParser,
 *  as the page parses it; nothing runs or loads). A text the page changes (the converter, the
 *  sanitiser) only misses the cache. */
export function articleTexts(
  doc: Document,
  article: { title: string; html?: string; text: string },
  maxChars = AHEAD_CHARS,
): string[] {
  const out = HAN.test(article.title) ? [article.title] : [];
  let size = 0;
  const add = (text: string): boolean => {
    if (HAN.test(text)) {
      out.push(text);
      size += text.length;
    }
    return size < maxChars;
  };
  if (!article.html) {
    for (const line of article.text.split(/\n+/)) if (!add(line)) break;
    return out;
  }
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? DOMParser;
  const body = new Parser().parseFromString(article.html, 'text/html').body;
  const walker = body.ownerDocument.createTreeWalker(body, 0x4 /* SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.parentElement && SKIP.has(n.parentElement.tagName)) continue;
    if (!add((n as Text).data)) break;
  }
  return out;
}

/** Answers kept by text: those of the texts to read ahead (`want`), however they were read first (ahead,
 *  or asked for before their turn: then the read-ahead skips them). */
export class AnswerCache<T> {
  private readonly answers = new Map<string, T>();
  private readonly wanted = new Set<string>();
  want(texts: readonly string[]): void {
    for (const text of texts) this.wanted.add(text);
  }
  get(text: string): T | undefined {
    return this.answers.get(text);
  }
  has(text: string): boolean {
    return this.answers.has(text);
  }
  /** The answer for `text`: kept, or read now (and kept if wanted). */
  answer(text: string, read: (text: string) => T): T {
    let out = this.answers.get(text);
    if (out === undefined) {
      out = read(text);
      if (this.wanted.has(text)) this.answers.set(text, out);
    }
    return out;
  }
}

/** Reads `texts` into `cache` one per task (`later` schedules the next), so a request that arrives
 *  meanwhile is handled between two texts; texts already in the cache are skipped. `done` is called
 *  after the last. */
export function readAhead<T>(
  texts: readonly string[],
  cache: AnswerCache<T>,
  read: (text: string) => T,
  later: (next: () => void) => void,
  done?: () => void,
): void {
  cache.want(texts);
  let i = 0;
  const step = () => {
    while (i < texts.length && cache.has(texts[i] as string)) i++;
    const text = texts[i++];
    if (text === undefined) {
      done?.();
      return;
    }
    cache.answer(text, read);
    later(step);
  };
  later(step);
}
