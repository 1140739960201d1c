// Script-blind text: every character folded one for one (Traditional → Simplified, full-width ASCII →
// ASCII, upper → lower case), so an offset in the folded text is the same offset in the original.
// Used by search (index and queries), by highlighting matches, and by re-anchoring saved selections
// on a page that was converted to the other script.
import { FOLD_FROM, FOLD_TO } from './fold-chars';

let table: Uint16Array | null = null;

function foldTable(): Uint16Array {
  if (table) return table;
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  for (let i = 0; i < FOLD_FROM.length; i++) t[FOLD_FROM.charCodeAt(i)] = FOLD_TO.charCodeAt(i);
  for (let c = 0x41; c <= 0x5a; c++) t[c] = c + 32; // A-Z → a-z
  for (let c = 0xff01; c <= 0xff5e; c++) {
    const ascii = c - 0xfee0;
    t[c] = ascii >= 0x41 && ascii <= 0x5a ? ascii + 32 : ascii; // full-width ASCII
  }
  t[0x3000] = 0x20; // ideographic space
  table = t;
  return t;
}

/** The text folded to one script and case; same length as `text`. */
export function fold(text: string): string {
  const t = foldTable();
  const n = text.length;
  let i = 0;
  while (i < n && t[text.charCodeAt(i)] === text.charCodeAt(i)) i++;
  if (i === n) return text;
  const out = new Uint16Array(n);
  for (let j = 0; j < n; j++) out[j] = t[text.charCodeAt(j)]!;
  let s = '';
  for (let j = 0; j < n; j += 8192) s += String.fromCharCode(...out.subarray(j, j + 8192));
  return s;
}

/** The distinct characters of `text` that fold to something else, with what they fold to. */
export function foldMap(text: string): Map<string, string> {
  const t = foldTable();
  const map = new Map<string, string>();
  for (let j = 0; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (t[c] !== c) map.set(text[j]!, String.fromCharCode(t[c]!));
  }
  return map;
}
