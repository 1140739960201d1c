// A learned context model for polyphonic characters: given where a character stands (its neighbours,
// the word the segmentation put it in and the words either side, the Han characters around it) and the
// reading the dictionary path gives it ("ours"), score every candidate reading and take the best.
//
// Linear model over sparse features: per-character features (keyed by the character, one weight per
// reading: the characters ±1/±2, the segmenter's word with the character's place in it, the words
// before and after, alone or with this word, the neighbours' classes, the Han characters within 8, the
// Han bigrams within 6 that do not hold the character) and
// a few global ones shared by all characters (the dictionary path's choice, the stand-alone
// choice, CEDICT statistics of the reading, its tone against the neighbours' classes). Weights are
// learned by an averaged perceptron (polyphones-learn.ts) from the CPP benchmark's dev split and shipped
// inside public/reader/readings.json. A character the model has no entry for keeps the dictionary path's
// reading, so the model only ever decides characters it has seen in annotated sentences.
import { BAG, BIGRAMS, isHanUnit, unitAt, unitClass } from './polyphone-units';
import type { ReadingStat } from './reading-stat';

export interface PolyphoneEntry {
  /** The readings the weights are for (numbered, lowercase, ü as "v"). */
  readings: string[];
  /** Feature → one weight per reading, same order as `readings`. */
  weights: Record<string, number[]>;
}

export interface PolyphoneModel {
  version: 1;
  /** Global feature → weight, added to a reading's score when the feature fires for it. */
  global: Record<string, number>;
  chars: Record<string, PolyphoneEntry>;
}

/** One occurrence of a character to read, with what the dictionary path knows about it. */
export interface PolyphoneSite {
  text: string;
  /** Code-unit offset of the character in `text`. */
  at: number;
  /** The segmented word holding it, and the character's code-unit offset in that word. */
  word: string;
  pos: number;
  /** The words before and after ('^' / '$' at the ends). */
  prev: string;
  next: string;
  /** The dictionary path's reading here, and the character's stand-alone reading (numbered, "v" for ü). */
  ours: string;
  solo: string;
  /** CEDICT statistics of the character's readings (compile.ts), keys normalised. */
  stats: Readonly<Record<string, ReadingStat>> | undefined;
}

/** Reading spelling the model uses: lowercase, "u:"/"ü" as "v". */
export const normaliseReading = (s: string): string => s.trim().toLowerCase().replace(/u:|ü/g, 'v');

/** Group names for a position-dependent group ("w2", "cw1"), shared rather than built per site. */
const numbered = (prefix: string) => Array.from({ length: 8 }, (_, i) => `${prefix}${i}`);
const WORD_AT = numbered('w');

/** Calls `visit(group, value)` for every per-character feature of a site (the character itself is the
 *  entry's key). A feature is named "group=value" in the model file; the reader looks values up per
 *  group, so no feature string is built while reading. */
export function visitSiteFeatures(site: PolyphoneSite, visit: (group: string, value: string) => void): void {
  const { text, at } = site;
  const before = unitAt(text, at - 1);
  const after = unitAt(text, at + 1);
  const before2 = unitAt(text, at - 2);
  const after2 = unitAt(text, at + 2);
  visit('b', '');
  visit('c-1', before);
  visit('c+1', after);
  visit('c-2', before2 + before);
  visit('c+2', after + after2);
  visit(WORD_AT[site.pos] ?? `w${site.pos}`, site.word);
  visit('pw', site.prev);
  visit('nw', site.next);
  visit('lone', site.word.length === 1 ? '1' : '0');
  visit('c-1x', before2);
  visit('c+1x', after2);
  visit('k', unitClass(before) + unitClass(after));
  visit('pww', site.prev + site.word);
  visit('wnw', site.word + site.next);
  const bag: string[] = [];
  for (let i = Math.max(0, at - BAG); i < Math.min(text.length, at + BAG + 1); i++) {
    const unit = text.charAt(i);
    if (i !== at && isHanUnit(unit) && !bag.includes(unit)) bag.push(unit);
  }
  for (const unit of bag) visit('x', unit);
  const bigrams: string[] = [];
  for (let i = Math.max(0, at - BIGRAMS); i + 1 < Math.min(text.length, at + BIGRAMS + 1); i++) {
    if (i === at || i + 1 === at || !isHanUnit(text.charAt(i)) || !isHanUnit(text.charAt(i + 1))) continue;
    const pair = text.slice(i, i + 2);
    if (!bigrams.includes(pair)) bigrams.push(pair);
  }
  for (const pair of bigrams) visit('xb', pair);
}

/** The per-character features of a site as "group=value" strings (what the learner and file use). */
export function siteFeatures(site: PolyphoneSite): string[] {
  const out: string[] = [];
  visitSiteFeatures(site, (group, value) => out.push(`${group}=${value}`));
  return out;
}

/** The global features that fire for `reading` at `site`. */
export function readingFeatures(site: PolyphoneSite, reading: string): string[] {
  const lone = site.word.length === 1 ? 1 : 0;
  const out: string[] = [];
  if (reading === site.ours) out.push(`ours${lone}`);
  if (reading === site.solo) out.push('solo');
  // CPP writes a word's neutral-tone syllable in its citation tone (码头 tou2) except for particles.
  const toneless = site.ours.slice(0, -1);
  if (site.ours.endsWith('5') && reading !== site.ours && reading.slice(0, -1) === toneless) {
    out.push(`cit${lone}${reading === site.solo ? 's' : ''}`);
  }
  const stat = site.stats && Object.hasOwn(site.stats, reading) ? site.stats[reading] : undefined;
  if (!stat) out.push('notcand');
  else {
    out.push(`pr${Math.max(-6, Math.round(stat.prior))}_${lone}`, `fr${Math.min(3, stat.free)}_${lone}`);
    if (stat.role) out.push(`role${stat.role}${unitClass(unitAt(site.text, site.at + 1))}${lone}`);
  }
  const before = unitClass(unitAt(site.text, site.at - 1));
  const after = unitClass(unitAt(site.text, site.at + 1));
  out.push(`t${reading.charAt(reading.length - 1)}${before}${after}${lone}`);
  return out;
}

/** Candidate readings at a site: the entry's, CEDICT's and the dictionary path's. */
export function candidates(
  entry: { readonly readings: readonly string[] } | undefined,
  site: PolyphoneSite,
): string[] {
  const out = new Set(entry?.readings ?? []);
  for (const r of Object.keys(site.stats ?? {})) out.add(r);
  if (site.ours) out.add(site.ours);
  return [...out];
}

/** Scores every candidate with `weight(feature, reading)` and returns the best; ties keep ours. */
export function bestReading(
  site: PolyphoneSite,
  cands: readonly string[],
  features: readonly string[],
  charWeights: (feature: string) => ((reading: string) => number) | undefined,
  globalWeight: (feature: string) => number,
): string {
  const scores = new Map<string, number>(cands.map((r) => [r, 0]));
  for (const f of features) {
    const w = charWeights(f);
    if (!w) continue;
    for (const r of cands) scores.set(r, (scores.get(r) ?? 0) + w(r));
  }
  let best = site.ours;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const r of cands) {
    let score = scores.get(r) ?? 0;
    for (const g of readingFeatures(site, r)) score += globalWeight(g);
    if (score > bestScore || (score === bestScore && r === site.ours)) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}

/** Checks the shape of a parsed polyphone model; throws on anything else. */
export function parsePolyphoneModel(json: unknown): PolyphoneModel {
  const m = json as Partial<PolyphoneModel> | null;
  if (m?.version !== 1 || typeof m.global !== 'object' || typeof m.chars !== 'object' || !m.chars) {
    throw new Error('Not a Wenzhai polyphone model (version 1)');
  }
  for (const entry of Object.values(m.chars)) {
    if (!Array.isArray(entry.readings) || typeof entry.weights !== 'object') {
      throw new Error('Malformed polyphone entry');
    }
  }
  return m as PolyphoneModel;
}
