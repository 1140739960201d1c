// Reading an article ahead in the reader's worker. The page asks for its text nodes' ruby only once its
// interface has loaded and drawn the text (~100 ms after the article arrives); the worker is idle
// meanwhile, and its first pass over an article is the slow one (every word's entries decoded for the
// first time, the polyphone entries parsed and compiled, the code not yet optimised: ~3× a later pass).
// So the page hands the worker the article as soon as it has it; the worker reads the article's text
// runs (the HTML's text between tags, what become the page's text nodes) one by one while nothing else
// waits, and keeps each run's answer by its text. A request for a text read ahead is answered from
// there; any other (a run the sanitiser or the converter changed) is read as before, on warmed-up code.

/** Characters of text read ahead: about the first screens of a long article, and all of a 10,000-
 *  character one (a long article's later text is asked for later, by then at full speed). */
export const AHEAD_CHARS = 20_000;

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};
const ENTITY = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;

function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.charAt(0) !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code =
      name.charAt(1).toLowerCase() === 'x' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The runs of text between the tags of `html` that hold Han characters (entities decoded), in order,
 *  up to about `maxChars` characters; with no HTML, the lines of `text`. A guess at the page's text
 *  nodes: a run that differs only misses the cache. */
export function articleTexts(html: string | undefined, text: string, maxChars = AHEAD_CHARS): string[] {
  const runs = html ? html.replace(/<!--[\s\S]*?-->/g, '').split(/<[^>]*>/) : text.split(/\n+/);
  const out: string[] = [];
  let size = 0;
  for (const raw of runs) {
    if (size >= maxChars) break;
    const run = html ? decodeEntities(raw) : raw;
    if (!HAN.test(run)) continue;
    out.push(run);
    size += run.length;
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
