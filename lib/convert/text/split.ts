// Writing one converted string back into the text nodes it came from (see splitConverted).
import type { TextConverter } from './text';

/** Splits `converted` (the conversion of the joined `parts`) back into one piece per part.
 *  Same total length (the common case: character and most phrase conversions map 1:1) → cut at the
 *  original offsets. Otherwise (twp/hk phrases like 鼠标→滑鼠, 方便面→泡麵) each inner boundary is
 *  placed where the conversion of the text before it ends (or the conversion of the text after it
 *  begins); a boundary inside a length-changing phrase has no such place, and then the text on each
 *  side of it is converted on its own — losing that one phrase but never dropping or duplicating
 *  text. (A character diff cannot do this job: source and output share almost no characters.) */
export function splitConverted(
  parts: readonly string[],
  converted: string,
  convertFn: TextConverter,
): string[] {
  if (parts.length === 1) return [converted];
  const joined = parts.join('');
  const cuts: number[] = [];
  if (converted.length === joined.length) {
    let at = 0;
    for (const p of parts.slice(0, -1)) {
      at += p.length;
      cuts.push(at);
    }
  } else {
    let at = 0;
    let prev = 0;
    for (const p of parts.slice(0, -1)) {
      at += p.length;
      const head = convertFn(joined.slice(0, at));
      let cut = -1;
      if (converted.startsWith(head)) cut = head.length;
      else {
        const tail = convertFn(joined.slice(at));
        if (converted.endsWith(tail)) cut = converted.length - tail.length;
      }
      if (cut < prev) {
        // No clean place for this boundary: convert the two sides separately (each may still hold
        // clean boundaries), giving up only the phrase that straddles it.
        const k = cuts.length + 1;
        const left = parts.slice(0, k);
        const right = parts.slice(k);
        return [
          ...splitConverted(left, convertFn(left.join('')), convertFn),
          ...splitConverted(right, convertFn(right.join('')), convertFn),
        ];
      }
      cuts.push(cut);
      prev = cut;
    }
  }
  const out: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    out.push(converted.slice(start, cut));
    start = cut;
  }
  out.push(converted.slice(start));
  return out;
}

/** Splits a word-aware conversion back into one piece per part, using the converter's own pieces
 *  (which source span became which output): a cut between words goes between their outputs, a cut
 *  inside a word of unchanged length (头|发 → 頭|髮) at the same offset, and a cut inside a word
 *  whose length changed (软|件 → 軟體) converts each side on its own, as splitConverted does. */
export function splitPieces(
  parts: readonly string[],
  pieces: readonly { srcEnd: number; out: string }[],
  convertFn: TextConverter,
): string[] {
  const out = parts.map(() => '');
  if (parts.length === 0) return out;
  const joined = parts.join('');
  let part = 0;
  let partEnd = parts[0]!.length;
  let start = 0;
  for (const { srcEnd, out: text } of pieces) {
    while (part < parts.length - 1 && partEnd <= start) {
      part++;
      partEnd += parts[part]!.length;
    }
    if (srcEnd <= partEnd || part === parts.length - 1) {
      out[part] += text;
    } else {
      const sameLength = text.length === srcEnd - start;
      let s = start;
      while (s < srcEnd) {
        const e = Math.min(partEnd, srcEnd);
        out[part] += sameLength ? text.slice(s - start, e - start) : convertFn(joined.slice(s, e));
        s = e;
        if (s < srcEnd && part < parts.length - 1) {
          part++;
          partEnd += parts[part]!.length;
        }
      }
    }
    start = srcEnd;
  }
  return out;
}
