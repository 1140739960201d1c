// The word converter's fast paths (scratch arrays, outputs cached by trie node and code unit, the
// lattice's child-mask shortcut, target phrases walked over the words without joining them) against
// a straightforward reference written from the description in engine.ts: substrings and lookups by
// string throughout. Random mixes of Han, Latin, digits, punctuation and surrogates, fixed seed.
import * as Locale from 'opencc-js/preset';
import { describe, expect, it } from 'vitest';
import {
  type ConcreteSource,
  createWordConverter,
  directionFor,
  type Piece,
} from '../../lib/convert/text/engine';
import { type LexiconFile, parseLexicon } from '../../lib/convert/text/lexicon';
import { compileLexicon } from '../../lib/convert/text/lexicon-compile';
import { type DictLike, PhraseTable } from '../../lib/convert/text/table';
import type { Target } from '../../lib/types';

const lexicon: LexiconFile = parseLexicon(
  compileLexicon({
    s2t: [
      '被发 被髮|头发 頭髮|了解 瞭解|的士 的士|干净 乾淨',
      '发 發|头 頭|发明 發明|只 只|长 長|干 幹|里 裏|后 後',
    ],
    t2s: ['乾淨 干净', '發 发|髮 发|頭 头|長 长|幹 干|乾 干|裏 里|後 后|軟 软|體 体'],
    cedict: [
      { simplified: '发', traditional: '發', definitions: ['to send out'] },
      { simplified: '发', traditional: '髮', definitions: ['hair'] },
      { simplified: '发明', traditional: '發明', definitions: ['to invent'] },
      { simplified: '发展', traditional: '發展', definitions: ['development'] },
      { simplified: '增长', traditional: '增長', definitions: ['to grow'] },
      { simplified: '一只', traditional: '一隻', definitions: ['one (animal)'] },
      { simplified: '士兵', traditional: '士兵', definitions: ['soldier'] },
      { simplified: '软件', traditional: '軟件', definitions: ['software'] },
      { simplified: '信息', traditional: '信息', definitions: ['information'] },
      { simplified: '里面', traditional: '裡面', definitions: ['inside'] },
      { simplified: '𠮷野', traditional: '𠮷野', definitions: ['(a name)'] },
    ],
    frequency: new Map([
      ['被', 5000],
      ['发', 3000],
      ['明', 3000],
      ['发明', 9000],
      ['发展', 2000],
      ['增长', 900],
      ['长', 2000],
      ['头', 2000],
      ['一只', 300],
      ['只', 3000],
      ['的', 90000],
      ['士兵', 400],
      ['士', 300],
      ['软件', 800],
      ['信息', 900],
      ['里面', 700],
      ['干', 600],
    ]),
  }),
);

type Configs = Record<
  string,
  {
    normalizationChain?: readonly (readonly DictLike[])[];
    conversionChain: readonly (readonly DictLike[])[];
  }
>;
const configs = Locale.configs as unknown as Configs;
const group = (name: string, index = 0): PhraseTable =>
  new PhraseTable(configs[name]!.conversionChain[index]!);

const USER_COST = -1_000_000;
const isHan = (c: number): boolean =>
  (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd800 && c <= 0xdbff);
const isAlnum = (ch: string): boolean => /[0-9A-Za-z]/.test(ch);
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The conversion described in engine.ts, written plainly. */
function reference(
  from: ConcreteSource,
  to: Target,
  phrases = new Map<string, string>(),
): (text: string) => Piece[] {
  const direction = directionFor(from, to);
  const lex = direction ? lexicon.section(direction) : null;
  const norm = new PhraseTable(configs.s2t!.normalizationChain![0]!);
  const pre = from === 'tw' ? group('tw2t') : from === 'hk' ? group('hk2t') : null;
  const core = direction === 's2t' ? group('s2t') : direction === 't2s' ? group('t2s') : null;
  const post =
    to === 'tw' ? group('t2tw') : to === 'hk' ? group('t2hk') : to === 'twp' ? group('s2twp', 1) : null;
  // Single-character variants, for lookups only when preparing changes the text's length.
  const charMap = new Map<string, string>();
  const revDicts: DictLike[] = [...configs.s2t!.normalizationChain![0]!];
  if (from === 'tw') revDicts.push(...configs.tw2t!.conversionChain[0]!);
  if (from === 'hk') revDicts.push(...configs.hk2t!.conversionChain[0]!);
  for (const dict of revDicts)
    if (typeof dict === 'string')
      for (const entry of dict.split('|')) {
        const [k = '', v = ''] = entry.split(' ');
        if (k.length === 1 && v.length === 1 && !charMap.has(k)) charMap.set(k, v);
      }

  const cost = (word: string): number | undefined => {
    const c = lex?.costs.get(word);
    return c !== undefined && c >= 0 ? c : undefined;
  };
  const wordOut = (seg: string, prepared: boolean): string => {
    const own = phrases.get(seg);
    if (own !== undefined) return own;
    let s = seg;
    if (!prepared) s = pre ? pre.convert(norm.convert(s)) : norm.convert(s);
    return core ? (lex?.outputs.get(s) ?? core.convert(s)) : s;
  };

  return (text) => {
    const n = text.length;
    // Prepare the whole text; if that changes its length, words are prepared one by one instead.
    let key = text;
    let prepared = false;
    if (lex) {
      const whole = pre ? pre.convert(norm.convert(text)) : norm.convert(text);
      prepared = whole.length === n;
      key = prepared
        ? whole
        : [...text].map((ch) => (ch.length === 1 ? (charMap.get(ch) ?? ch) : ch)).join('');
    }
    // Segments as [start, end).
    const segs: [number, number][] = [];
    if (!lex) {
      // Traditional → Traditional: the first table's greedy matches are the words.
      const table = pre ?? post;
      let start = 0;
      table?.convert(text, (end) => {
        segs.push([start, end]);
        start = end;
      });
    } else {
      const best: number[] = new Array(n + 1).fill(0);
      const next: number[] = new Array(n + 1).fill(0);
      for (let i = n - 1; i >= 0; i--) {
        if (isLow(key.charCodeAt(i)) && i > 0 && isHigh(key.charCodeAt(i - 1))) {
          best[i] = Number.POSITIVE_INFINITY;
          next[i] = i + 1;
          continue;
        }
        const step = isHigh(key.charCodeAt(i)) && i + 1 < n ? 2 : 1;
        let b = (cost(key.slice(i, i + step)) ?? lex.unknownCost) + best[i + step]!;
        let to = i + step;
        for (let j = i + step + 1; j <= Math.min(n, i + lex.maxLength); j++) {
          const w = cost(key.slice(i, j));
          if (w !== undefined && w + best[j]! < b) {
            b = w + best[j]!;
            to = j;
          }
        }
        for (let j = i + 1; j <= n; j++)
          if (phrases.has(text.slice(i, j)) && USER_COST + best[j]! < b) {
            b = USER_COST + best[j]!;
            to = j;
          }
        best[i] = b;
        next[i] = to;
      }
      // Non-Han one-character steps are joined into runs, cut where Latin letters or digits begin or end.
      let run = -1;
      for (let i = 0; i < n; i = next[i]!) {
        const j = next[i]!;
        const plain = j === i + 1 && !isHan(text.charCodeAt(i));
        if (plain && run >= 0 && isAlnum(text[i]!) !== isAlnum(text[i - 1]!)) {
          segs.push([run, i]);
          run = -1;
        }
        if (plain) {
          if (run < 0) run = i;
          continue;
        }
        if (run >= 0) segs.push([run, i]);
        run = -1;
        segs.push([i, j]);
      }
      if (run >= 0) segs.push([run, n]);
    }
    const outs: string[] = [];
    for (const [k, [start, end]] of segs.entries()) {
      let out = wordOut((prepared ? key : text).slice(start, end), prepared);
      // Reduplication: 一只只 → the previous word's last character again.
      if (end - start === 1 && k > 0 && text[start] === text[start - 1]) {
        const prev = outs[k - 1]!;
        if (prev && prev.at(-1) !== out && !phrases.has(text[start]!)) out = prev.at(-1)!;
      }
      outs.push(out);
    }
    if (!post) return outs.map((out, k) => ({ srcEnd: segs[k]![1], out }));
    // Target phrases over whole words: the longest key from word k's start to a later word's end.
    const joined = outs.join('');
    const outEnds = outs.map((_, k) => outs.slice(0, k + 1).join('').length);
    const result: Piece[] = [];
    for (let k = 0; k < outs.length; ) {
      const pos = k ? outEnds[k - 1]! : 0;
      const [start, end] = segs[k]!;
      const own = phrases.has(text.slice(start, end));
      let last = k;
      if (!own)
        for (let m = k + 1; m < outs.length; m++)
          if (outEnds[m]! > outEnds[last]! && post.get(joined.slice(pos, outEnds[m])) !== undefined) last = m;
      if (last > k) result.push({ srcEnd: segs[last]![1], out: post.get(joined.slice(pos, outEnds[last]))! });
      else result.push({ srcEnd: end, out: own ? outs[k]! : post.convert(outs[k]!) });
      k = last + 1;
    }
    return result;
  };
}

/** Deterministic pseudo-random numbers, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

// Pieces that make words, target phrases (软件 → 軟體, 的士), reduplication (只只), variants (裡, 台),
// compatibility ideographs (豈, U+F900, normalised), surrogate pairs and stray halves, Latin, digits.
const ALPHABET = [
  ...'发|明|发展|头|被|增长|一只|只|软件|信息|的士|士兵|了解|了|里|面|后|干|净|長|頭|髮|發|裡|裏|台|臺'.split(
    '|',
  ),
  ...'軟件|乾|著|为|豈|内存|𠮷|B超|abc|X|12|3|，|、|。|「|」'.split('|'),
  '\ud842',
  '\udfb7',
  ' ',
  '\n',
];

function randomText(rnd: () => number): string {
  let s = '';
  const len = Math.floor(rnd() * 16);
  for (let j = 0; j < len; j++) s += ALPHABET[Math.floor(rnd() * ALPHABET.length)];
  return s;
}

const PAIRS: [ConcreteSource, Target][] = [
  ['cn', 'tw'],
  ['cn', 'twp'],
  ['cn', 'hk'],
  ['cn', 't'],
  ['tw', 'cn'],
  ['hk', 'cn'],
  ['t', 'tw'],
];

describe('word converter against a plain reference', () => {
  it.each(PAIRS)('%s → %s: same output, pieces and aligned result on random text', (from, to) => {
    const fast = createWordConverter({ from, to, lexicon });
    const ref = reference(from, to);
    const rnd = random(20_261_129);
    for (let r = 0; r < 1500; r++) {
      const text = randomText(rnd);
      const want = ref(text);
      const out = want.map((p) => p.out).join('');
      let at = 0;
      const same = want.every((p) => {
        const ok = p.out.length === p.srcEnd - at;
        at = p.srcEnd;
        return ok;
      });
      expect(fast.pieces(text), text).toEqual(want);
      expect(fast(text), text).toBe(out);
      expect(fast.aligned(text), text).toBe(same ? out : null);
    }
  });

  it('agrees with the reference with user phrases too', () => {
    const phrases = new Map([
      ['发', '发!'],
      ['软件', 'software'],
      ['只只', ''],
      ['头发展', '頭·發展'],
    ]);
    const fast = createWordConverter({ from: 'cn', to: 'twp', lexicon, phrases });
    const ref = reference('cn', 'twp', phrases);
    const rnd = random(7);
    for (let r = 0; r < 1500; r++) {
      const text = randomText(rnd);
      expect(fast.pieces(text), text).toEqual(ref(text));
    }
  });

  it('sees phrases and changed lengths in what it compares (the reference is not trivially equal)', () => {
    const ref = reference('cn', 'twp');
    expect(
      ref('软件被发明')
        .map((p) => p.out)
        .join(''),
    ).toBe('軟體被發明');
    expect(ref('一只只').map((p) => p.out)).toEqual(['一隻', '隻']);
    const fast = createWordConverter({ from: 'cn', to: 'twp', lexicon });
    expect(fast('信息软件')).toBe('資訊軟體');
    // 內存 → 記憶體 across two one-character words: longer, so no aligned result.
    expect(fast.aligned('的内存')).toBe(null);
    expect(fast('的内存')).toBe('的記憶體');
    expect(ref('的内存').map((p) => p.out)).toEqual(['的', '記憶體']);
  });
});
