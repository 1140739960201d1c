// `npm run eval -- article`: body extraction on ../shared/corpus/articles-zh/immortal-autumn, our
// detectArticle next to plain Readability in the same run. Score: character-bigram precision / recall /
// F1 of the body with all whitespace removed (the gold keeps hard line wraps, so lines are useless; and
// Chinese has no word boundaries for token shingles). Precision and recall are shown apart because
// "all visible text" already gets high recall. Also counts date and author agreement with the gold,
// and whether decodeHtml (no hint) picks the charset that index.tsv says decodes the page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../lib/article/detect';
import { decodeHtml } from '../lib/charset';
import { parseDocument } from '../lib/node/dom';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpusDir = resolve(repoRoot, '../shared/corpus/articles-zh/immortal-autumn');

interface Row {
  id: string;
  file: string;
  decodesAs: string;
  author: string;
  date: string;
}

interface Prf {
  p: number;
  r: number;
  f: number;
}

function readIndex(): Row[] {
  const [header, ...lines] = readFileSync(join(corpusDir, 'index.tsv'), 'utf8').trimEnd().split('\n');
  const cols = header!.split('\t');
  const at = (name: string): number => cols.indexOf(name);
  return lines.map((line) => {
    const f = line.split('\t');
    return {
      id: f[at('id')]!,
      file: f[at('file')]!,
      decodesAs: f[at('decodes_as')]!,
      author: f[at('author')] ?? 'UNKNOWN',
      date: f[at('date')] ?? 'UNKNOWN',
    };
  });
}

function bigrams(text: string): Map<string, number> {
  const s = Array.from(text.replace(/\s+/g, ''));
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s[i]! + s[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function score(predicted: string, gold: string): Prf {
  const pb = bigrams(predicted);
  const gb = bigrams(gold);
  let overlap = 0;
  let pn = 0;
  let gn = 0;
  for (const n of pb.values()) pn += n;
  for (const [g, n] of gb) {
    gn += n;
    overlap += Math.min(n, pb.get(g) ?? 0);
  }
  const p = pn === 0 ? 0 : overlap / pn;
  const r = gn === 0 ? 0 : overlap / gn;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

/** Gold "2005-5-7 21:23" vs our ISO string: every component the gold gives must agree. */
function dateMatches(gold: string, ours: string | null): boolean | null {
  if (/^UNKN/i.test(gold.trim())) return null;
  const g = gold.match(/\d+/g)?.map(Number) ?? [];
  const o = ours?.match(/\d+/g)?.map(Number) ?? [];
  return g.length > 0 && g.every((n, i) => o[i] === n);
}

function authorMatches(gold: string, ours: string | null): boolean | null {
  if (/^UNKN/i.test(gold.trim())) return null;
  const names = gold.split(/[\s、]+/).filter(Boolean);
  return ours !== null && names.every((n) => ours.includes(n));
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

export async function evalArticle(): Promise<void> {
  if (!existsSync(join(corpusDir, 'index.tsv'))) {
    console.log(`eval article: ${corpusDir} not found, skipped`);
    return;
  }
  const rows = readIndex();
  const ours: Prf[] = [];
  const plain: Prf[] = [];
  let dates = 0;
  let datesKnown = 0;
  let authors = 0;
  let authorsKnown = 0;
  let charsetOk = 0;
  let articles = 0;
  let ms = 0;
  let msPlain = 0;
  console.log(`immortal-autumn: ${rows.length} pages; char-bigram P/R/F1 (%), body whitespace removed\n`);
  console.log(
    `${'page'.padEnd(9)}${'gold'.padStart(6)} | ${'ours P     R    F1'.padEnd(19)} | readability P R F1`,
  );
  for (const row of rows) {
    const bytes = new Uint8Array(readFileSync(join(corpusDir, 'original', row.file)));
    const gold = readFileSync(join(corpusDir, 'cleaned', `${row.id}.txt`), 'utf8');
    if (decodeHtml(bytes).charset === decodeHtml(new Uint8Array(0), row.decodesAs).charset) charsetOk++;
    const { text } = decodeHtml(bytes, row.decodesAs);
    const url = `https://corpus.example/${row.file}`;
    const t0 = performance.now();
    const article = detectArticle(parseDocument(text, url), url);
    ms += performance.now() - t0;
    if (article.isArticle) articles++;
    const o = score(article.paragraphs.join(''), gold);
    const t1 = performance.now();
    const baseline = new Readability(parseDocument(text, url)).parse();
    msPlain += performance.now() - t1;
    const b = score(baseline?.textContent ?? '', gold);
    ours.push(o);
    plain.push(b);
    const d = dateMatches(row.date, article.published);
    if (d !== null) {
      datesKnown++;
      if (d) dates++;
    }
    const a = authorMatches(row.author, article.byline);
    if (a !== null) {
      authorsKnown++;
      if (a) authors++;
    }
    const goldLen = gold.replace(/\s+/g, '').length;
    console.log(
      `${row.id.slice(0, 8)} ${String(goldLen).padStart(6)} | ${pct(o.p)} ${pct(o.r)} ${pct(o.f)} | ${pct(b.p)} ${pct(b.r)} ${pct(b.f)}`,
    );
  }
  const m = (xs: Prf[], k: keyof Prf): string => pct(mean(xs.map((x) => x[k])));
  console.log(
    `\nmean             | ${m(ours, 'p')} ${m(ours, 'r')} ${m(ours, 'f')} | ${m(plain, 'p')} ${m(plain, 'r')} ${m(plain, 'f')}`,
  );
  console.log(
    `isArticle true: ${articles}/${rows.length}; detectArticle ${(ms / rows.length).toFixed(1)} ms/page, parse + Readability ${(msPlain / rows.length).toFixed(1)} ms/page (happy-dom)`,
  );
  console.log(`date matches gold: ${dates}/${datesKnown}; author matches gold: ${authors}/${authorsKnown}`);
  console.log(`decodeHtml without hint picks index.tsv's charset: ${charsetOk}/${rows.length}`);
}
