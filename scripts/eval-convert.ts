// `npm run eval -- convert`: word-aware conversion (ours) against plain opencc-js, same run.
//  1. OpenCC's own cases, ../shared/corpus/conversion/<set>/cases.tsv (id, config, input, expected),
//     per OpenCC config mapped to our (source, target); every case opencc-js passes and we fail is
//     printed as a regression.
//  2. OpenCC's golden long document (s2t, s2tw, s2twp, s2hk; also the *_jieba outputs).
//  3. OpenCC's jieba-segmentation cases, scored against the jieba (segmenting) expectation.
//  4. tests/fixtures/convert/one-to-many.tsv (ours; present without the corpus): news sentences with
//     one-to-many characters, plain text and through the page converter split across inline tags.
// Columns: opencc-js = Converter({from, to}) from the package; ours = createTextConverter(from, to);
// dom = convertHtmlFragment (the page converter, exactly what the extension runs).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ConverterBuilder } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { convertHtmlFragment } from '../lib/convert/page/html';
import { useLexiconFromDisk } from '../lib/convert/text/node';
import { createTextConverter } from '../lib/convert/text/text';
import type { Target } from '../lib/types';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, '../shared/corpus/conversion');
const fixture = resolve(repoRoot, 'tests/fixtures/convert/one-to-many.tsv');

type Src = 'cn' | 't' | 'tw' | 'hk';
/** OpenCC configs we offer, as our (source, target). Phrase-reverse configs (tw2sp, hk2sp), s2hkp
 *  and Japanese ones have no target in the extension and are not scored. */
const CONFIGS: Record<string, { from: Src; to: Target }> = {
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

const build = ConverterBuilder(Locale);
const baselines = new Map<string, (s: string) => string>();
function baseline(from: Src, to: Target): (s: string) => string {
  const key = `${from}>${to}`;
  let fn = baselines.get(key);
  if (!fn) {
    fn = from === to ? (s: string) => s : build({ from, to });
    baselines.set(key, fn);
  }
  return fn;
}
const ours = (from: Src, to: Target) => createTextConverter(from, to);

const unescapeField = (s: string): string =>
  s.replace(/\\([tn\\])/g, (_, c: string) => (c === 't' ? '\t' : c === 'n' ? '\n' : '\\'));
const escapeHtml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeHtml = (s: string): string =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&');
const pad = (s: string | number, n: number): string => String(s).padStart(n);
const textOf = (html: string): string => unescapeHtml(html.replace(/<[^>]*>/g, ''));

async function domConvert(html: string, from: Src, to: Target): Promise<string> {
  return textOf(await convertHtmlFragment(html, { from, to }));
}

interface Row {
  n: number;
  base: number;
  ours: number;
  dom: number;
}
const newRow = (): Row => ({ n: 0, base: 0, ours: 0, dom: 0 });

function printRows(title: string, rows: Map<string, Row>): void {
  console.log(`\n${title}`);
  console.log(`${'config'.padEnd(8)}${pad('n', 5)}${pad('opencc-js', 11)}${pad('ours', 7)}${pad('dom', 7)}`);
  const total = newRow();
  for (const [k, r] of [...rows].sort(([a], [b]) => a.localeCompare(b))) {
    console.log(`${k.padEnd(8)}${pad(r.n, 5)}${pad(r.base, 11)}${pad(r.ours, 7)}${pad(r.dom, 7)}`);
    total.n += r.n;
    total.base += r.base;
    total.ours += r.ours;
    total.dom += r.dom;
  }
  console.log(
    `${'total'.padEnd(8)}${pad(total.n, 5)}${pad(total.base, 11)}${pad(total.ours, 7)}${pad(total.dom, 7)}`,
  );
}

async function evalCaseSets(): Promise<void> {
  const sets = readdirSync(corpusDir).filter((d) => existsSync(join(corpusDir, d, 'cases.tsv')));
  for (const set of sets.sort()) {
    const lines = readFileSync(join(corpusDir, set, 'cases.tsv'), 'utf8')
      .split('\n')
      .slice(1);
    const rows = new Map<string, Row>();
    const regressions: string[] = [];
    const gains: string[] = [];
    for (const line of lines) {
      const [id = '', config = '', rawIn, rawExp] = line.split('\t');
      const pair = CONFIGS[config];
      if (!pair || rawIn === undefined || rawExp === undefined) continue;
      const input = unescapeField(rawIn);
      const expected = unescapeField(rawExp);
      let row = rows.get(config);
      if (!row) {
        row = newRow();
        rows.set(config, row);
      }
      row.n++;
      const b = baseline(pair.from, pair.to)(input) === expected;
      const got = ours(pair.from, pair.to)(input);
      const o = got === expected;
      const d = (await domConvert(`<p>${escapeHtml(input)}</p>`, pair.from, pair.to)) === expected;
      if (b) row.base++;
      if (o) row.ours++;
      if (d) row.dom++;
      if (b && (!o || !d))
        regressions.push(`  ${id} (${config}${o ? ', dom only' : ''}): got ${got.slice(0, 60)}`);
      if (!b && o) gains.push(`  ${id} (${config})`);
    }
    printRows(`${set} (${lines.length} cases; scored configs only)`, rows);
    console.log(`regressions (opencc-js passes, ours fails): ${regressions.length}`);
    for (const r of regressions) console.log(r);
    if (gains.length)
      console.log(`fixed (opencc-js fails, ours passes): ${gains.length}\n${gains.join('\n')}`);
  }
}

function diffChars(a: string, b: string): number {
  let d = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) d++;
  return d;
}

function evalGolden(): void {
  const input = join(corpusDir, 'golden/input/us_constitution_zhs.txt');
  if (!existsSync(input)) return;
  const text = readFileSync(input, 'utf8');
  console.log('\ngolden: us_constitution_zhs (exact match; characters differing in brackets)');
  console.log(`${'config'.padEnd(14)}${pad('opencc-js', 14)}${pad('ours', 14)}`);
  for (const cfg of ['s2t', 's2tw', 's2twp', 's2hk']) {
    for (const suffix of ['', '_jieba']) {
      const file = join(corpusDir, `golden/output/us_constitution_zhs.${cfg}${suffix}.txt`);
      if (!existsSync(file)) continue;
      const expected = readFileSync(file, 'utf8');
      const pair = CONFIGS[cfg]!;
      const b = baseline(pair.from, pair.to)(text);
      const o = ours(pair.from, pair.to)(text);
      const cell = (got: string) => `${got === expected ? 'pass' : 'FAIL'} (${diffChars(got, expected)})`;
      console.log(`${(cfg + suffix).padEnd(14)}${pad(cell(b), 14)}${pad(cell(o), 14)}`);
    }
  }
}

function evalJieba(): void {
  const file = join(corpusDir, 'jieba-segmentation-cases/jieba_comparison_testcases.json');
  if (!existsSync(file)) return;
  const data = JSON.parse(readFileSync(file, 'utf8')) as {
    cases: { id: string; input: string; expected: Record<string, string> }[];
  };
  const rows = new Map<string, { n: number; baseMm: number; oursMm: number; baseJ: number; oursJ: number }>();
  for (const c of data.cases) {
    for (const [config, exp] of Object.entries(c.expected)) {
      if (config.endsWith('_jieba')) continue;
      const pair = CONFIGS[config];
      if (!pair) continue;
      const jieba = c.expected[`${config}_jieba`] ?? exp;
      let r = rows.get(config);
      if (!r) {
        r = { n: 0, baseMm: 0, oursMm: 0, baseJ: 0, oursJ: 0 };
        rows.set(config, r);
      }
      const b = baseline(pair.from, pair.to)(c.input);
      const o = ours(pair.from, pair.to)(c.input);
      r.n++;
      if (b === exp) r.baseMm++;
      if (o === exp) r.oursMm++;
      if (b === jieba) r.baseJ++;
      if (o === jieba) r.oursJ++;
    }
  }
  console.log(
    '\njieba-segmentation-cases (mm = OpenCC max-match expectation, jieba = segmenting expectation)',
  );
  console.log(
    `${'config'.padEnd(8)}${pad('n', 4)}${pad('opencc mm', 11)}${pad('ours mm', 9)}${pad('opencc jieba', 14)}${pad('ours jieba', 12)}`,
  );
  for (const [k, r] of rows) {
    console.log(
      `${k.padEnd(8)}${pad(r.n, 4)}${pad(r.baseMm, 11)}${pad(r.oursMm, 9)}${pad(r.baseJ, 14)}${pad(r.oursJ, 12)}`,
    );
  }
}

export async function evalOneToMany(print = true): Promise<{ total: number; ours: number; base: number }> {
  const lines = readFileSync(fixture, 'utf8').split('\n');
  const marked = new Set(Array.from(/Marked characters[^:]*: *(\S+)/.exec(lines.join('\n'))?.[1] ?? ''));
  const rows = new Map<string, Row>();
  const fails: string[] = [];
  const score = async (key: string, id: string, from: Src, to: Target, input: string, expected: string) => {
    let row = rows.get(key);
    if (!row) {
      row = newRow();
      rows.set(key, row);
    }
    // Plain text, then the page converter with the sentence cut before every marked character and
    // with every marked character in its own <b>.
    const variants = [escapeHtml(input)];
    const chars = Array.from(input);
    chars.forEach((c, i) => {
      if (!marked.has(c) || i === 0) return;
      variants.push(`${escapeHtml(chars.slice(0, i).join(''))}<i>${escapeHtml(chars.slice(i).join(''))}</i>`);
      variants.push(chars.map((x, j) => (j === i ? `<b>${escapeHtml(x)}</b>` : escapeHtml(x))).join(''));
    });
    row.n++;
    const b = baseline(from, to)(input) === expected;
    const got = ours(from, to)(input);
    if (b) row.base++;
    if (got === expected) row.ours++;
    else fails.push(`  ${id} ${key}: ${got} ≠ ${expected}`);
    let domOk = true;
    for (const v of variants) {
      const out = await domConvert(`<p>${v}</p>`, from, to);
      if (out !== expected) {
        domOk = false;
        fails.push(`  ${id} ${key} dom ${v}: ${out}`);
        break;
      }
    }
    if (domOk) row.dom++;
  };
  for (const line of lines) {
    if (!line || line.startsWith('#') || line.startsWith('id\t')) continue;
    const [id = '', input = '', t = '', twRaw = '', twpRaw = '', hkRaw = ''] = line.split('\t');
    const resolveCol = (v: string, tw: string): string => (v === '=t' ? t : v === '=tw' ? tw : v);
    const tw = resolveCol(twRaw, t);
    const expected: Record<string, string> = {
      t,
      tw,
      twp: resolveCol(twpRaw, tw),
      hk: resolveCol(hkRaw, tw),
    };
    for (const to of ['t', 'tw', 'twp', 'hk'] as const)
      await score(`s2${to}`, id, 'cn', to, input, expected[to]!);
    await score('tw2s', id, 'tw', 'cn', tw, input);
  }
  const total = { total: 0, ours: 0, base: 0 };
  for (const r of rows.values()) {
    total.total += r.n;
    total.ours += r.ours;
    total.base += r.base;
  }
  if (print) {
    printRows(
      'one-to-many regression list (tests/fixtures/convert/one-to-many.tsv; dom = plain and split across tags)',
      rows,
    );
    console.log(`our failures: ${fails.length}`);
    for (const f of fails) console.log(f);
  }
  return total;
}

export async function evalConvert(): Promise<void> {
  useLexiconFromDisk();
  await evalOneToMany();
  if (!existsSync(corpusDir)) {
    console.log(`\nconvert corpus: skipped — no corpus at ${corpusDir}`);
    return;
  }
  await evalCaseSets();
  evalGolden();
  evalJieba();
}

// Also runnable on its own: `npx tsx scripts/eval-convert.ts`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await evalConvert();
}
