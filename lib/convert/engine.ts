// Word-aware conversion: segment the text with the lexicon first (cheapest path through the word
// lattice, costs from word frequencies), then run OpenCC's table chain on each word on its own, so a
// character is converted inside the word it belongs to (被|发明 → 被發明, not 被发|明 → 被髮明).
// The chain per word is OpenCC's own (normalisation, source variants, phrases + characters, target
// variants/phrases); the lexicon only decides where words begin and, for the few hundred CEDICT words
// whose reading OpenCC gets wrong on its own, the word's output.
import type { Source, Target } from '../types';
import { lookupCharMap, nodeInfoOf, table, variantRevDicts } from './engine-tables';
import type { Direction, Lexicon, LexiconFile } from './lexicon';

export type ConcreteSource = Exclude<Source, 'auto'>;

/** One segment of a conversion: the source text up to `srcEnd` became `out`. */
export interface Piece {
  srcEnd: number;
  out: string;
}

/** A converter that can also say which source span became which output (for writing a converted
 *  block back into its text nodes). */
export interface AlignedConverter {
  (text: string): string;
  pieces(text: string): Piece[];
  /** The output when every word's output is as long as the word, else null. */
  aligned(text: string): string | null;
}

export const isTraditional = (v: ConcreteSource | Target): boolean => v !== 'cn';

/** Which lexicon direction a pair needs, if any (Traditional ↔ Traditional needs none). */
export function directionFor(from: ConcreteSource, to: Target): Direction | null {
  if (from === 'cn' && to !== 'cn') return 's2t';
  if (from !== 'cn' && to === 'cn') return 't2s';
  return null;
}

const USER_COST = -1_000_000;
const MEMO_LIMIT = 50_000;

const isHanUnit = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff);

const isAlnum = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);

export interface WordConverterOptions {
  from: ConcreteSource;
  to: Target;
  lexicon: LexiconFile;
  /** The user's own phrases (source script → output): they win over the lexicon and OpenCC. */
  phrases?: ReadonlyMap<string, string>;
}

export function createWordConverter(opts: WordConverterOptions): AlignedConverter {
  const { from, to } = opts;
  const direction = directionFor(from, to);
  const lex: Lexicon | null = direction ? opts.lexicon.section(direction) : null;
  const norm = table('norm');
  const pre = from === 'tw' ? table('tw2t') : from === 'hk' ? table('hk2t') : null;
  const core = direction === 's2t' ? table('s2t') : direction === 't2s' ? table('t2s') : null;
  const post =
    to === 'tw' ? table('t2tw') : to === 'hk' ? table('t2hk') : to === 'twp' ? table('s2twp', 1) : null;
  // Traditional → Traditional: OpenCC converts without a segmenter; its first table's matches are
  // the words.
  const boundaryTable = lex ? null : (pre ?? post);
  const charMap = lookupCharMap(variantRevDicts(from));
  const charClass = charMap.size
    ? new RegExp(
        `[${[...charMap.keys()].map((k) => `\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
        'g',
      )
    : null;

  const user = new Map<string, number>();
  for (const key of opts.phrases?.keys() ?? []) {
    if (!key) continue;
    user.set(key, USER_COST);
    for (let i = key.length - 1; i > 0; i--) if (!user.has(key.slice(0, i))) user.set(key.slice(0, i), 0);
  }
  const userOut = opts.phrases;
  const userMax = Math.max(0, ...[...user.keys()].map((k) => k.length));
  // First code units of the user's phrases: a position starting none of them needs no lookup.
  const userFirst = new Set<number>([...user.keys()].map((k) => k.charCodeAt(0)));
  const hasUser = user.size > 0;
  /** The user's output for `s[start, end)`, if that is one of their phrases. */
  const ownOut = (s: string, start: number, end: number): string | undefined =>
    hasUser && userFirst.has(s.charCodeAt(start)) ? userOut?.get(s.slice(start, end)) : undefined;

  const trie = lex?.trie ?? null;
  /** Per trie node: [cost, mask of its children's code units] (see CodeTrie.withChildMasks). */
  const nodeInfo = lex ? nodeInfoOf(lex) : new Int32Array(2);
  const memo = new Map<string, string>();
  const postMemo = new Map<string, string>();

  // Outputs remembered by trie node (words the lexicon knows) and by code unit (single characters it
  // does not know), so the common word needs no substring and no string-keyed lookup: an index into
  // `cachedOut` (the prepared word's output) and `cachedPost` (that output after the target stage).
  // Index 0 is "not yet".
  const slotOfNode = new Int32Array(trie ? trie.size : 1);
  const slotOfUnit = new Int32Array(65536);
  const cachedOut: string[] = [''];
  const cachedPost: (string | undefined)[] = [undefined];

  /** Converts one word. `prepared`: already normalised and mapped to OpenCC-standard Traditional
   *  (the whole text was, in one pass, which is what OpenCC does before it segments). */
  const convertWord = (seg: string, prepared: boolean): string => {
    const own = userOut?.get(seg);
    if (own !== undefined) return own;
    // Runs of Latin, digits and punctuation: nothing to convert, no lookup by string.
    if (prepared && (!core || core.passes(seg))) return (core && lex?.outputs.get(seg)) ?? seg;
    let out = prepared ? memo.get(seg) : undefined;
    if (out !== undefined) return out;
    let s = seg;
    if (!prepared) {
      s = norm.convert(s);
      if (pre) s = pre.convert(s);
    }
    if (core) s = lex?.outputs.get(s) ?? core.convert(s);
    out = s;
    if (prepared) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(seg, out);
    }
    return out;
  };

  /** The cache slot of the prepared word `src[start, end)` with trie node `node` (0: not a lexicon
   *  word): its output is cachedOut[slot]. 0 when the word is not cached (longer unknown pieces). */
  const preparedSlot = (src: string, start: number, end: number, node: number): number => {
    if (node > 0) {
      let slot = slotOfNode[node]!;
      if (slot === 0) {
        const seg = src.slice(start, end);
        slot = cachedOut.length;
        cachedOut.push(core ? (lex?.nodeOutput.get(node) ?? core.convert(seg)) : seg);
        cachedPost.push(undefined);
        slotOfNode[node] = slot;
      }
      return slot;
    }
    if (end - start === 1) {
      const code = src.charCodeAt(start);
      let slot = slotOfUnit[code]!;
      if (slot === 0) {
        slot = cachedOut.length;
        // Not through convertWord: a user phrase of this one character is checked per call.
        let out = src[start]!;
        if (core) out = lex?.outputs.get(out) ?? core.convert(out);
        cachedOut.push(out);
        cachedPost.push(undefined);
        slotOfUnit[code] = slot;
      }
      return slot;
    }
    return 0;
  };

  /** post.convert, remembered per word. Most pieces contain no character a target key starts with
   *  (checked first, with no lookup by string); longer pieces (runs of Latin, digits, spaces between
   *  Han words) rarely repeat: not remembered. */
  const postConvert = (s: string): string => {
    if (!post || post.passes(s)) return s;
    if (s.length > 8) return post.convert(s);
    let out = postMemo.get(s);
    if (out === undefined) {
      out = post.convert(s);
      if (postMemo.size >= MEMO_LIMIT) postMemo.clear();
      postMemo.set(s, out);
    }
    return out;
  };

  const MAYBE_COMPAT = /[\uf900-\ufaff]|\ud87e/;
  /** Set by prepare(): false when preparing the text changed its length (see there). */
  let preparedWhole = true;
  /** The text as OpenCC-standard source (compatibility ideographs unified, Taiwan/Hong Kong variants
   *  mapped back); `preparedWhole` is false when that changed its length, and then each word is
   *  prepared on its own instead, so offsets keep matching the source. */
  const prepare = (text: string): string => {
    let k = MAYBE_COMPAT.test(text) ? norm.convert(text) : text;
    if (pre) k = pre.convert(k);
    preparedWhole = k.length === text.length;
    if (preparedWhole) return k;
    return charClass ? text.replace(charClass, (ch) => charMap.get(ch) ?? ch) : text;
  };

  // Per-call arrays, reused from call to call (a page converts tens of thousands of short runs;
  // fresh arrays each time were a good part of the garbage). Every cell read is written first.
  let cap = 0;
  let best = new Float64Array(0);
  let next = new Int32Array(0);
  let word = new Int32Array(0);
  /** Segments: source end, lexicon trie node (0: none), cache slot of the output (0: none). */
  let segEnd = new Int32Array(0);
  let segNode = new Int32Array(0);
  let segSlot = new Int32Array(0);
  /** Each segment's output before the target stage. */
  const outs: string[] = [];
  /** run()'s result: pieces (source end, output), `count` of them. */
  let resEnd = new Int32Array(0);
  const resOut: string[] = [];
  let segCount = 0;
  const ensure = (n: number): void => {
    if (cap >= n + 1) return;
    cap = Math.max(n + 1, cap * 2, 256);
    best = new Float64Array(cap);
    next = new Int32Array(cap);
    word = new Int32Array(cap);
    segEnd = new Int32Array(cap);
    segNode = new Int32Array(cap);
    segSlot = new Int32Array(cap);
    resEnd = new Int32Array(cap);
  };
  const pushSeg = (end: number, node: number): void => {
    segEnd[segCount] = end;
    segNode[segCount++] = node;
  };
  const pushBoundary = (end: number): void => pushSeg(end, 0);

  /** Segments `text` into segEnd/segNode (UTF-16 ends; the lexicon's trie node for each segment in
   *  `key`, 0 when it is not one lexicon word): the cheapest path through the lattice. */
  const segment = (text: string, key: string): void => {
    const n = text.length;
    segCount = 0;
    if (boundaryTable) {
      boundaryTable.convert(text, pushBoundary);
      return;
    }
    best[n] = 0;
    next[n] = 0;
    const unknown = lex?.unknownCost ?? 0;
    for (let i = n - 1; i >= 0; i--) {
      const c = key.charCodeAt(i);
      const before = i > 0 ? key.charCodeAt(i - 1) : 0;
      if (c >= 0xdc00 && c <= 0xdfff && before >= 0xd800 && before <= 0xdbff) {
        // Never start inside a surrogate pair (the pair is one step from its high half). Only after
        // a high half: a stray low half after any other character is a character of its own.
        best[i] = Number.POSITIVE_INFINITY;
        next[i] = i + 1;
        word[i] = 0;
        continue;
      }
      const step = c >= 0xd800 && c <= 0xdbff && i + 1 < n ? 2 : 1;
      // The one-character word, then longer words by walking the trie on; every prefix of a word is
      // a node, so the walk ends where no longer word can start with these characters.
      let node = trie ? trie.next(0, c) : 0;
      if (node !== 0 && step === 2) node = trie!.next(node, key.charCodeAt(i + 1));
      const single = node !== 0 ? nodeInfo[node * 2]! : -1;
      let b = (single >= 0 ? single : unknown) + best[i + step]!;
      let to = i + step;
      let chosen = node;
      if (node !== 0) {
        let cur = node;
        for (let j = i + step + 1; j <= n; j++) {
          const code = key.charCodeAt(j - 1);
          if (((nodeInfo[cur * 2 + 1]! >>> (code & 31)) & 1) === 0) break;
          cur = trie!.next(cur, code);
          if (cur === 0) break;
          const w = nodeInfo[cur * 2]!;
          if (w >= 0 && w + best[j]! < b) {
            b = w + best[j]!;
            to = j;
            chosen = cur;
          }
        }
      }
      if (hasUser && userFirst.has(text.charCodeAt(i))) {
        const limit = Math.min(n, i + userMax);
        for (let j = i + 1; j <= limit; j++) {
          const w = user.get(text.slice(i, j));
          if (w === undefined) break;
          if (w === USER_COST && w + best[j]! < b) {
            b = w + best[j]!;
            to = j;
            chosen = 0;
          }
        }
      }
      best[i] = b;
      next[i] = to;
      word[i] = chosen;
    }
    let i = 0;
    let runStart = -1;
    while (i < n) {
      const j = next[i]!;
      const c = text.charCodeAt(i);
      // Runs of non-Han characters (spaces, Latin, digits, punctuation) go through as one piece, cut
      // where Latin letters and digits begin or end, so a target phrase can start there (、|B超).
      const plain = j === i + 1 && !isHanUnit(c);
      if (plain) {
        if (runStart < 0) runStart = i;
        else if (isAlnum(c) !== isAlnum(text.charCodeAt(i - 1))) {
          pushSeg(i, 0);
          runStart = i;
        }
      } else {
        if (runStart >= 0) pushSeg(i, 0);
        runStart = -1;
        pushSeg(j, word[i]!);
      }
      i = j;
    }
    if (runStart >= 0) pushSeg(n, 0);
  };

  /** Converts `text` into resEnd/resOut: each piece's source end and output, in order; returns the
   *  number of pieces. */
  const run = (text: string): number => {
    ensure(text.length);
    const key = boundaryTable ? text : prepare(text);
    const prepared = !boundaryTable && preparedWhole;
    const src = prepared ? key : text;
    segment(text, key);
    const count = segCount;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const end = segEnd[k]!;
      let slot = 0;
      let out: string | undefined;
      if (prepared) {
        out = ownOut(src, start, end);
        if (out === undefined) {
          slot = preparedSlot(src, start, end, segNode[k]!);
          out = slot ? cachedOut[slot]! : convertWord(src.slice(start, end), true);
        }
      } else out = convertWord(src.slice(start, end), false);
      // A reduplicated measure word or verb (一只只, 一条条) repeats the word before it: it is that
      // word's character again, not the character on its own (一隻隻, not 一隻只).
      if (end - start === 1 && start > 0 && k > 0 && text.charCodeAt(start) === text.charCodeAt(start - 1)) {
        const prevOut = outs[k - 1]!;
        if (prevOut.length > 0) {
          const last = prevOut[prevOut.length - 1]!;
          if (last !== out && !userOut?.has(text[start]!)) {
            out = last;
            slot = 0;
          }
        }
      }
      outs[k] = out;
      segSlot[k] = slot;
      start = end;
    }
    if (!post) {
      for (let k = 0; k < count; k++) {
        resEnd[k] = segEnd[k]!;
        resOut[k] = outs[k]!;
      }
      return count;
    }
    // Target phrases (軟件 → 軟體, 無線新聞 → 無綫新聞) may span several words, but only whole words:
    // a phrase that would end inside a word (的士 in 的|士兵) is not one. Walked word by word over the
    // outputs (no joined string): the longest key that ends where a later word ends.
    let res = 0;
    let k = 0;
    while (k < count) {
      const o = outs[k]!;
      const srcStart = k ? segEnd[k - 1]! : 0;
      const own =
        hasUser && userFirst.has(text.charCodeAt(srcStart)) && userOut!.has(text.slice(srcStart, segEnd[k]!));
      let last = k;
      let phrase: string | undefined;
      if (!own && k + 1 < count) {
        let node = 0;
        let at = 0;
        const endK = o.length;
        let bestAt = endK;
        walk: for (let m = k; m < count; m++) {
          const w = outs[m]!;
          for (let c = 0; c < w.length; c++) {
            node = post.step(node, w.charCodeAt(c));
            if (node === 0) break walk;
          }
          at += w.length;
          if (at > bestAt && m > k) {
            const v = post.valueAt(node);
            if (v !== undefined) {
              bestAt = at;
              last = m;
              phrase = v;
            }
          }
        }
      }
      if (phrase !== undefined) resOut[res] = phrase;
      else if (own) resOut[res] = o;
      else {
        const slot = segSlot[k]!;
        if (slot) {
          let p = cachedPost[slot];
          if (p === undefined) {
            p = postConvert(o);
            cachedPost[slot] = p;
          }
          resOut[res] = p;
        } else resOut[res] = postConvert(o);
      }
      resEnd[res++] = segEnd[last]!;
      k = last + 1;
    }
    return res;
  };

  const pieces = (text: string): Piece[] => {
    const count = run(text);
    const out: Piece[] = new Array(count);
    for (let k = 0; k < count; k++) out[k] = { srcEnd: resEnd[k]!, out: resOut[k]! };
    return out;
  };

  const convert = ((text: string): string => {
    resOut.length = run(text);
    return resOut.join('');
  }) as AlignedConverter;
  convert.pieces = pieces;
  convert.aligned = (text: string): string | null => {
    const count = run(text);
    let start = 0;
    for (let k = 0; k < count; k++) {
      const end = resEnd[k]!;
      if (resOut[k]!.length !== end - start) return null;
      start = end;
    }
    resOut.length = count;
    return resOut.join('');
  };
  return convert;
}
