// Learns the polyphone model (polyphones.ts) from annotated sites: an averaged perceptron over the
// same features the reader scores, in a fixed order (seeded shuffle) so the same data gives the same
// model byte for byte. Used by scripts/build-polyphones.ts (the shipped model) and by the pinyin eval
// (k-fold cross-validation: learn on k−1 parts, score the one left out).
import {
  bestReading,
  candidates,
  type PolyphoneEntry,
  type PolyphoneModel,
  type PolyphoneSite,
  readingFeatures,
  siteFeatures,
} from './polyphones';

export interface LabelledSite {
  site: PolyphoneSite;
  gold: string;
}

export const EPOCHS = 10;
/** Perceptrons averaged (each its own example order): steadier weights than one order gives. */
export const SEEDS = 3;

/** A small deterministic PRNG (mulberry32), so learning is reproducible. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Example {
  ch: string;
  gold: string;
  site: PolyphoneSite;
  cands: string[];
  features: string[];
}

/** Weight and running sum (for averaging) of one parameter. */
interface Param {
  w: number;
  sum: number;
}

const charKey = (ch: string, feature: string, reading: string) => `${ch}\u0001${feature}\u0001${reading}`;

/** Learns a model from labelled sites (golds normalised like the readings: lowercase, "v" for ü). */
export function learnPolyphones(
  data: readonly LabelledSite[],
  epochs = EPOCHS,
  seeds = SEEDS,
): PolyphoneModel {
  const seen = new Map<string, Set<string>>();
  for (const { site, gold } of data) {
    const ch = site.text.charAt(site.at);
    const set = seen.get(ch) ?? new Set<string>();
    set.add(gold);
    seen.set(ch, set);
  }
  const examples: Example[] = data.map(({ site, gold }) => {
    const ch = site.text.charAt(site.at);
    const readings = [...(seen.get(ch) ?? [])].sort();
    return { ch, gold, site, cands: candidates({ readings }, site), features: siteFeatures(site) };
  });
  const local = new Map<string, number>();
  const global = new Map<string, number>();
  for (let seed = 1; seed <= seeds; seed++) {
    const run = perceptron(examples, epochs, seed);
    for (const [key, w] of run.local) local.set(key, (local.get(key) ?? 0) + w / seeds);
    for (const [key, w] of run.global) global.set(key, (global.get(key) ?? 0) + w / seeds);
  }
  return finish(local, global, seen);
}

/** One averaged-perceptron run over the examples in a seeded order: averaged weights. */
function perceptron(
  input: readonly Example[],
  epochs: number,
  seed: number,
): { local: Map<string, number>; global: Map<string, number> } {
  const examples = [...input];
  const local = new Map<string, Param>();
  const global = new Map<string, Param>();
  let step = 1;
  const update = (map: Map<string, Param>, key: string, delta: number) => {
    const p = map.get(key) ?? { w: 0, sum: 0 };
    p.w += delta;
    p.sum += delta * step;
    map.set(key, p);
  };
  const next = random(seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = examples.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [examples[i], examples[j]] = [examples[j] as Example, examples[i] as Example];
    }
    for (const ex of examples) {
      const predicted = bestReading(
        ex.site,
        ex.cands,
        ex.features,
        (f) => (r) => local.get(charKey(ex.ch, f, r))?.w ?? 0,
        (g) => global.get(g)?.w ?? 0,
      );
      if (predicted !== ex.gold) {
        for (const [reading, delta] of [
          [ex.gold, 1],
          [predicted, -1],
        ] as const) {
          for (const f of ex.features) update(local, charKey(ex.ch, f, reading), delta);
          for (const g of readingFeatures(ex.site, reading)) update(global, g, delta);
        }
      }
      step++;
    }
  }
  const avg = (params: Map<string, Param>) =>
    new Map([...params].map(([key, p]) => [key, p.w - p.sum / step] as const));
  return { local: avg(local), global: avg(global) };
}

/** Averaged weights, rounded (3 decimals) and with zeros dropped, grouped per character. */
function finish(
  local: ReadonlyMap<string, number>,
  global: ReadonlyMap<string, number>,
  seen: ReadonlyMap<string, Set<string>>,
): PolyphoneModel {
  const avg = (w: number) => Math.round(w * 1000) / 1000;
  const byChar = new Map<string, Map<string, Map<string, number>>>();
  for (const [key, p] of local) {
    const w = avg(p);
    if (w === 0) continue;
    const [ch = '', feature = '', reading = ''] = key.split('\u0001');
    const features = byChar.get(ch) ?? new Map<string, Map<string, number>>();
    const row = features.get(feature) ?? new Map<string, number>();
    row.set(reading, w);
    features.set(feature, row);
    byChar.set(ch, features);
  }
  const chars: Record<string, PolyphoneEntry> = {};
  for (const ch of [...seen.keys()].sort()) {
    const features = byChar.get(ch) ?? new Map<string, Map<string, number>>();
    const readings = new Set(seen.get(ch));
    for (const row of features.values()) for (const r of row.keys()) readings.add(r);
    const ordered = [...readings].sort();
    const weights: Record<string, number[]> = {};
    for (const f of [...features.keys()].sort()) {
      const row = features.get(f);
      weights[f] = ordered.map((r) => row?.get(r) ?? 0);
    }
    chars[ch] = { readings: ordered, weights };
  }
  const globalWeights: Record<string, number> = {};
  for (const g of [...global.keys()].sort()) {
    const w = avg(global.get(g) ?? 0);
    if (w !== 0) globalWeights[g] = w;
  }
  return { version: 1, global: globalWeights, chars };
}
