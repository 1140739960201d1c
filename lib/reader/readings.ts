// Text → words with a reading per character: the reader's ruby, the CLI's `pinyin` and the pinyin eval.
//
// The sentence is segmented with the hover card's max-probability segmentation (lib/lookup/segment.ts) over
// CC-CEDICT, so a polyphone takes the reading of the word it is in (银行 yínháng, 行长 hángzhǎng). Where a
// word has several readings (结果 jiēguǒ / jiéguǒ) the one whose characters' readings are commonest inside
// CEDICT's words wins; a character standing alone is scored on those counts plus how many free (not
// bound-form) senses its own entry has for each reading (compile.ts). Tone sandhi is not written: 一 and 不
// keep their citation tones, as in dictionaries and textbooks.
import type { Dictionary } from '../dictionary/dictionary';
import { syllableTone } from '../dictionary/display';
import { numberedToZhuyin, syllableToToneMark } from '../dictionary/pinyin';
import { segment } from '../lookup/segment';
import { type ReadingStat, type ReadingsFile, type ReadingTable, standaloneScore } from './compile';
import { normaliseReading, type PolyphoneModel, type PolyphoneSite, parsePolyphoneModel } from './polyphones';
import { isFlatPolyphoneModel, unflattenLazily } from './polyphones-flat';
import { compileAllEntries, knownCharacters, predictReading } from './polyphones-score';

export type ReadingStyle = 'numbers' | 'marks' | 'zhuyin';

/** One segmented word (or a run of one non-Han character). */
export interface ReadingToken {
  text: string;
  /** Offset of the word in the annotated text (code units). */
  start: number;
  /** One numbered syllable per character ("hang2", "lu:4", tone 5 neutral); '' where a character is not
   *  Han or has no known reading. Same length as Array.from(text). */
  readings: string[];
}

export interface ReadingModel {
  dictionary: Dictionary;
  table: ReadingTable;
  /** The learned context model for polyphones (polyphones.ts). Absent: the one parseReadingsFile found
   *  in the same readings.json as `table`, if any; null: none (the dictionary path alone). */
  polyphones?: PolyphoneModel | null;
}

const HAN = /\p{Script=Han}/u;
export const isHan = (ch: string): boolean => HAN.test(ch);

/** The polyphone model that came in the same readings.json as a table (so a caller that builds a
 *  ReadingModel from parseReadingsFile alone, like the reader's worker, gets it without asking). */
const shippedPolyphones = new WeakMap<ReadingTable, PolyphoneModel>();

/** Parses public/reader/readings.json; throws on anything else. */
export function parseReadingsFile(json: unknown): ReadingTable {
  const file = json as Partial<ReadingsFile> | null;
  if (file?.version !== 1 || typeof file.chars !== 'object' || file.chars === null) {
    throw new Error('Not a Wenzhai readings file (version 1)');
  }
  if (isFlatPolyphoneModel(file.polyphones))
    shippedPolyphones.set(file.chars, unflattenLazily(file.polyphones));
  else if (file.polyphones !== undefined)
    shippedPolyphones.set(file.chars, parsePolyphoneModel(file.polyphones));
  return file.chars;
}

/** Builds what the first annotate of `table` would otherwise build (the compiled polyphone model), so
 *  the reader's worker does it while its word list is still downloading. */
export function prepareReadings(table: ReadingTable): void {
  const polyphones = shippedPolyphones.get(table);
  if (polyphones) compileAllEntries(polyphones);
}

/** The polyphone model annotate uses for `model`. */
export const polyphonesOf = (model: ReadingModel): PolyphoneModel | null =>
  model.polyphones === undefined ? (shippedPolyphones.get(model.table) ?? null) : model.polyphones;

const statsOf = (table: ReadingTable, ch: string): Record<string, ReadingStat> | undefined =>
  Object.hasOwn(table, ch) ? table[ch] : undefined;

/** ln share of `reading` among `ch`'s readings inside words; 0 for a character with one reading. */
function prior(table: ReadingTable, ch: string, reading: string): number {
  const stats = statsOf(table, ch);
  if (!stats) return 0;
  return Object.hasOwn(stats, reading) ? (stats[reading]?.prior ?? -12) : -12;
}

/** A CEDICT syllable as a lowercase numbered one ('' when it has no tone digit), remembered: CEDICT
 *  spells a few thousand syllables, and converting one was the largest cost of a fresh worker's first
 *  pass over an article (every new word decodes its entries). */
const numberedSyllables = new Map<string, string>();
function numberedSyllable(syllable: string): string {
  let out = numberedSyllables.get(syllable);
  if (out === undefined) {
    const numbered = syllableTone(syllable).numbered.toLowerCase();
    out = /[1-5]$/.test(numbered) ? numbered : '';
    if (numberedSyllables.size < 20_000) numberedSyllables.set(syllable, out);
  }
  return out;
}

/** Distinct readings of a headword, lowercase numbered syllables, only those with one syllable per char. */
function wordReadings(dictionary: Dictionary, word: string, chars: readonly string[]): string[][] {
  const out: string[][] = [];
  const seen = new Set<string>();
  for (const entry of dictionary.get(word)) {
    const syllables = entry.pinyin.split(' ').map(numberedSyllable);
    if (syllables.length !== chars.length || syllables.some((s) => s === '')) continue;
    const key = syllables.join(' ');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(syllables);
    }
  }
  return out;
}

/** The reading of a character standing alone as a word (or unknown to every multi-character word). */
export function standaloneReading(model: ReadingModel, ch: string): string {
  const stats = statsOf(model.table, ch);
  if (stats) {
    let best = '';
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const [reading, stat] of Object.entries(stats)) {
      const score = standaloneScore(stat);
      if (score > bestScore) {
        bestScore = score;
        best = reading;
      }
    }
    return best;
  }
  return wordReadings(model.dictionary, ch, [ch])[0]?.[0] ?? '';
}

function bestWordReading(model: ReadingModel, chars: readonly string[], readings: string[][]): string[] {
  if (readings.length === 1) return readings[0] ?? [];
  let best: string[] = readings[0] ?? [];
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const reading of readings) {
    let score = 0;
    chars.forEach((ch, i) => {
      score += prior(model.table, ch, reading[i] ?? '');
    });
    if (score > bestScore) {
      bestScore = score;
      best = reading;
    }
  }
  return best;
}

/** Readings of one segmented word, per character. */
function readWord(model: ReadingModel, word: string, cache: Map<string, string[]>): string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const chars = Array.from(word);
  let out: string[];
  if (chars.length === 1) out = [isHan(word) ? standaloneReading(model, word) : ''];
  else {
    const readings = wordReadings(model.dictionary, word, chars);
    out =
      readings.length > 0
        ? bestWordReading(model, chars, readings).map((r, i) => (isHan(chars[i] ?? '') ? r : ''))
        : chars.map((ch) => (isHan(ch) ? standaloneReading(model, ch) : ''));
  }
  if (cache.size < 50_000) cache.set(word, out);
  return out;
}

/** Punctuation (or the end) after a word: where a sentence-final particle stands. */
const CLAUSE_END = /^[？！。，、；：…」』”’）?!.,;:)]|^$/;

/** A character's statistics as [reading, stat] pairs, in the table's order, listed once per table. */
const statLists = new WeakMap<ReadingTable, Map<string, readonly (readonly [string, ReadingStat])[]>>();
function statList(table: ReadingTable, ch: string): readonly (readonly [string, ReadingStat])[] | undefined {
  let lists = statLists.get(table);
  if (!lists) {
    lists = new Map();
    statLists.set(table, lists);
  }
  let list = lists.get(ch);
  if (list === undefined) {
    const stats = statsOf(table, ch);
    if (!stats) return undefined;
    list = Object.entries(stats);
    lists.set(ch, list);
  }
  return list;
}

/** A lone character's reading in its context: CEDICT's particle readings where the context fits them
 *  (呢 ne before 。/？, 着 zhe after a verb: any lone 着, as 着火 zháo etc. are words of their own). */
function inContext(model: ReadingModel, ch: string, reading: string, next: string): string {
  const stats = statList(model.table, ch);
  if (!stats) return reading;
  for (const [candidate, stat] of stats) {
    if (stat.role === 'aspect') return candidate;
    if (stat.role === 'final' && CLAUSE_END.test(next.trimStart())) return candidate;
  }
  return reading;
}

/** A lone character's reading from its neighbours: the table's `after` / `before` characters (CEDICT
 *  words that the segmentation did not pick, 银行|长 → 行长 zhǎng). Both sides must agree when both speak. */
function byNeighbours(model: ReadingModel, ch: string, reading: string, prev: string, next: string): string {
  const stats = statList(model.table, ch);
  if (!stats) return reading;
  let left = '';
  let right = '';
  for (const [candidate, stat] of stats) {
    if (prev && stat.after?.includes(prev)) left = candidate;
    if (next && stat.before?.includes(next)) right = candidate;
  }
  if (left && right && left !== right) return reading;
  return left || right || reading;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/** The last character (code point, or a lone surrogate) of text.slice(0, end); '' at the start. */
function characterBefore(text: string, end: number): string {
  if (end <= 0) return '';
  const low =
    end >= 2 && isLowSurrogate(text.charCodeAt(end - 1)) && isHighSurrogate(text.charCodeAt(end - 2));
  return low ? text.slice(end - 2, end) : text.charAt(end - 1);
}

/** The first character (code point, or a lone surrogate) of `text`; '' for ''. */
function firstCharacter(text: string): string {
  const code = text.codePointAt(0);
  return code === undefined ? '' : text.slice(0, code > 0xffff ? 2 : 1);
}

/** A per-model cache of word → readings: articles repeat their words, and decoding entries is the cost. */
const caches = new WeakMap<ReadingModel, Map<string, string[]>>();

/** Segments `text` and gives every word its readings. Non-Han runs come back one character a token. */
export function annotate(text: string, model: ReadingModel): ReadingToken[] {
  let cache = caches.get(model);
  if (!cache) {
    cache = new Map();
    caches.set(model, cache);
  }
  const cuts = segment(text, [model.dictionary]);
  const tokens: ReadingToken[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i] ?? 0;
    const end = cuts[i + 1] ?? text.length;
    const word = text.slice(start, end);
    let readings = readWord(model, word, cache);
    if (word.length === 1 && readings[0]) {
      const next = text.slice(end, cuts[i + 2] ?? text.length);
      const near = byNeighbours(model, word, readings[0], characterBefore(text, start), firstCharacter(next));
      const reading = inContext(model, word, near, next);
      if (reading !== readings[0]) readings = [reading];
    }
    tokens.push({ text: word, start, readings });
  }
  const polyphones = polyphonesOf(model);
  if (!polyphones) return tokens;
  const known = knownCharacters(polyphones);
  return tokens.map((_, k) => readInContext(model, polyphones, known, text, tokens, k));
}

/** What the polyphone model sees of the character at `offset` (code units) in `tokens[k]`, with the
 *  dictionary path's readings in `tokens` (annotate without a polyphone model gives those). */
export function readingSite(
  model: ReadingModel,
  text: string,
  tokens: readonly ReadingToken[],
  k: number,
  offset: number,
  index = Array.from(tokens[k]?.text.slice(0, offset) ?? '').length,
): PolyphoneSite {
  const token = tokens[k] as ReadingToken;
  const at = token.start + offset;
  const facts = normalisedStats(model, text.charAt(at));
  return {
    text,
    at,
    word: token.text,
    pos: offset,
    prev: tokens[k - 1]?.text ?? '^',
    next: tokens[k + 1]?.text ?? '$',
    ours: normalisedSpelling(token.readings[index] ?? ''),
    solo: facts.solo,
    stats: facts.stats,
  };
}

/** normaliseReading, remembered: a text repeats few syllables, and the regex is the cost per site. */
const spellings = new Map<string, string>();
function normalisedSpelling(reading: string): string {
  let out = spellings.get(reading);
  if (out === undefined) {
    out = normaliseReading(reading);
    if (spellings.size < 10_000) spellings.set(reading, out);
  }
  return out;
}

type CharFacts = Pick<PolyphoneSite, 'solo' | 'stats'>;
const factsCache = new WeakMap<ReadingTable, Map<string, CharFacts>>();

/** A character's stand-alone reading and CEDICT statistics, spelt as the polyphone model spells them. */
function normalisedStats(model: ReadingModel, ch: string): CharFacts {
  let cache = factsCache.get(model.table);
  if (!cache) {
    cache = new Map();
    factsCache.set(model.table, cache);
  }
  let facts = cache.get(ch);
  if (!facts) {
    const stats = statsOf(model.table, ch);
    facts = {
      solo: normaliseReading(standaloneReading(model, ch)),
      stats: stats
        ? Object.fromEntries(Object.entries(stats).map(([r, stat]) => [normaliseReading(r), stat]))
        : undefined,
    };
    cache.set(ch, facts);
  }
  return facts;
}

/** The model's spelling back to the dictionary's ("lv4" → "lu:4"). */
const dictionarySpelling = (reading: string): string => reading.replace(/v/g, 'u:');

/** tokens[k] with each character the polyphone model knows read in its context. */
function readInContext(
  model: ReadingModel,
  polyphones: PolyphoneModel,
  known: { has(ch: string): boolean },
  text: string,
  tokens: readonly ReadingToken[],
  k: number,
): ReadingToken {
  const token = tokens[k] as ReadingToken;
  let readings: string[] | undefined;
  const word = token.text;
  if (word.length === 1 && !known.has(word)) return token;
  // i counts characters (the readings' index), offset code units: they differ only past a surrogate pair.
  for (let offset = 0, i = 0; offset < word.length; i++) {
    const code = word.charCodeAt(offset);
    const wide = code >= 0xd800 && code <= 0xdbff && offset + 1 < word.length;
    const ch = word.charAt(offset);
    if (!wide && token.readings[i] && known.has(ch)) {
      const site = readingSite(model, text, tokens, k, offset, i);
      const reading = predictReading(polyphones, site);
      if (reading && reading !== site.ours) {
        readings ??= [...token.readings];
        readings[i] = dictionarySpelling(reading);
      }
    }
    offset += wide ? 2 : 1;
  }
  return readings ? { ...token, readings } : token;
}

/** Tone of a numbered syllable: 1–4, 5 neutral, 0 none. */
export function toneOf(numbered: string): number {
  const t = Number(numbered.charAt(numbered.length - 1));
  return t >= 1 && t <= 5 ? t : 0;
}

/** One numbered syllable in the chosen style ("hang2" → "háng" / "ㄏㄤˊ"). */
export function formatSyllable(numbered: string, style: ReadingStyle): string {
  if (numbered === '' || style === 'numbers') return numbered.replace(/u:/g, 'ü');
  if (style === 'marks') return syllableToToneMark(numbered);
  return numberedToZhuyin(numbered);
}

/** The CLI line: one token per character, its reading or (non-Han, unknown) the character itself. */
export function pinyinLine(line: string, model: ReadingModel, style: ReadingStyle): string {
  const out: string[] = [];
  for (const token of annotate(line, model)) {
    Array.from(token.text).forEach((ch, i) => {
      if (/\s/.test(ch)) return;
      const reading = token.readings[i] ?? '';
      out.push(reading === '' ? ch : formatSyllable(reading, style));
    });
  }
  return out.join(' ');
}
