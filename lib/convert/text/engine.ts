// Word-aware conversion: segment the text with the lexicon first (cheapest path through the word
// lattice, costs from word frequencies), then run OpenCC's table chain on each word on its own, so a
// character is converted inside the word it belongs to (被|发明 → 被發明, not 被发|明 → 被髮明).
// The chain per word is OpenCC's own (normalisation, source variants, phrases + characters, target
// variants/phrases); the lexicon only decides where words begin and, for the few hundred CEDICT words
// whose reading OpenCC gets wrong on its own, the word's output.
import type { Source, Target } from '../../types';
import { Segmenter, UserPhrases } from './engine-segment';
import { lookupCharMap, nodeInfoOf, table, variantRevDicts } from './engine-tables';
import type { Direction, Lexicon, LexiconFile } from './lexicon';
import type { PhraseTable } from './table';

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

const MEMO_LIMIT = 50_000;
const MAYBE_COMPAT = /[\uf900-\ufaff]|\ud87e/;

export interface WordConverterOptions {
  from: ConcreteSource;
  to: Target;
  lexicon: LexiconFile;
  /** The user's own phrases (source script → output): they win over the lexicon and OpenCC. */
  phrases?: ReadonlyMap<string, string>;
}

export function createWordConverter(opts: WordConverterOptions): AlignedConverter {
  const engine = new WordEngine(opts);
  const convert = ((text: string): string => {
    engine.resOut.length = engine.run(text);
    return engine.resOut.join('');
  }) as AlignedConverter;
  convert.pieces = (text: string): Piece[] => {
    const count = engine.run(text);
    const { resEnd } = engine.seg;
    const out: Piece[] = new Array(count);
    for (let k = 0; k < count; k++) out[k] = { srcEnd: resEnd[k]!, out: engine.resOut[k]! };
    return out;
  };
  convert.aligned = (text: string): string | null => {
    const count = engine.run(text);
    const { resEnd } = engine.seg;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const end = resEnd[k]!;
      if (engine.resOut[k]!.length !== end - start) return null;
      start = end;
    }
    engine.resOut.length = count;
    return engine.resOut.join('');
  };
  return convert;
}

/** One direction's tables, caches and per-call arrays. Every cell of a per-call array that is read
 *  is written first in the same call. */
class WordEngine {
  private readonly lex: Lexicon | null;
  private readonly norm = table('norm');
  private readonly pre: PhraseTable | null;
  private readonly core: PhraseTable | null;
  private readonly post: PhraseTable | null;
  private readonly boundaryTable: PhraseTable | null;
  private readonly charMap: Map<string, string>;
  private readonly charClass: RegExp | null;
  private readonly user: UserPhrases;
  private readonly memo = new Map<string, string>();
  private readonly postMemo = new Map<string, string>();
  // Outputs remembered by trie node (words the lexicon knows) and by code unit (single characters it
  // does not know), so the common word needs no substring and no string-keyed lookup: an index into
  // `cachedOut` (the prepared word's output) and `cachedPost` (that output after the target stage).
  // Index 0 is "not yet".
  private readonly slotOfNode: Int32Array;
  private readonly slotOfUnit = new Int32Array(65536);
  private readonly cachedOut: string[] = [''];
  private readonly cachedPost: (string | undefined)[] = [undefined];
  /** Set by prepare(): false when preparing the text changed its length (see there). */
  private preparedWhole = true;
  /** Each segment's output before the target stage. */
  private readonly outs: string[] = [];
  readonly seg: Segmenter;
  /** run()'s result: pieces' outputs (their source ends in seg.resEnd). */
  readonly resOut: string[] = [];

  constructor(opts: WordConverterOptions) {
    const { from, to } = opts;
    const direction = directionFor(from, to);
    const lex = direction ? opts.lexicon.section(direction) : null;
    this.lex = lex;
    this.pre = from === 'tw' ? table('tw2t') : from === 'hk' ? table('hk2t') : null;
    this.core = direction === 's2t' ? table('s2t') : direction === 't2s' ? table('t2s') : null;
    this.post =
      to === 'tw' ? table('t2tw') : to === 'hk' ? table('t2hk') : to === 'twp' ? table('s2twp', 1) : null;
    // Traditional → Traditional: OpenCC converts without a segmenter; its first table's matches
    // are the words.
    this.boundaryTable = lex ? null : (this.pre ?? this.post);
    this.charMap = lookupCharMap(variantRevDicts(from));
    this.charClass = this.charMap.size
      ? new RegExp(
          `[${[...this.charMap.keys()].map((k) => `\\u${k.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`,
          'g',
        )
      : null;
    this.user = new UserPhrases(opts.phrases);
    this.slotOfNode = new Int32Array(lex?.trie ? lex.trie.size : 1);
    this.seg = new Segmenter({
      trie: lex?.trie ?? null,
      nodeInfo: lex ? nodeInfoOf(lex) : new Int32Array(2),
      unknownCost: lex?.unknownCost ?? 0,
      boundaryTable: this.boundaryTable,
      user: this.user,
    });
  }

  /** Converts one word. `prepared`: already normalised and mapped to OpenCC-standard Traditional
   *  (the whole text was, in one pass, which is what OpenCC does before it segments). */
  private convertWord(seg: string, prepared: boolean): string {
    const { core, lex } = this;
    const own = this.user.out?.get(seg);
    if (own !== undefined) return own;
    // Runs of Latin, digits and punctuation: nothing to convert, no lookup by string.
    if (prepared && (!core || core.passes(seg))) return (core && lex?.outputs.get(seg)) ?? seg;
    let out = prepared ? this.memo.get(seg) : undefined;
    if (out !== undefined) return out;
    let s = seg;
    if (!prepared) {
      s = this.norm.convert(s);
      if (this.pre) s = this.pre.convert(s);
    }
    if (core) s = lex?.outputs.get(s) ?? core.convert(s);
    out = s;
    if (prepared) {
      if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
      this.memo.set(seg, out);
    }
    return out;
  }

  /** The cache slot of the prepared word `src[start, end)` with trie node `node` (0: not a lexicon
   *  word): its output is cachedOut[slot]. 0 when the word is not cached (longer unknown pieces). */
  private preparedSlot(src: string, start: number, end: number, node: number): number {
    const { core, lex, cachedOut } = this;
    if (node > 0) {
      let slot = this.slotOfNode[node]!;
      if (slot === 0) {
        const seg = src.slice(start, end);
        slot = cachedOut.length;
        cachedOut.push(core ? (lex?.nodeOutput.get(node) ?? core.convert(seg)) : seg);
        this.cachedPost.push(undefined);
        this.slotOfNode[node] = slot;
      }
      return slot;
    }
    if (end - start === 1) {
      const code = src.charCodeAt(start);
      let slot = this.slotOfUnit[code]!;
      if (slot === 0) {
        slot = cachedOut.length;
        // Not through convertWord: a user phrase of this one character is checked per call.
        let out = src[start]!;
        if (core) out = lex?.outputs.get(out) ?? core.convert(out);
        cachedOut.push(out);
        this.cachedPost.push(undefined);
        this.slotOfUnit[code] = slot;
      }
      return slot;
    }
    return 0;
  }

  /** post.convert, remembered per word. Most pieces contain no character a target key starts with
   *  (checked first, with no lookup by string); longer pieces (runs of Latin, digits, spaces between
   *  Han words) rarely repeat: not remembered. */
  private postConvert(s: string): string {
    const { post, postMemo } = this;
    if (!post || post.passes(s)) return s;
    if (s.length > 8) return post.convert(s);
    let out = postMemo.get(s);
    if (out === undefined) {
      out = post.convert(s);
      if (postMemo.size >= MEMO_LIMIT) postMemo.clear();
      postMemo.set(s, out);
    }
    return out;
  }

  /** The text as OpenCC-standard source (compatibility ideographs unified, Taiwan/Hong Kong variants
   *  mapped back); `preparedWhole` is false when that changed its length, and then each word is
   *  prepared on its own instead, so offsets keep matching the source. */
  private prepare(text: string): string {
    let k = MAYBE_COMPAT.test(text) ? this.norm.convert(text) : text;
    if (this.pre) k = this.pre.convert(k);
    this.preparedWhole = k.length === text.length;
    if (this.preparedWhole) return k;
    const { charClass, charMap } = this;
    return charClass ? text.replace(charClass, (ch) => charMap.get(ch) ?? ch) : text;
  }

  /** Converts `text` into seg.resEnd/resOut: each piece's source end and output, in order; returns
   *  the number of pieces. */
  run(text: string): number {
    this.seg.ensure(text.length);
    const key = this.boundaryTable ? text : this.prepare(text);
    this.seg.segment(text, key);
    this.words(text, key);
    return this.post ? this.targetPhrases(text) : this.plainResult();
  }

  /** Each segment's output before the target stage, into outs/seg.segSlot. */
  private words(text: string, key: string): void {
    const { seg, outs, cachedOut } = this;
    const prepared = !this.boundaryTable && this.preparedWhole;
    const src = prepared ? key : text;
    const { segEnd, segNode, segSlot, count } = seg;
    const userOut = this.user.out;
    let start = 0;
    for (let k = 0; k < count; k++) {
      const end = segEnd[k]!;
      let slot = 0;
      let out: string | undefined;
      if (prepared) {
        out = this.user.ownOut(src, start, end);
        if (out === undefined) {
          slot = this.preparedSlot(src, start, end, segNode[k]!);
          out = slot ? cachedOut[slot]! : this.convertWord(src.slice(start, end), true);
        }
      } else out = this.convertWord(src.slice(start, end), false);
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
  }

  private plainResult(): number {
    const { segEnd, resEnd, count } = this.seg;
    for (let k = 0; k < count; k++) {
      resEnd[k] = segEnd[k]!;
      this.resOut[k] = this.outs[k]!;
    }
    return count;
  }

  /** Target phrases (軟件 → 軟體, 無線新聞 → 無綫新聞) may span several words, but only whole words:
   *  a phrase that would end inside a word (的士 in 的|士兵) is not one. Walked word by word over the
   *  outputs (no joined string): the longest key that ends where a later word ends. */
  private targetPhrases(text: string): number {
    const post = this.post!;
    const { outs, resOut, cachedPost, user } = this;
    const { segEnd, segSlot, resEnd, count } = this.seg;
    let res = 0;
    let k = 0;
    while (k < count) {
      const o = outs[k]!;
      const srcStart = k ? segEnd[k - 1]! : 0;
      const own = user.startsAt(text, srcStart) && user.out!.has(text.slice(srcStart, segEnd[k]!));
      let last = k;
      let phrase: string | undefined;
      if (!own && k + 1 < count) {
        let node = 0;
        let at = 0;
        let bestAt = o.length;
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
            p = this.postConvert(o);
            cachedPost[slot] = p;
          }
          resOut[res] = p;
        } else resOut[res] = this.postConvert(o);
      }
      resEnd[res++] = segEnd[last]!;
      k = last + 1;
    }
    return res;
  }
}
