// The polyphone model compiled for reading: polyphones.ts says what the features are and how a site is
// scored; this scores sites the same way, fast enough to run over every character of an article (issue 18:
// annotation ≤ 30 ms per 10,000 characters), from tables built once per model.

import { BAG, BIGRAMS, unitClass } from './polyphone-units';
import { candidates, type PolyphoneModel, type PolyphoneSite, readingFeatures } from './polyphones';
import { type FlatPolyphoneEntry, featureNames, flatFormOf } from './polyphones-flat';

/** A row of weights, one per reading of the entry: where it starts in the entry's `weights`. */
type Row = number;

/** Unit classes as numbers (the order of CLASS_NAMES): what the "k" group and the global part key on. */
const CLASS_NAMES = '^$HDLP';
const CLASS_COUNT = CLASS_NAMES.length;
const CARET = 0x5e;
const DOLLAR = 0x24;

/** unitAt as a code unit: '^' before the text, '$' after it (as unitAt spells them). */
const codeAt = (text: string, i: number): number =>
  i < 0 ? CARET : i >= text.length ? DOLLAR : text.charCodeAt(i);

const isHanCode = (c: number): boolean => (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);

/** unitClass of a code unit as an index into CLASS_NAMES. */
function classOf(code: number): number {
  if (code === CARET) return 0;
  if (code === DOLLAR) return 1;
  if (isHanCode(code)) return 2;
  return CLASS_NAMES.indexOf(unitClass(String.fromCharCode(code)));
}

/** The model in the form the reader scores with, built once per model: each group's values keyed the way
 *  the site gives them (code units as numbers, two units as one number, word pairs as nested maps), so
 *  scoring a site builds no feature string. The global part of each candidate's score is cached per
 *  entry by what it depends on besides the character (ours, lone, the neighbours' classes). */
interface CompiledEntry {
  readings: readonly string[];
  /** The rows, back to back (polyphones-flat.ts). */
  weights: readonly number[];
  index: ReadonlyMap<string, number>;
  bias: Row | undefined;
  lone: readonly (Row | undefined)[];
  before: ReadonlyMap<number, Row>;
  after: ReadonlyMap<number, Row>;
  before2: ReadonlyMap<number, Row>;
  after2: ReadonlyMap<number, Row>;
  /** Two code units as one number (first × 65536 + second): "c-2", "c+2". */
  pairBefore: ReadonlyMap<number, Row>;
  pairAfter: ReadonlyMap<number, Row>;
  bag: ReadonlyMap<number, Row>;
  /** "xb": two code units as one number, like the pairs. */
  bigrams: ReadonlyMap<number, Row>;
  /** "k": by class(before) × CLASS_COUNT + class(after). */
  classes: readonly (Row | undefined)[];
  /** "w<pos>": by position, then word. */
  wordAt: ReadonlyMap<number, ReadonlyMap<string, Row>>;
  prevWord: ReadonlyMap<string, Row>;
  nextWord: ReadonlyMap<string, Row>;
  /** "pww" / "wnw" values under every split into two non-empty parts, so a lookup by the two words
   *  fires exactly when their concatenation is a value in the file. */
  prevThenWord: ReadonlyMap<string, ReadonlyMap<string, Row>>;
  wordThenNext: ReadonlyMap<string, ReadonlyMap<string, Row>>;
  candidates: Map<string, string[]>;
  /** By ours, then lone × CLASS_COUNT² + classes. */
  globalScores: Map<string, (number[] | undefined)[]>;
}
interface Compiled {
  /** The characters with an entry (their names only: no entry is read to list them). */
  known: ReadonlySet<string>;
  /** Entries compiled so far: each the first time a site of its character is scored. */
  chars: Map<string, CompiledEntry>;
  source: Readonly<Record<string, FlatPolyphoneEntry>>;
  global: ReadonlyMap<string, number>;
}

const compiled = new WeakMap<PolyphoneModel, Compiled>();

function nestedSplits(target: Map<string, Map<string, Row>>, value: string, row: Row): void {
  for (let cut = 1; cut < value.length; cut++) {
    const head = value.slice(0, cut);
    const inner = target.get(head) ?? new Map<string, Row>();
    inner.set(value.slice(cut), row);
    target.set(head, inner);
  }
}

function compileEntry(entry: FlatPolyphoneEntry): CompiledEntry {
  const n = entry.r.length;
  const unit = { 'c-1': new Map(), 'c+1': new Map(), 'c-1x': new Map(), 'c+1x': new Map(), x: new Map() };
  const pair = { 'c-2': new Map<number, Row>(), 'c+2': new Map<number, Row>(), xb: new Map<number, Row>() };
  const words = { pw: new Map<string, Row>(), nw: new Map<string, Row>() };
  const out: CompiledEntry = {
    readings: entry.r,
    weights: entry.w,
    index: new Map(entry.r.map((r, i) => [r, i])),
    bias: undefined,
    lone: [undefined, undefined],
    before: unit['c-1'],
    after: unit['c+1'],
    before2: unit['c-1x'],
    after2: unit['c+1x'],
    pairBefore: pair['c-2'],
    pairAfter: pair['c+2'],
    bag: unit.x,
    bigrams: pair.xb,
    classes: [],
    wordAt: new Map(),
    prevWord: words.pw,
    nextWord: words.nw,
    prevThenWord: new Map(),
    wordThenNext: new Map(),
    candidates: new Map(),
    globalScores: new Map(),
  };
  const lone: (Row | undefined)[] = [undefined, undefined];
  const classes: (Row | undefined)[] = [];
  const wordAt = new Map<number, Map<string, Row>>();
  const names = featureNames(entry);
  for (let f = 0; f < names.length; f++) {
    const feature = names[f] as string;
    const row = f * n;
    const cut = feature.indexOf('=');
    const group = feature.slice(0, cut);
    const value = feature.slice(cut + 1);
    if (group === 'b' && value === '') out.bias = row;
    else if (group === 'lone' && (value === '0' || value === '1')) lone[Number(value)] = row;
    else if (Object.hasOwn(unit, group) && value.length === 1) {
      unit[group as keyof typeof unit].set(value.charCodeAt(0), row);
    } else if (Object.hasOwn(pair, group) && value.length === 2) {
      pair[group as keyof typeof pair].set(value.charCodeAt(0) * 65536 + value.charCodeAt(1), row);
    } else if (Object.hasOwn(words, group)) words[group as keyof typeof words].set(value, row);
    else if (group === 'k' && value.length === 2) {
      const a = CLASS_NAMES.indexOf(value.charAt(0));
      const b = CLASS_NAMES.indexOf(value.charAt(1));
      if (a >= 0 && b >= 0) classes[a * CLASS_COUNT + b] = row;
    } else if (group === 'pww') nestedSplits(out.prevThenWord as Map<string, Map<string, Row>>, value, row);
    else if (group === 'wnw') nestedSplits(out.wordThenNext as Map<string, Map<string, Row>>, value, row);
    else if (/^w\d+$/.test(group) && String(Number(group.slice(1))) === group.slice(1)) {
      const pos = Number(group.slice(1));
      const values = wordAt.get(pos) ?? new Map<string, Row>();
      values.set(value, row);
      wordAt.set(pos, values);
    }
  }
  return { ...out, lone, classes, wordAt };
}

/** The model's scoring tables, built once per model and filled in per character on first use: a text
 *  holds a few hundred of the model's characters, and compiling all of them up front was ~30 ms of the
 *  reader worker's start (a packed model, polyphones.ts, then parses only those entries too). */
function compile(model: PolyphoneModel): Compiled {
  let out = compiled.get(model);
  if (!out) {
    const flat = flatFormOf(model);
    out = {
      known: new Set(Object.keys(flat.chars)),
      chars: new Map(),
      source: flat.chars,
      global: new Map(Object.entries(model.global)),
    };
    compiled.set(model, out);
  }
  return out;
}

function compiledEntry(model: Compiled, ch: string): CompiledEntry | undefined {
  let entry = model.chars.get(ch);
  if (!entry && model.known.has(ch)) {
    entry = compileEntry(model.source[ch] as FlatPolyphoneEntry);
    model.chars.set(ch, entry);
  }
  return entry;
}

/** Compiles every entry now (the reader's worker does it while its word list is still on its way, so a
 *  text's first pass does not). */
export function compileAllEntries(model: PolyphoneModel): void {
  const fast = compile(model);
  for (const ch of fast.known) compiledEntry(fast, ch);
}

/** The characters the model has an entry for (only those are worth building a site for); look it up
 *  once per text rather than once per character. */
export const knownCharacters = (model: PolyphoneModel): { has(ch: string): boolean } => compile(model).known;

/** Whether the model has an entry for `ch`. */
export const knowsCharacter = (model: PolyphoneModel, ch: string): boolean => compile(model).known.has(ch);

/** The global part of each candidate's score, in `cands` order, cached by what readingFeatures depends
 *  on besides the reading: ours, lone and the neighbours' classes (solo and the statistics follow from
 *  the character). */
function globalScores(
  model: Compiled,
  entry: CompiledEntry,
  site: PolyphoneSite,
  slot: number,
  cands: readonly string[],
): number[] {
  let byContext = entry.globalScores.get(site.ours);
  if (!byContext) {
    byContext = [];
    entry.globalScores.set(site.ours, byContext);
  }
  let scores = byContext[slot];
  if (!scores) {
    scores = cands.map((r) => {
      let score = 0;
      for (const g of readingFeatures(site, r)) score += model.global.get(g) ?? 0;
      return score;
    });
    byContext[slot] = scores;
  }
  return scores;
}

/** Scratch for the per-character part of the scores: one site at a time, reused rather than allocated. */
let local = new Float64Array(16);
let totals = new Float64Array(16);
const seen = new Uint16Array(2 * BAG + 1);
const seenPairs = new Float64Array(2 * BIGRAMS);

/** The weights of the entry being scored (scoreLocal sets it). */
let rows: readonly number[] = [];

/** Adds a row to the first `n` scores (same order of additions as visitSiteFeatures, so the same sums). */
function add(row: Row | undefined, n: number): void {
  if (row === undefined) return;
  for (let i = 0; i < n; i++) local[i] = (local[i] as number) + (rows[row + i] ?? 0);
}

/** The per-character part of each reading's score, in visitSiteFeatures's order, into `local`. */
function scoreLocal(entry: CompiledEntry, site: PolyphoneSite, n: number): void {
  const { text, at, word } = site;
  if (local.length < n) local = new Float64Array(n);
  local.fill(0, 0, n);
  rows = entry.weights;
  const before = codeAt(text, at - 1);
  const after = codeAt(text, at + 1);
  const before2 = codeAt(text, at - 2);
  const after2 = codeAt(text, at + 2);
  add(entry.bias, n);
  add(entry.before.get(before), n);
  add(entry.after.get(after), n);
  add(entry.pairBefore.get(before2 * 65536 + before), n);
  add(entry.pairAfter.get(after * 65536 + after2), n);
  add(entry.wordAt.get(site.pos)?.get(word), n);
  add(entry.prevWord.get(site.prev), n);
  add(entry.nextWord.get(site.next), n);
  add(entry.lone[word.length === 1 ? 1 : 0], n);
  add(entry.before2.get(before2), n);
  add(entry.after2.get(after2), n);
  add(entry.classes[classOf(before) * CLASS_COUNT + classOf(after)], n);
  add(entry.prevThenWord.get(site.prev)?.get(word), n);
  add(entry.wordThenNext.get(word)?.get(site.next), n);
  let count = 0;
  const end = Math.min(text.length, at + BAG + 1);
  for (let i = Math.max(0, at - BAG); i < end; i++) {
    const unit = text.charCodeAt(i);
    if (i === at || !isHanCode(unit)) continue;
    let j = 0;
    while (j < count && seen[j] !== unit) j++;
    if (j < count) continue;
    seen[count++] = unit;
    add(entry.bag.get(unit), n);
  }
  scoreBigrams(entry, text, at, n);
}

/** The "xb" part of scoreLocal: Han bigrams near the character, each once, in visitSiteFeatures's order. */
function scoreBigrams(entry: CompiledEntry, text: string, at: number, n: number): void {
  if (entry.bigrams.size === 0) return;
  let count = 0;
  const end = Math.min(text.length, at + BIGRAMS + 1);
  for (let i = Math.max(0, at - BIGRAMS); i + 1 < end; i++) {
    const first = text.charCodeAt(i);
    const second = text.charCodeAt(i + 1);
    if (i === at || i + 1 === at || !isHanCode(first) || !isHanCode(second)) continue;
    const pair = first * 65536 + second;
    let j = 0;
    while (j < count && seenPairs[j] !== pair) j++;
    if (j < count) continue;
    seenPairs[count++] = pair;
    add(entry.bigrams.get(pair), n);
  }
}

/** Scores every candidate at a site into `totals` (in the order of the returned candidates), or returns
 *  undefined where the model has no entry for the character. */
function scoreSite(model: PolyphoneModel, site: PolyphoneSite): readonly string[] | undefined {
  const fast = compile(model);
  const entry = compiledEntry(fast, site.text.charAt(site.at));
  if (!entry) return undefined;
  let cands = entry.candidates.get(site.ours);
  if (!cands) {
    cands = candidates(entry, site);
    entry.candidates.set(site.ours, cands);
  }
  const lone = site.word.length === 1 ? 1 : 0;
  const classes =
    classOf(codeAt(site.text, site.at - 1)) * CLASS_COUNT + classOf(codeAt(site.text, site.at + 1));
  const global = globalScores(fast, entry, site, lone * CLASS_COUNT * CLASS_COUNT + classes, cands);
  scoreLocal(entry, site, entry.readings.length);
  if (totals.length < cands.length) totals = new Float64Array(cands.length);
  for (let c = 0; c < cands.length; c++) {
    const i = entry.index.get(cands[c] as string);
    totals[c] = (i === undefined ? 0 : (local[i] ?? 0)) + (global[c] ?? 0);
  }
  return cands;
}

/** Every candidate's score at a site, for tests and diagnostics; undefined where the model has no entry. */
export function siteScores(model: PolyphoneModel, site: PolyphoneSite): Map<string, number> | undefined {
  const cands = scoreSite(model, site);
  return cands && new Map(cands.map((r, c) => [r, totals[c] ?? 0]));
}

/** The model's reading at a site, or undefined where it has no entry for the character. The same
 *  choice as bestReading over siteFeatures / readingFeatures, scored without building the lists. */
export function predictReading(model: PolyphoneModel, site: PolyphoneSite): string | undefined {
  const cands = scoreSite(model, site);
  if (!cands) return undefined;
  let best = site.ours;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < cands.length; c++) {
    const r = cands[c] as string;
    const score = totals[c] ?? 0;
    if (score > bestScore || (score === bestScore && r === site.ours)) {
      bestScore = score;
      best = r;
    }
  }
  return best;
}
