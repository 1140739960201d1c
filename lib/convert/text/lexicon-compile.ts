// Build time: OpenCC's phrase tables + CC-CEDICT's word pairs + word frequencies → the lexicon text
// that lexicon.ts reads (one section per direction). Pure and deterministic; scripts/build-lexicon.ts
// feeds it the real tables, the unit tests feed it small ones.
import { type DictLike, PhraseTable } from './table';

export interface LexiconSources {
  /** OpenCC's s2t group: STPhrases, STPhrases_GeneratedFromRegionalPhrases, STCharacters. */
  s2t: readonly DictLike[];
  /** OpenCC's t2s group: TSPhrases, TSCharacters. */
  t2s: readonly DictLike[];
  /** CC-CEDICT word pairs (one per entry; several entries may share a headword). */
  cedict: readonly { simplified: string; traditional: string; definitions?: readonly string[] }[];
  /** Corpus counts of Simplified words and characters. */
  frequency: ReadonlyMap<string, number>;
}

import { LEXICON_MAGIC } from './lexicon';

/** Cost units per natural-log unit of probability: integers keep the file small and exact. */
const SCALE = 10;
/** OpenCC's phrases are curated for conversion: they win a close call against an overlapping word
 *  (前列腺|癌 over 前列|腺癌) but not a clear one (被|发明 over 被发|明). Per character beyond the
 *  first, since a long curated phrase is rarely there by accident (仙童半导体|厂). By measurement. */
export const OPENCC_BONUS = 40;
const HAN_WORD = /^\p{Script=Han}+$/u;

const chars = (s: string): string[] => Array.from(s);

interface Draft {
  /** Output for the word when it is one segment. */
  out: string;
  /** Cost from frequency alone (Infinity when the corpus never saw it). */
  freqCost: number;
}

/** Which characters OpenCC itself ever writes for a source character (its character table plus
 *  every aligned position of its phrase table). CEDICT's choice is taken only from this set, so a
 *  CEDICT-specific variant (裡 where OpenCC standard writes 裏) never leaks into the output. */
function candidates(group: readonly DictLike[]): Map<string, Set<string>> {
  const cand = new Map<string, Set<string>>();
  const add = (k: string, v: string): void => {
    let set = cand.get(k);
    if (!set) {
      set = new Set();
      cand.set(k, set);
    }
    set.add(v);
  };
  for (const dict of group) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [k = '', v = ''] of entries) {
      const a = chars(k);
      const b = chars(v);
      if (a.length !== b.length) continue;
      for (let i = 0; i < a.length; i++) add(a[i]!, b[i]!);
    }
  }
  return cand;
}

const VARIANT_ONLY = /^(?:(?:old|archaic|ancient|Japanese|erroneous|non-standard|same as)\s+)*variant of\b/i;

/** Characters that are one-to-many in meaning, not just in spelling: for each source character, the
 *  counterparts CC-CEDICT gives their own meaning (发 → 發 "send out", 髮 "hair"), leaving out those it
 *  calls a mere "variant of" another (吃 → 喫). */
function meaningfulCounterparts(
  cedict: LexiconSources['cedict'],
  key: 'simplified' | 'traditional',
): Map<string, Set<string>> {
  const other = key === 'simplified' ? 'traditional' : 'simplified';
  const map = new Map<string, Set<string>>();
  for (const e of cedict) {
    if (chars(e[key]).length !== 1 || chars(e[other]).length !== 1) continue;
    const defs = e.definitions ?? [''];
    if (defs.length > 0 && defs.every((d) => VARIANT_ONLY.test(d))) continue;
    let set = map.get(e[key]);
    if (!set) {
      set = new Set();
      map.set(e[key], set);
    }
    set.add(e[other]);
  }
  return map;
}

/** `wanted`'s characters where the choice is between two meanings OpenCC itself writes (发 → 發/髮),
 *  else OpenCC's own output for the word; spelling variants (吃/喫, 線/綫) stay OpenCC's. */
function pickWithin(
  source: string,
  wanted: string,
  opencc: string,
  cand: Map<string, Set<string>>,
  meaning: Map<string, Set<string>>,
): string {
  const s = chars(source);
  const w = chars(wanted);
  const o = chars(opencc);
  if (s.length !== w.length || s.length !== o.length) return opencc;
  return o
    .map((oc, i) => {
      const wc = w[i]!;
      if (wc === oc) return oc;
      const m = meaning.get(s[i]!);
      return cand.get(s[i]!)?.has(wc) && m?.has(wc) && m.has(oc) ? wc : oc;
    })
    .join('');
}

/** Effective costs: a word never loses to a split of its own span (that is what a dictionary word
 *  means), but can lose to a segmentation that overlaps it, decided by frequency. */
function effectiveCosts(
  drafts: Map<string, Draft>,
  charCost: (c: string) => number,
  favoured: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const cost = new Map<string, number>();
  const words = [...drafts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const w of words) {
    const cs = chars(w);
    const draft = drafts.get(w)!;
    if (cs.length === 1) {
      cost.set(w, Math.min(draft.freqCost, charCost(w)));
      if (!Number.isFinite(cost.get(w))) throw new Error(`no cost for ${w}`);
      continue;
    }
    // Best split of w into shorter known words (single characters always count).
    const best: number[] = new Array(cs.length + 1).fill(Number.POSITIVE_INFINITY);
    best[0] = 0;
    for (let i = 0; i < cs.length; i++) {
      if (!Number.isFinite(best[i]!)) continue;
      let sub = '';
      for (let j = i; j < cs.length && j - i < cs.length - (i === 0 ? 1 : 0); j++) {
        sub += cs[j];
        const c = j === i ? (cost.get(sub) ?? charCost(sub)) : cost.get(sub);
        if (c !== undefined && best[i]! + c < best[j + 1]!) best[j + 1] = best[i]! + c;
      }
    }
    const own = Math.min(draft.freqCost, best[cs.length]! - 1);
    cost.set(
      w,
      Math.max(1, favoured.has(w) ? own - OPENCC_BONUS * (cs.length >= 4 ? cs.length - 1 : 1) : own),
    );
  }
  return cost;
}

function section(
  name: string,
  drafts: Map<string, Draft>,
  cost: Map<string, number>,
  core: PhraseTable,
): string[] {
  const lines = [`@${name} ${drafts.size}`];
  for (const w of [...drafts.keys()].sort()) {
    const d = drafts.get(w)!;
    const plain = core.convert(w);
    lines.push(d.out === plain ? `${w}\t${cost.get(w)}` : `${w}\t${cost.get(w)}\t${d.out}`);
  }
  return lines;
}

export interface LexiconStats {
  s2t: number;
  t2s: number;
  s2tOverrides: number;
  t2sOverrides: number;
}

export function compileLexicon(src: LexiconSources, stats?: Partial<LexiconStats>): string {
  let total = 0;
  for (const n of src.frequency.values()) total += n;
  const freqCost = (count: number | undefined): number =>
    count && count > 0 ? Math.round(SCALE * Math.log(total / count)) : Number.POSITIVE_INFINITY;
  const unseenChar = Math.round(SCALE * Math.log(total / 0.5));

  const s2tCore = new PhraseTable(src.s2t);
  const t2sCore = new PhraseTable(src.t2s);
  const s2tCand = candidates(src.s2t);
  const t2sCand = candidates(src.t2s);
  const s2tMeaning = meaningfulCounterparts(src.cedict, 'simplified');
  const t2sMeaning = meaningfulCounterparts(src.cedict, 'traditional');
  // Reverse of s2t's aligned pairs: if OpenCC writes 乾 for 干 somewhere, 乾 → 干 is a legal t2s choice.
  for (const [s, ts] of s2tCand) {
    for (const t of ts) {
      let set = t2sCand.get(t);
      if (!set) {
        set = new Set();
        t2sCand.set(t, set);
      }
      set.add(s);
    }
  }

  // ---- s2t: keyed by Simplified words.
  const s2t = new Map<string, Draft>();
  const openccPhrases = new Set<string>();
  for (const dict of src.s2t.slice(0, -1)) {
    const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
    for (const [k = '', v = ''] of entries) {
      if (!k || s2t.has(k)) continue;
      openccPhrases.add(k);
      s2t.set(k, { out: v, freqCost: freqCost(src.frequency.get(k)) });
    }
  }
  for (const { simplified, traditional } of src.cedict) {
    if (!HAN_WORD.test(simplified) || openccPhrases.has(simplified)) continue;
    const single = chars(simplified).length === 1;
    const plain = s2tCore.convert(simplified);
    const out = single ? plain : pickWithin(simplified, traditional, plain, s2tCand, s2tMeaning);
    const existing = s2t.get(simplified);
    // Several CEDICT entries for one headword: OpenCC's reading wins when it is among them.
    if (existing && (existing.out === plain || out !== plain)) continue;
    s2t.set(simplified, { out, freqCost: freqCost(src.frequency.get(simplified)) });
  }
  for (const [w, n] of src.frequency) {
    if (chars(w).length === 1 && HAN_WORD.test(w) && !s2t.has(w)) {
      s2t.set(w, { out: s2tCore.convert(w), freqCost: freqCost(n) });
    }
  }
  const finite = (n: number | undefined): number => (n !== undefined && Number.isFinite(n) ? n : unseenChar);
  const s2tCost = effectiveCosts(s2t, (c) => finite(s2t.get(c)?.freqCost), openccPhrases);

  // ---- t2s: keyed by OpenCC-standard Traditional words, from TSPhrases and the inverted s2t words.
  const t2s = new Map<string, Draft & { from: string }>();
  const tsEntries = typeof src.t2s[0] === 'string' ? src.t2s[0].split('|').map((e) => e.split(' ')) : [];
  for (const [k = '', v = ''] of tsEntries) {
    if (k && !t2s.has(k))
      t2s.set(k, { out: v, freqCost: s2tCost.get(v) ?? freqCost(undefined), from: 'opencc' });
  }
  const tsPhrases = new Set(t2s.keys());
  for (const [s, d] of s2t) {
    const t = d.out;
    if (tsPhrases.has(t) || chars(t).length !== chars(s).length) continue;
    const plain = t2sCore.convert(t);
    const out = chars(s).length === 1 ? plain : pickWithin(t, s, plain, t2sCand, t2sMeaning);
    const c = s2tCost.get(s) ?? unseenChar;
    const existing = t2s.get(t);
    if (existing) {
      // Prefer OpenCC's own reading, then the more frequent source word.
      const better = (out === plain) !== (existing.out === plain) ? out === plain : c < existing.freqCost;
      if (!better) continue;
    }
    t2s.set(t, { out, freqCost: c, from: s });
  }
  const t2sCost = effectiveCosts(t2s, (c) => finite(t2s.get(c)?.freqCost), tsPhrases);

  const s2tLines = section('s2t', s2t, s2tCost, s2tCore);
  const t2sLines = section('t2s', t2s, t2sCost, t2sCore);
  if (stats) {
    stats.s2t = s2t.size;
    stats.t2s = t2s.size;
    stats.s2tOverrides = s2tLines.filter((l) => l.split('\t').length === 3).length;
    stats.t2sOverrides = t2sLines.filter((l) => l.split('\t').length === 3).length;
  }
  return [LEXICON_MAGIC, `@default ${unseenChar}`, ...s2tLines, ...t2sLines, ''].join('\n');
}
