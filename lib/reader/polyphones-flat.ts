// The polyphone model as shipped to the reader (public/reader/readings.json, written by
// scripts/build-readings.ts from lib/reader/data/polyphones.json): per character, the feature names in
// one string and the weights in one array of numbers, rows back to back. Parsing the plain form (a
// property and an array per feature, ~40,000 of each) was 45–65 ms of the reader worker's start; this
// form parses in a fraction of that, and polyphones-score.ts compiles its tables straight from it.
// The plain model is still what the learner writes and what tests compare: unflattenLazily gives it
// back, entry by entry, with the same features in the same order.
import type { PolyphoneEntry, PolyphoneModel } from './polyphones';

/** One character's entry: readings, feature names joined by SEPARATOR, rows of `r.length` weights. */
export interface FlatPolyphoneEntry {
  r: string[];
  f: string;
  w: number[];
}

export interface FlatPolyphoneModel {
  version: 1;
  flat: 1;
  global: Record<string, number>;
  chars: Record<string, FlatPolyphoneEntry>;
}

const SEPARATOR = '\n';

/** An entry's rows back to back, each cut or padded with zeros to one weight per reading: the scorer
 *  adds only the first `readings.length` weights of a row, and a zero adds nothing. */
export function flattenEntry(entry: PolyphoneEntry): FlatPolyphoneEntry {
  const n = entry.readings.length;
  const names: string[] = [];
  const w: number[] = [];
  for (const [feature, row] of Object.entries(entry.weights)) {
    if (feature.includes(SEPARATOR)) throw new Error(`Polyphone feature with a line break: ${feature}`);
    names.push(feature);
    for (let i = 0; i < n; i++) w.push(row[i] ?? 0);
  }
  return { r: entry.readings, f: names.join(SEPARATOR), w };
}

export function flattenPolyphoneModel(model: PolyphoneModel): FlatPolyphoneModel {
  const chars: Record<string, FlatPolyphoneEntry> = {};
  for (const [ch, entry] of Object.entries(model.chars)) chars[ch] = flattenEntry(entry);
  return { version: 1, flat: 1, global: model.global, chars };
}

/** The feature names of a flat entry, in order. */
export const featureNames = (entry: FlatPolyphoneEntry): string[] =>
  entry.f === '' ? [] : entry.f.split(SEPARATOR);

/** A flat entry as the plain entry it came from (rows of one weight per reading). */
export function unflattenEntry(entry: FlatPolyphoneEntry): PolyphoneEntry {
  const n = entry.r.length;
  const weights: Record<string, number[]> = {};
  featureNames(entry).forEach((name, i) => {
    weights[name] = entry.w.slice(i * n, (i + 1) * n);
  });
  return { readings: entry.r, weights };
}

export function isFlatPolyphoneModel(json: unknown): json is FlatPolyphoneModel {
  const m = json as Partial<FlatPolyphoneModel> | null;
  return m?.version === 1 && m.flat === 1;
}

/** Checks the shape of a flat model; throws on anything else. */
export function checkFlatPolyphoneModel(m: FlatPolyphoneModel): FlatPolyphoneModel {
  if (typeof m.global !== 'object' || m.global === null || typeof m.chars !== 'object' || !m.chars)
    throw new Error('Not a Wenzhai polyphone model (version 1)');
  for (const entry of Object.values(m.chars)) {
    const n = Array.isArray(entry.r) ? entry.r.length : 0;
    if (n === 0 || typeof entry.f !== 'string' || !Array.isArray(entry.w) || entry.w.length % n !== 0)
      throw new Error('Malformed polyphone entry');
  }
  return m;
}

/** The flat form each model was built from (unflattenLazily), so the scorer compiles from it. */
const flatForms = new WeakMap<PolyphoneModel, FlatPolyphoneModel>();

/** The flat form of `model`: the one it came from, or made now (a plain model: tests, the learner). */
export function flatFormOf(model: PolyphoneModel): FlatPolyphoneModel {
  let flat = flatForms.get(model);
  if (!flat) {
    flat = flattenPolyphoneModel(model);
    flatForms.set(model, flat);
  }
  return flat;
}

/** A flat model as a plain one whose entries are built the first time they are read (the reader's
 *  scorer never reads them: it compiles from the flat form). */
export function unflattenLazily(flat: FlatPolyphoneModel): PolyphoneModel {
  checkFlatPolyphoneModel(flat);
  const chars: Record<string, PolyphoneEntry> = {};
  for (const [ch, entry] of Object.entries(flat.chars)) {
    Object.defineProperty(chars, ch, {
      enumerable: true,
      configurable: true,
      get: () => {
        const plain = unflattenEntry(entry);
        Object.defineProperty(chars, ch, { value: plain, enumerable: true, writable: true });
        return plain;
      },
    });
  }
  const model: PolyphoneModel = { version: 1, global: flat.global, chars };
  flatForms.set(model, flat);
  return model;
}
