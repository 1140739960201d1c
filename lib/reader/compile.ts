// Build-time statistics for choosing a character's reading, derived from CC-CEDICT and the shipped word
// frequencies only (no annotated sentences): for every character with more than one reading,
//   prior  — how often each reading occurs inside multi-character headwords, each word weighted by its
//            corpus frequency (ln share, one decimal), used to choose between a word's alternative readings
//            (结果 jiē/jié → jié) and as one half of the stand-alone score;
//   free   — how many senses the single-character entry for that reading has that are not bound forms
//            ("used in …", "variant of …", surnames, "(bound form) …"), the other half: a reading that only
//            lives inside other words (上 shǎng "used in 上声") is not what a lone 上 says.
// Output is the JSON compiled into public/reader/readings.json (see readings.ts for its use).
import type { PolyphoneModel } from './polyphones';
import type { FlatPolyphoneModel } from './polyphones-flat';
import type { ParticleRole, ReadingStat } from './reading-stat';

export type { ParticleRole, ReadingStat } from './reading-stat';

/** Character → numbered reading ("hang2", "lu:4") → statistics. Only characters with several readings. */
export type ReadingTable = Record<string, Record<string, ReadingStat>>;

export interface ReadingsFile {
  version: 1;
  chars: ReadingTable;
  /** The learned polyphone model (lib/reader/data/polyphones.json), merged in by build-readings.ts in
   *  its flat form (polyphones-flat.ts). */
  polyphones?: PolyphoneModel | FlatPolyphoneModel;
}

const LINE = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;
const BOUND =
  /^(used in|see |variant of|old variant|unofficial variant|archaic variant|surname|\(bound form\)|\(used in|Japanese variant|erhua variant|abbr\. for|\(old\)|\(archaic\)|CL:|Taiwan pr|also pr)/i;

/** A lone character is often a surname in news and encyclopaedic text (贾 Jiǎ, 翟 Zhái, 肖 Xiāo): a
 *  surname reading counts as this many free senses. */
const SURNAME = /^surname /;
const SURNAME_CREDIT = 1;

/** Smoothing for a reading never seen inside a word, in the same units as a word count. */
const UNSEEN = 0.1;

const FINAL = /sentence-final|question particle|modal particle|interrogative particle/i;
const ASPECT = /aspect particle|completed action marker/i;

/** The role the definitions give a single-character entry, if it is a particle. */
export function particleRole(definitions: string): ParticleRole | undefined {
  if (FINAL.test(definitions)) return 'final';
  if (ASPECT.test(definitions)) return 'aspect';
  return undefined;
}

const isProper = (numbered: string): boolean => numbered.charAt(0) !== numbered.charAt(0).toLowerCase();

interface Accumulator {
  counts: Map<string, Map<string, number>>;
  free: Map<string, Map<string, number>>;
  roles: Map<string, Map<string, ParticleRole>>;
}

function add(map: Map<string, Map<string, number>>, ch: string, reading: string, value: number, max = false) {
  let inner = map.get(ch);
  if (!inner) {
    inner = new Map();
    map.set(ch, inner);
  }
  const was = inner.get(reading) ?? 0;
  inner.set(reading, max ? Math.max(was, value) : was + value);
}

/** Distinct lowercase readings per headword (either script), for words whose syllables match its characters. */
function collectWords(cedict: string, acc: Accumulator): Map<string, string[][]> {
  const words = new Map<string, string[][]>();
  for (const raw of cedict.split('\n')) {
    const m = LINE.exec(raw.trimEnd());
    if (!m) continue;
    const [, traditional = '', simplified = '', numbered = '', defs = ''] = m;
    const syllables = numbered.toLowerCase().split(' ');
    for (const word of new Set([simplified, traditional])) {
      const chars = Array.from(word);
      if (chars.length !== syllables.length) continue;
      if (chars.length === 1) {
        const free = isProper(numbered)
          ? SURNAME.test(defs)
            ? SURNAME_CREDIT
            : 0
          : defs.split('/').filter((d) => d && !BOUND.test(d)).length;
        add(acc.free, word, syllables[0] ?? '', free, true);
        const role = isProper(numbered) ? undefined : particleRole(defs);
        if (role) {
          const roles = acc.roles.get(word) ?? new Map<string, ParticleRole>();
          roles.set(syllables[0] ?? '', role);
          acc.roles.set(word, roles);
        }
        continue;
      }
      const list = words.get(word) ?? [];
      if (!list.some((r) => r.join(' ') === syllables.join(' '))) list.push(syllables);
      words.set(word, list);
    }
  }
  return words;
}

/** Weight of the in-word prior against the free senses when a character stands alone: how a character
 *  reads inside words is only half the story of how it reads on its own (都 dōu vs 首都 dū). */
export const STANDALONE_PRIOR_WEIGHT = 1;

/** Stand-alone score of one reading (readings.ts standaloneReading uses the same). */
export const standaloneScore = (stat: ReadingStat): number =>
  STANDALONE_PRIOR_WEIGHT * stat.prior + Math.log(stat.free + 0.2);

/** Share of a neighbour's weight one reading must have to be stored, and the least weight (in word
 *  counts) for the evidence to count. */
const NEIGHBOUR_SHARE = 0.9;
const NEIGHBOUR_WEIGHT = 0.3;

type NeighbourCounts = Map<string, Map<string, number>>;

/** Weighted readings of `ch` next to each neighbour: key "ch<n" (n just before) or "ch>n" (just after). */
function countNeighbours(
  words: ReadonlyMap<string, string[][]>,
  weightOf: (word: string, n: number) => number,
) {
  const counts: NeighbourCounts = new Map();
  for (const [word, readings] of words) {
    const chars = Array.from(word);
    const weight = weightOf(word, readings.length);
    for (const reading of readings) {
      chars.forEach((ch, i) => {
        const r = reading[i] ?? '';
        if (i > 0) add(counts, `${ch}<${chars[i - 1]}`, r, weight);
        if (i + 1 < chars.length) add(counts, `${ch}>${chars[i + 1]}`, r, weight);
      });
    }
  }
  return counts;
}

/** The stand-alone choice (as readings.ts standaloneReading scores it). */
function standaloneOf(entry: Record<string, ReadingStat>): string {
  let best = '';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [reading, stat] of Object.entries(entry)) {
    const score = standaloneScore(stat);
    if (score > bestScore) {
      bestScore = score;
      best = reading;
    }
  }
  return best;
}

/** Adds `after` / `before` neighbour characters to the table's entries (see ReadingStat). */
function addNeighbours(chars: ReadingTable, counts: NeighbourCounts): void {
  const defaults = new Map(Object.entries(chars).map(([ch, entry]) => [ch, standaloneOf(entry)]));
  for (const [key, readings] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [ch = '', neighbour = ''] = key.split(/[<>]/u);
    const entry = Object.hasOwn(chars, ch) ? chars[ch] : undefined;
    if (!entry || !neighbour) continue;
    let total = 0;
    let best = '';
    let bestWeight = 0;
    for (const [r, w] of readings) {
      total += w;
      if (w > bestWeight) {
        bestWeight = w;
        best = r;
      }
    }
    const stat = entry[best];
    if (
      !stat ||
      best === defaults.get(ch) ||
      total < NEIGHBOUR_WEIGHT ||
      bestWeight / total < NEIGHBOUR_SHARE
    )
      continue;
    if (key.charAt(ch.length) === '<') stat.after = (stat.after ?? '') + neighbour;
    else stat.before = (stat.before ?? '') + neighbour;
  }
}

/** Compiles the reading table from CC-CEDICT text and word counts (Simplified or Traditional keys). */
export function compileReadings(cedict: string, frequencies: ReadonlyMap<string, number>): ReadingsFile {
  const acc: Accumulator = { counts: new Map(), free: new Map(), roles: new Map() };
  const words = collectWords(cedict, acc);
  for (const [word, readings] of words) {
    const chars = Array.from(word);
    const weight = (frequencies.get(word) ?? UNSEEN * 5) / readings.length;
    for (const reading of readings) {
      chars.forEach((ch, i) => {
        add(acc.counts, ch, reading[i] ?? '', weight);
      });
    }
  }
  const chars: ReadingTable = {};
  const all = new Set([...acc.counts.keys(), ...acc.free.keys()]);
  for (const ch of [...all].sort()) {
    const counts = acc.counts.get(ch) ?? new Map<string, number>();
    const free = acc.free.get(ch) ?? new Map<string, number>();
    const readings = new Set([...counts.keys(), ...free.keys()]);
    if (readings.size < 2) continue;
    let total = 0;
    for (const c of counts.values()) total += c;
    const entry: Record<string, ReadingStat> = {};
    for (const r of [...readings].sort()) {
      const prior = Math.log(((counts.get(r) ?? 0) + UNSEEN) / (total + 1));
      const role = acc.roles.get(ch)?.get(r);
      entry[r] = { prior: Math.round(prior * 10) / 10, free: free.get(r) ?? 0, ...(role ? { role } : {}) };
    }
    chars[ch] = entry;
  }
  addNeighbours(
    chars,
    countNeighbours(words, (word, n) => (frequencies.get(word) ?? UNSEEN * 5) / n),
  );
  return { version: 1, chars };
}
