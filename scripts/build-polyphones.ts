// Learns the polyphone model (lib/reader/polyphones.ts) from the CPP benchmark's dev split in ../shared
// (Apache-2.0, see lib/reader/data/PROVENANCE.md) and writes lib/reader/data/polyphones.json, which is
// committed: a fresh clone builds without ../shared, and build-readings.ts merges the file into
// public/reader/readings.json. Run `npm run build:polyphones` after changing the features, the learner,
// or anything the dictionary path's readings depend on (tests/unit/reader-polyphones.test.ts checks).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadReadingModelFromDisk } from '../lib/reader/node';
import type { PolyphoneModel } from '../lib/reader/polyphones';
import { type LabelledSite, learnPolyphones } from '../lib/reader/polyphones-learn';
import { annotate, type ReadingModel, readingSite } from '../lib/reader/readings';
import { type PolyphoneCase, parseCases } from './eval-pinyin';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const POLYPHONES_PATH = resolve(root, 'lib/reader/data/polyphones.json');
export const CPP_DIR = resolve(process.env.WENZHAI_SHARED ?? resolve(root, '../shared'), 'corpus/pinyin/cpp');

/** The dev split's cases, or null when ../shared is absent. */
export function readCppCases(dir = CPP_DIR): PolyphoneCase[] | null {
  const sent = resolve(dir, 'dev.sent');
  const lb = resolve(dir, 'dev.lb');
  if (!existsSync(sent) || !existsSync(lb)) return null;
  return parseCases(readFileSync(sent, 'utf8'), readFileSync(lb, 'utf8'));
}

/** The dictionary path alone (no learned model): what the sites' "ours" come from. */
export const baseModel = (model: ReadingModel): ReadingModel => ({ ...model, polyphones: null });

/** The polyphone model's view of every case's marked character, with its gold reading. */
export function labelledSites(cases: readonly PolyphoneCase[], model: ReadingModel): LabelledSite[] {
  const base = baseModel(model);
  return cases.map((c) => {
    const tokens = annotate(c.text, base);
    const k = tokens.findIndex((t) => c.at >= t.start && c.at < t.start + t.text.length);
    return { site: readingSite(base, c.text, tokens, k, c.at - (tokens[k]?.start ?? 0)), gold: c.gold };
  });
}

/** Characters the model must never learn: tone sandhi is not written, so 一 and 不 keep their citation
 *  tones whatever a corpus labels them. */
const CITATION_ONLY = new Set(['一', '不']);

/** The model learned from all of the dev split, as the committed JSON text. */
export function compilePolyphones(cases: readonly PolyphoneCase[], model: ReadingModel): string {
  const sites = labelledSites(cases, model).filter((s) => !CITATION_ONLY.has(s.site.text.charAt(s.site.at)));
  const learned: PolyphoneModel = learnPolyphones(sites);
  return `${JSON.stringify(learned)}\n`;
}

export function buildPolyphones(output = POLYPHONES_PATH): void {
  const cases = readCppCases();
  if (!cases) {
    console.log(`skipped: ${CPP_DIR} (CPP dev split) not found; keeping ${output}`);
    return;
  }
  const json = compilePolyphones(cases, loadReadingModelFromDisk());
  writeFileSync(output, json);
  console.log(`polyphones.json: ${json.length} bytes from ${cases.length} sentences`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) buildPolyphones();
