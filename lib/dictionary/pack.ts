// Ship-size packing of the compiled dictionary. The extension zip is deflated, and deflate cannot
// squeeze large monotone offsets. So in the FILE the monotone columns are delta-coded (small numbers,
// mostly zero bytes); the loader undoes that in place, once, before the first lookup (prefix sums, a
// couple of ms; re-hashing every key to rebuild the table instead took ~30 ms, over the load budget).
// In memory the layout is exactly format.ts's, so lookups are unchanged.
import { ENTRY_WORDS, H, HEADER_WORDS } from './format';

function view(buffer: ArrayBuffer) {
  const h = new Uint32Array(buffer, 0, HEADER_WORDS);
  const w = (i: number): number => h[i] ?? 0;
  const keyCount = w(H.keyCount);
  const entryCount = w(H.entryCount);
  return {
    h,
    keyCount,
    keyStart: new Uint32Array(buffer, w(H.keyStartOffset), keyCount + 1),
    keyEntries: new Uint32Array(buffer, w(H.keyEntriesOffset), keyCount + 1),
    entries: new Uint32Array(buffer, w(H.entriesOffset), entryCount * ENTRY_WORDS),
    entryCount,
    entryRefs: new Uint32Array(buffer, w(H.entryRefsOffset), w(H.refCount)),
    keyPool: new Uint16Array(buffer, w(H.keyPoolOffset), w(H.keyPoolUnits)),
  };
}

function deltaDecode(a: Uint32Array, first: number, stride: number): void {
  for (let i = first + stride; i < a.length; i += stride) a[i] = ((a[i] ?? 0) + (a[i - stride] ?? 0)) >>> 0;
}

const PACKED = 1;
/** Flag bit: the key pool is front-coded (sorted keys share prefixes: 中国, 中国人, 中国人民 …). */
const FRONT_CODED = 2;

/** Front-codes the key pool in place: one byte per key (units shared with the previous key), packed
 *  two to a unit, then only the units each key adds. Returns false (pool untouched) when that would not
 *  fit in the pool's own space, as in tiny test dictionaries of single characters. */
function frontCode(keyStart: Uint32Array, keyPool: Uint16Array, keyCount: number): boolean {
  const shared = new Uint8Array(keyCount);
  const suffix = new Uint16Array(keyPool.length);
  let n = 0;
  let prev = 0;
  let prevEnd = 0;
  for (let k = 0; k < keyCount; k++) {
    const start = keyStart[k] ?? 0;
    const end = keyStart[k + 1] ?? 0;
    let c = 0;
    while (c < 255 && c < end - start && c < prevEnd - prev && keyPool[start + c] === keyPool[prev + c]) c++;
    shared[k] = c;
    for (let i = start + c; i < end; i++) suffix[n++] = keyPool[i] ?? 0;
    prev = start;
    prevEnd = end;
  }
  const sharedUnits = Math.ceil(keyCount / 2);
  if (sharedUnits + n > keyPool.length) return false;
  keyPool.fill(0);
  new Uint8Array(keyPool.buffer, keyPool.byteOffset, keyCount).set(shared);
  keyPool.set(suffix.subarray(0, n), sharedUnits);
  return true;
}

function frontDecode(keyStart: Uint32Array, keyPool: Uint16Array, keyCount: number): void {
  // The coded form is read from copies (under 1 MB) because decoding overwrites it in place.
  const shared = new Uint8Array(keyPool.buffer, keyPool.byteOffset, keyCount).slice();
  const sharedUnits = Math.ceil(keyCount / 2);
  const suffix = keyPool.slice(sharedUnits);
  let n = 0;
  let prev = 0;
  for (let k = 0; k < keyCount; k++) {
    const start = keyStart[k] ?? 0;
    const end = keyStart[k + 1] ?? 0;
    const c = shared[k] ?? 0;
    keyPool.copyWithin(start, prev, prev + c);
    for (let i = start + c; i < end; i++) keyPool[i] = suffix[n++] ?? 0;
    prev = start;
  }
}

/** Turns a freshly compiled buffer into its shipped form (in place). */
export function packDictionary(buffer: ArrayBuffer): void {
  const v = view(buffer);
  if (v.h[H.packed]) return;
  const coded = frontCode(v.keyStart, v.keyPool, v.keyCount);
  // Simplified key index relative to the traditional one: 0 whenever the two headwords are the same.
  for (let i = 0; i < v.entries.length; i += ENTRY_WORDS) {
    v.entries[i + 1] = ((v.entries[i + 1] ?? 0) - (v.entries[i] ?? 0)) >>> 0;
  }
  const last = (stride: number, first: number, length: number): number =>
    first + Math.floor((length - 1 - first) / stride) * stride;
  // Columns: entry text offsets and traditional key indexes follow CEDICT order, nearly monotone.
  for (const [a, first, stride] of [
    [v.keyStart, 0, 1],
    [v.keyEntries, 0, 1],
    [v.entries, 0, ENTRY_WORDS],
    [v.entries, 2, ENTRY_WORDS],
    [v.entryRefs, 0, 1],
  ] as const) {
    for (let i = last(stride, first, a.length); i >= first + stride; i -= stride) {
      a[i] = ((a[i] ?? 0) - (a[i - stride] ?? 0)) >>> 0;
    }
  }
  v.h[H.packed] = PACKED | (coded ? FRONT_CODED : 0);
}

/** Undoes packDictionary in place; a buffer that is not packed is left alone. */
export function unpackDictionary(buffer: ArrayBuffer): void {
  const v = view(buffer);
  const flags = v.h[H.packed] ?? 0;
  if (!(flags & PACKED)) return;
  deltaDecode(v.keyStart, 0, 1);
  if (flags & FRONT_CODED) frontDecode(v.keyStart, v.keyPool, v.keyCount);
  deltaDecode(v.keyEntries, 0, 1);
  deltaDecode(v.entries, 0, ENTRY_WORDS);
  deltaDecode(v.entries, 2, ENTRY_WORDS);
  deltaDecode(v.entryRefs, 0, 1);
  for (let i = 0; i < v.entries.length; i += ENTRY_WORDS) {
    v.entries[i + 1] = ((v.entries[i + 1] ?? 0) + (v.entries[i] ?? 0)) >>> 0;
  }
  v.h[H.packed] = 0;
}
