// `npm run eval -- convert`: our converter against OpenCC's own test cases, next to plain opencc-js.
// Reads ../shared/corpus/conversion/<set>/cases.tsv (id, config, input, expected; \t \n escaped)
// relative to the repo root and prints exact-match pass counts per OpenCC config. Columns:
//   opencc-js  Converter({from, to}) straight from the package (the baseline)
//   ours       createTextConverter(from, to) with the explicit source
//   auto       createTextConverter('auto', to): source detected from each input string
//   dom        convertHtmlFragment on <p>input</p>, i.e. the page converter path
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConverterBuilder } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { convertHtmlFragment } from '../lib/convert/html';
import { createTextConverter } from '../lib/convert/text';
import type { Source, Target } from '../lib/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, '../shared/corpus/conversion');

/** OpenCC configs we offer, as (opencc-js from/to) = (our Source/Target). Phrase-reverse configs
 *  (tw2sp, hk2sp), s2hkp and Japanese ones have no target in the extension and are not scored. */
const CONFIGS: Record<string, { from: Exclude<Source, 'auto'>; to: Target }> = {
  s2t: { from: 'cn', to: 't' },
  s2tw: { from: 'cn', to: 'tw' },
  s2twp: { from: 'cn', to: 'twp' },
  s2hk: { from: 'cn', to: 'hk' },
  t2s: { from: 't', to: 'cn' },
  tw2s: { from: 'tw', to: 'cn' },
  hk2s: { from: 'hk', to: 'cn' },
  t2tw: { from: 't', to: 'tw' },
  t2hk: { from: 't', to: 'hk' },
  tw2t: { from: 'tw', to: 't' },
  hk2t: { from: 'hk', to: 't' },
};

interface Case {
  config: string;
  input: string;
  expected: string;
}

function unescapeField(s: string): string {
  return s.replace(/\\([tn\\])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : '\\'));
}

function readCases(file: string): Case[] {
  const lines = readFileSync(file, 'utf8').split('\n').slice(1);
  const cases: Case[] = [];
  for (const line of lines) {
    const [, config, input, expected] = line.split('\t');
    if (config && input !== undefined && expected !== undefined) {
      cases.push({ config, input: unescapeField(input), expected: unescapeField(expected) });
    }
  }
  return cases;
}

const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');

export async function evalConvert(): Promise<void> {
  if (!existsSync(corpusDir)) {
    console.log(`convert: skipped — no corpus at ${corpusDir}`);
    return;
  }
  const build = ConverterBuilder(Locale);
  // Building a converter builds its tries (hundreds of ms for STPhrases): once per config.
  const baselines = new Map<string, (s: string) => string>();
  const baseline = (pair: { from: string; to: string }): ((s: string) => string) => {
    const key = `${pair.from}>${pair.to}`;
    let fn = baselines.get(key);
    if (!fn) {
      fn = build(pair);
      baselines.set(key, fn);
    }
    return fn;
  };
  const sets = readdirSync(corpusDir).filter((d) => existsSync(join(corpusDir, d, 'cases.tsv')));
  for (const set of sets.sort()) {
    const cases = readCases(join(corpusDir, set, 'cases.tsv'));
    const rows = new Map<string, { n: number; base: number; ours: number; auto: number; dom: number }>();
    for (const c of cases) {
      const pair = CONFIGS[c.config];
      if (!pair) continue;
      let row = rows.get(c.config);
      if (!row) {
        row = { n: 0, base: 0, ours: 0, auto: 0, dom: 0 };
        rows.set(c.config, row);
      }
      row.n++;
      if (baseline(pair)(c.input) === c.expected) row.base++;
      if (createTextConverter(pair.from, pair.to)(c.input) === c.expected) row.ours++;
      if (createTextConverter('auto', pair.to)(c.input) === c.expected) row.auto++;
      const html = await convertHtmlFragment(`<p>${escapeHtml(c.input)}</p>`, pair);
      if (unescapeHtml(html.replace(/^<p>|<\/p>$/g, '')) === c.expected) row.dom++;
    }
    const total = { n: 0, base: 0, ours: 0, auto: 0, dom: 0 };
    console.log(`\n${set} (${cases.length} cases; scored configs only)`);
    console.log(
      `${'config'.padEnd(8)}${'n'.padStart(5)}${'opencc-js'.padStart(11)}${'ours'.padStart(7)}${'auto'.padStart(7)}${'dom'.padStart(7)}`,
    );
    for (const [config, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
      console.log(
        `${config.padEnd(8)}${String(r.n).padStart(5)}${String(r.base).padStart(11)}${String(r.ours).padStart(7)}${String(r.auto).padStart(7)}${String(r.dom).padStart(7)}`,
      );
      for (const k of ['n', 'base', 'ours', 'auto', 'dom'] as const) total[k] += r[k];
    }
    console.log(
      `${'total'.padEnd(8)}${String(total.n).padStart(5)}${String(total.base).padStart(11)}${String(total.ours).padStart(7)}${String(total.auto).padStart(7)}${String(total.dom).padStart(7)}`,
    );
  }
}

// Also runnable on its own: `npx tsx scripts/eval-convert.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await evalConvert();
}
