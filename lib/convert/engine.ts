// Word-aware conversion: segment the text with the lexicon first (cheapest path through the word
// lattice, costs from word frequencies), then run OpenCC's table chain on each word on its own, so a
// character is converted inside the word it belongs to (被|发明 → 被發明, not 被发|明 → 被髮明).
// The chain per word is OpenCC's own (normalisation, source variants, phrases + characters, target
// variants/phrases); the lexicon only decides where words begin and, for the few hundred CEDICT words
// whose reading OpenCC gets wrong on its own, the word's output.
import * as Locale from 'opencc-js/preset';
import type { Source, Target } from '../types';
import type { Direction, Lexicon, LexiconFile } from './lexicon';
import { type DictLike, PhraseTable } from './table';

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

type ConfigName = 's2t' | 't2s' | 'tw2t' | 'hk2t' | 't2tw' | 't2hk' | 's2twp';

interface LocaleConfig {
  normalizationChain?: readonly (readonly DictLike[])[];
  conversionChain: readonly (readonly DictLike[])[];
}

const tableCache = new Map<string, PhraseTable>();

function table(config: ConfigName | 'norm', index = 0): PhraseTable {
  const key = `${config}/${index}`;
  let t = tableCache.get(key);
  if (!t) {
    const configs = Locale.configs as unknown as Record<string, LocaleConfig>;
    const group =
      config === 'norm' ? configs.s2t?.normalizationChain?.[0] : configs[config]?.conversionChain[index];
    if (!group) throw new Error(`opencc-js has no table ${key}`);
    t = new PhraseTable(group);
    tableCache.set(key, t);
  }
  return t;
}

/** Character-for-character maps used only to look words up (never for output): a Taiwan or Hong Kong
 *  variant (裡, 台) is looked up as OpenCC-standard Traditional (裏, 臺). */
function lookupCharMap(dicts: readonly DictLike[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const dict of dicts) {
    if (typeof dict !== 'string') continue;
    for (const entry of dict.split('|')) {
      const [k = '', v = ''] = entry.split(' ');
      if (k.length === 1 && v.length === 1 && !map.has(k)) map.set(k, v);
    }
  }
  return map;
}

function variantRevDicts(from: ConcreteSource): DictLike[] {
  const configs = Locale.configs as unknown as Record<string, LocaleConfig>;
  const out: DictLike[] = [...(configs.s2t?.normalizationChain?.[0] ?? [])];
  if (from === 'tw') out.push(...(configs.tw2t?.conversionChain[0] ?? []));
  if (from === 'hk') out.push(...(configs.hk2t?.conversionChain[0] ?? []));
  return out;
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
  const nodeCost = lex?.nodeCost ?? new Int32Array(1);
  const memo = new Map<string, string>();
  /** Outputs of prepared words the lexicon knows, by trie node (no substring needed to find them). */
  const nodeMemo = new Map<number, string>();
  /** Outputs of prepared single code units the lexicon does not know (punctuation, rare characters). */
  const unitMemo = new Map<number, string>();
  const postMemo = new Map<string, string>();

  /** Converts one word. `prepared`: already normalised and mapped to OpenCC-standard Traditional
   *  (the whole text was, in one pass, which is what OpenCC does before it segments). */
  const convertWord = (seg: string, prepared: boolean): string => {
    const own = userOut?.get(seg);
    if (own !== undefined) return own;
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

  /** convertWord(src.slice(start, end), true) for a prepared word, found by its trie node when the
   *  lexicon has it (`node` > 0) — the common case, with no substring built. */
  const preparedWord = (src: string, start: number, end: number, node: number): string => {
    const own = ownOut(src, start, end);
    if (own !== undefined) return own;
    if (node > 0) {
      let out = nodeMemo.get(node);
      if (out === undefined) {
        const seg = src.slice(start, end);
        out = core ? (lex?.nodeOutput.get(node) ?? core.convert(seg)) : seg;
        nodeMemo.set(node, out);
      }
      return out;
    }
    if (end - start === 1) {
      const code = src.charCodeAt(start);
      let out = unitMemo.get(code);
      if (out === undefined) {
        out = convertWord(src[start]!, true);
        unitMemo.set(code, out);
      }
      return out;
    }
    return convertWord(src.slice(start, end), true);
  };

  /** post.convert, remembered per word (the words' strings repeat, and are the same objects).
   *  Longer pieces (runs of Latin, digits, spaces between Han words) rarely repeat: not remembered. */
  const postConvert = (s: string): string => {
    if (!post) return s;
    if (s.length > 8) return post.passes(s) ? s : post.convert(s);
    let out = postMemo.get(s);
    if (out === undefined) {
      out = post.passes(s) ? s : post.convert(s);
      if (postMemo.size >= MEMO_LIMIT) postMemo.clear();
      postMemo.set(s, out);
    }
    return out;
  };

  const MAYBE_COMPAT = /[\uf900-\ufaff]|\ud87e/;
  /** The text as OpenCC-standard source (compatibility ideographs unified, Taiwan/Hong Kong variants
   *  mapped back); `prepared` is false when that changed its length, and then each word is prepared
   *  on its own instead, so offsets keep matching the source. */
  const prepare = (text: string): { key: string; prepared: boolean } => {
    let k = MAYBE_COMPAT.test(text) ? norm.convert(text) : text;
    if (pre) k = pre.convert(k);
    if (k.length === text.length) return { key: k, prepared: true };
    return {
      key: charClass ? text.replace(charClass, (ch) => charMap.get(ch) ?? ch) : text,
      prepared: false,
    };
  };

  // Lattice arrays, reused from call to call (a page converts thousands of short runs; fresh typed
  // arrays each time were a good part of the garbage). Every cell read is written first.
  let scratchBest = new Float64Array(256);
  let scratchNext = new Int32Array(256);
  let scratchWord = new Int32Array(256);

  /** Segment ends over `text` (UTF-16 offsets), cheapest path through the lattice, and for each
   *  segment the lexicon's trie node for it in `key` (0 when it is not one lexicon word). */
  const segment = (text: string, key: string): { ends: number[]; nodes: number[] } => {
    const n = text.length;
    const ends: number[] = [];
    const nodes: number[] = [];
    if (boundaryTable) {
      boundaryTable.convert(text, (end) => {
        ends.push(end);
        nodes.push(0);
      });
      return { ends, nodes };
    }
    if (scratchBest.length < n + 1) {
      const size = Math.max(n + 1, scratchBest.length * 2);
      scratchBest = new Float64Array(size);
      scratchNext = new Int32Array(size);
      scratchWord = new Int32Array(size);
    }
    const best = scratchBest;
    const next = scratchNext;
    const word = scratchWord;
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
      const single = node !== 0 ? nodeCost[node]! : -1;
      let b = (single >= 0 ? single : unknown) + best[i + step]!;
      let to = i + step;
      let chosen = node;
      if (node !== 0) {
        let cur = node;
        for (let j = i + step + 1; j <= n; j++) {
          cur = trie!.next(cur, key.charCodeAt(j - 1));
          if (cur === 0) break;
          const w = nodeCost[cur]!;
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
      // Runs of non-Han characters (spaces, Latin, digits, punctuation) go through as one piece, cut
      // where Latin letters and digits begin or end, so a target phrase can start there (、|B超).
      const plain = j === i + 1 && !isHanUnit(text.charCodeAt(i));
      if (plain && runStart >= 0 && isAlnum(text.charCodeAt(i)) !== isAlnum(text.charCodeAt(i - 1))) {
        ends.push(i);
        nodes.push(0);
        runStart = -1;
      }
      if (plain) {
        if (runStart < 0) runStart = i;
      } else {
        if (runStart >= 0) {
          ends.push(i);
          nodes.push(0);
        }
        runStart = -1;
        ends.push(j);
        nodes.push(word[i]!);
      }
      i = j;
    }
    if (runStart >= 0) {
      ends.push(n);
      nodes.push(0);
    }
    return { ends, nodes };
  };

  /** Calls `emit(srcEnd, out)` for each word of `text`, in order. */
  const run = (text: string, emit: (srcEnd: number, out: string) => void): void => {
    const { key, prepared } = boundaryTable ? { key: text, prepared: false } : prepare(text);
    const src = prepared ? key : text;
    const { ends, nodes } = segment(text, key);
    const outs: string[] = [];
    let start = 0;
    for (let k = 0; k < ends.length; k++) {
      const end = ends[k]!;
      let out = prepared
        ? preparedWord(src, start, end, nodes[k]!)
        : convertWord(src.slice(start, end), false);
      // A reduplicated measure word or verb (一只只, 一条条) repeats the word before it: it is that
      // word's character again, not the character on its own (一隻隻, not 一隻只).
      if (end - start === 1 && start > 0 && k > 0 && text.charCodeAt(start) === text.charCodeAt(start - 1)) {
        const prevOut = outs[k - 1]!;
        if (prevOut.length > 0) {
          const last = prevOut[prevOut.length - 1]!;
          if (last !== out && !userOut?.has(text[start]!)) out = last;
        }
      }
      outs.push(out);
      start = end;
    }
    if (!post) {
      for (let k = 0; k < ends.length; k++) emit(ends[k]!, outs[k]!);
      return;
    }
    // Target phrases (軟件 → 軟體, 無線新聞 → 無綫新聞) may span several words, but only whole words:
    // a phrase that would end inside a word (的士 in 的|士兵) is not one.
    const joined = outs.join('');
    const outEnds = new Int32Array(outs.length);
    let at = 0;
    for (let k = 0; k < outs.length; k++) {
      at += outs[k]!.length;
      outEnds[k] = at;
    }
    let k = 0;
    let pos = 0;
    while (k < outs.length) {
      const srcStart = k ? ends[k - 1]! : 0;
      const own =
        userOut !== undefined &&
        hasUser &&
        userFirst.has(text.charCodeAt(srcStart)) &&
        userOut.has(text.slice(srcStart, ends[k]!));
      let last = k;
      // No target phrase starts with a character no key starts with (most words): skip the search.
      if (!own && k + 1 < outs.length && post.startsKey(joined.charCodeAt(pos))) {
        let m = k;
        const end = post.matchWhere(joined, pos, (e) => {
          while (m < outs.length - 1 && outEnds[m]! < e) m++;
          return outEnds[m] === e;
        });
        if (end > outEnds[k]!) {
          last = k;
          while (outEnds[last]! < end) last++;
        }
      }
      if (last > k)
        emit(ends[last]!, post.get(joined.slice(pos, outEnds[last]!)) ?? joined.slice(pos, outEnds[last]!));
      else emit(ends[k]!, own ? outs[k]! : postConvert(outs[k]!));
      pos = outEnds[last]!;
      k = last + 1;
    }
  };

  const pieces = (text: string): Piece[] => {
    const out: Piece[] = [];
    run(text, (srcEnd, o) => out.push({ srcEnd, out: o }));
    return out;
  };

  const convert = ((text: string): string => {
    let out = '';
    run(text, (_end, o) => {
      out += o;
    });
    return out;
  }) as AlignedConverter;
  convert.pieces = pieces;
  convert.aligned = (text: string): string | null => {
    let out = '';
    let start = 0;
    let same = true;
    run(text, (srcEnd, o) => {
      if (o.length !== srcEnd - start) same = false;
      out += o;
      start = srcEnd;
    });
    return same ? out : null;
  };
  return convert;
}
