// Artifact cleaning as part of conversion: pinyin that pages flatten into the text (領(lǐng)導(dǎo))
// is removed before converting, so 领导 comes out. Because it is done by the converter, the page
// converter keeps the original text nodes and "Show original" puts the pinyin back, like every other
// change. `clean` is cleanPinyinArtifacts (lib/article/clean.ts), passed in so this file stays small.
import type { Piece } from './engine';
import type { TextConverter } from './text';

/** Spans of `text` that `cleaned` (text with some bracketed groups deleted) left out. */
function deletedSpans(text: string, cleaned: string): [number, number][] {
  const spans: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < text.length) {
    if (j < cleaned.length && text[i] === cleaned[j]) {
      i++;
      j++;
      continue;
    }
    // A deletion starts here: it runs to the closing bracket of the group.
    const close = text[i] === '（' ? '）' : ')';
    const end = text.indexOf(close, i);
    const stop = end < 0 ? text.length : end + 1;
    spans.push([i, stop]);
    i = stop;
  }
  return spans;
}

export function withArtifactCleaning(fn: TextConverter, clean: (text: string) => string): TextConverter {
  const wrapped: TextConverter = (text) => fn(clean(text));
  // Text with nothing to clean (nearly all of it) keeps the converter's fast path.
  const aligned = fn.aligned;
  if (aligned) wrapped.aligned = (text) => (clean(text) === text ? aligned(text) : null);
  wrapped.pieces = (text: string): Piece[] => {
    const cleaned = clean(text);
    const pieces = fn.pieces ? fn.pieces(cleaned) : [{ srcEnd: cleaned.length, out: fn(cleaned) }];
    if (cleaned === text) return pieces;
    const spans = deletedSpans(text, cleaned);
    // Maps an end offset in `cleaned` to `text`, taking in the deletions that start right there (a
    // deleted group belongs to the piece before it).
    let k = 0;
    let shift = 0;
    const out: Piece[] = pieces.map((p) => {
      while (k < spans.length && spans[k]![0] <= p.srcEnd + shift) {
        shift += spans[k]![1] - spans[k]![0];
        k++;
      }
      return { srcEnd: p.srcEnd + shift, out: p.out };
    });
    if (out.length) out[out.length - 1]!.srcEnd = text.length;
    else out.push({ srcEnd: text.length, out: '' });
    return out;
  };
  return wrapped;
}
