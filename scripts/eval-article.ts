// `npm run eval -- article`: body and metadata extraction on every page of ../shared/corpus/articles-zh/*
// and ../shared/corpus/articles-other/*, our detectArticle next to plain @mozilla/readability in the
// same run. Each folder is scored as its PROVENANCE.txt says:
//  - immortal-autumn: character-bigram P/R/F1 of the body with all whitespace removed (the gold keeps
//    hard wraps; Chinese has no word boundaries for shingles), date components, author names;
//  - trafilatura-cjk: snippets the body must / must not contain, title / author / date exact;
//  - readability-general, readability-ja: token F1 (ja: char bigrams) vs expected.txt, title/byline/date;
//  - scrapinghub: bag-of-words P/R/F1 vs the human articleBody.
// Precision and recall are shown apart because "all visible text" already gets high recall.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../lib/article/detect';
import { decodeHtml } from '../lib/charset';
import { createDocumentCloser, parseDocument } from '../lib/node/dom';
import type { Article } from '../lib/types';
import { pageTitleMatches, printPageTitles, recurringTitleEnds } from './eval-article-title';

const corpus = resolve(import.meta.dirname, '../../shared/corpus');

interface Prf {
  p: number;
  r: number;
  f: number;
}
interface Side {
  prf: Prf;
  title: boolean | null;
  byline: boolean | null;
  date: boolean | null;
}
interface PageResult {
  set: string;
  id: string;
  chinese: boolean;
  ours: Side;
  rb: Side;
  /** For the list of date misses: the gold, ours, and the dates the page shows (first few). */
  dates?: { gold: string; ours: string | null; seen: string[] };
  /** immortal-autumn: our title against the page's <title> as served (index.tsv), site part included. */
  pageTitle?: { gold: string; ours: string; right: boolean | null };
}

// Misses the detector should not be changed for, each checked by hand against the page: the gold says
// something the issue rules out, or reads the page differently from how it is printed.
const EXPLAINED: Record<string, { body?: string; date?: string }> = {
  d5bced5e: {
    date: 'the gold takes a cleanup-template date ("此条目需要补充更多来源。 (2020年4月17日)"); we give the JSON-LD datePublished',
  },
  d8d4c4ec: {
    body: 'the gold stops at the "展开全文" fold of a Sohu page; the rest (the second half of the story, which we keep) is missing from it',
  },
  '05e98007': {
    date: 'the gold reads the stamp "7/5/2005 9:23:57 PM" day first (May 7); the 12-hour clock is the US order and the story\'s own 2005年07月03日 rules May out: we give July 5',
  },
  c3f7d079: {
    date: 'a report written 2003年5月 and posted 2005-03-06 16:17 (the dateline above it): the gold takes the writing month, we the posting',
  },
  e8847578: {
    date: "the gold takes 成文日期 (signed) 2022-01-27; we give 发布日期 2022-01-28, which the page's PubDate meta also says",
  },
};
const explained = (id: string, what: 'body' | 'date'): string | undefined =>
  EXPLAINED[id.slice(0, 8)]?.[what];
interface Baseline {
  text: string;
  title: string;
  byline: string | null;
  published: string | null;
}

const results: PageResult[] = [];
let msOurs = 0;
let msRb = 0;

// happy-dom windows hold timers and caches; hundreds of pages exhaust the heap unless closed.
const { close, settle } = createDocumentCloser();

// Dates as pages print them, for the list of date misses.
const SEEN_DATE =
  /(?:民國|民国)?\d{2,4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,4}[日号號]?(?:\s*[-T]?\s*\d{1,2}[:：时時]\d{2}(?::\d{2})?(?:\s*[AP]M)?)?/g;
let lastSeen: string[] = [];

function run(html: string, url: string): { a: Article; b: Baseline } {
  const docA = parseDocument(html, url);
  const docB = parseDocument(html, url);
  const t0 = performance.now();
  const a = detectArticle(docA, url);
  const t1 = performance.now();
  const parsed = new Readability(docB).parse();
  const metaDates = Array.from(docA.querySelectorAll('meta[content]'))
    .filter((m) => /date|time|pub/i.test(m.getAttribute('name') ?? m.getAttribute('property') ?? ''))
    .map((m) => `${m.getAttribute('name') ?? m.getAttribute('property')}=${m.getAttribute('content')}`);
  lastSeen = [...metaDates, ...((docA.body?.textContent ?? '').match(SEEN_DATE) ?? [])].slice(0, 8);
  close(docA);
  close(docB);
  msOurs += t1 - t0;
  msRb += performance.now() - t1;
  const b = {
    text: parsed?.textContent ?? '',
    title: parsed?.title ?? '',
    byline: parsed?.byline ?? null,
    published: parsed?.publishedTime ?? null,
  };
  return { a, b };
}

function prf(overlap: number, pn: number, gn: number): Prf {
  const p = pn === 0 ? 0 : overlap / pn;
  const r = gn === 0 ? 0 : overlap / gn;
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}

function bagScore(predicted: string[], gold: string[]): Prf {
  const pb = new Map<string, number>();
  for (const g of predicted) pb.set(g, (pb.get(g) ?? 0) + 1);
  const gb = new Map<string, number>();
  for (const g of gold) gb.set(g, (gb.get(g) ?? 0) + 1);
  let overlap = 0;
  for (const [g, n] of gb) overlap += Math.min(n, pb.get(g) ?? 0);
  return prf(overlap, predicted.length, gold.length);
}

const bigrams = (text: string): string[] => {
  const s = Array.from(text.replace(/\s+/g, ''));
  return s.slice(1).map((c, i) => s[i]! + c);
};
const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
const bodyOf = (a: Article): string => a.paragraphs.join('\n');

/** Gold "2005-5-7 21:23" vs an ISO string: every component the gold gives must agree. The gold's
 *  components are the page's wall clock, so ours is compared as printed (no zone conversion). A gold
 *  with no digits is no date (one immortal-autumn file holds an author name in its date field). */
function dateMatches(gold: string, ours: string | null): boolean | null {
  if (!gold.trim() || /^UNKN/i.test(gold.trim()) || !/\d/.test(gold)) return null;
  const g = gold.match(/\d+/g)?.map(Number) ?? [];
  const o = ours?.match(/\d+/g)?.map(Number) ?? [];
  return g.length > 0 && g.every((n, i) => o[i] === n);
}

function authorMatches(gold: string, ours: string | null): boolean | null {
  if (!gold.trim() || /^UNKN/i.test(gold.trim())) return null;
  const names = gold.split(/[\s、]+/).filter(Boolean);
  return ours !== null && names.every((n) => ours.includes(n));
}

/** Exact after whitespace normalisation, or the gold with a site part ("標題 - 網站") around ours. */
function titleMatches(gold: string, ours: string): boolean | null {
  const g = squash(gold);
  const o = squash(ours);
  if (!g) return null;
  if (o === g) return true;
  if (o.length < 2) return false;
  const rest = g.startsWith(o) ? g.slice(o.length) : g.endsWith(o) ? g.slice(0, g.length - o.length) : null;
  return rest !== null && /^\s*[-–—|_｜:：·]|[-–—|_｜:：·]\s*$/.test(rest);
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);
const mark = (x: boolean | null): string => (x === null ? '·' : x ? '✓' : '✗');
const mean = (xs: number[]): number => (xs.length === 0 ? 0 : xs.reduce((a, b) => a + b, 0) / xs.length);

function report(r: PageResult): void {
  results.push(r);
  const side = (s: Side): string =>
    `${pct(s.prf.p)} ${pct(s.prf.r)} ${pct(s.prf.f)}  ${mark(s.title)}${mark(s.byline)}${mark(s.date)}`;
  console.log(`${r.id.slice(0, 26).padEnd(26)} | ${side(r.ours)} | ${side(r.rb)}`);
}

function header(name: string, note: string): void {
  console.log(`\n-- ${name}: ${note}`);
  console.log(`${'page'.padEnd(26)} | ours P     R    F1  T B D   | readability P R F1  T B D`);
}

async function immortalAutumn(): Promise<void> {
  const dir = join(corpus, 'articles-zh/immortal-autumn');
  const [head, ...rows] = readFileSync(join(dir, 'index.tsv'), 'utf8').trimEnd().split('\n');
  const cols = head!.split('\t');
  header('immortal-autumn', 'char-bigram P/R/F1 (%); T title (no gold: ·), B author, D date');
  const siteEnds = recurringTitleEnds(rows.map((r) => r.split('\t')[cols.indexOf('title')] ?? ''));
  for (const line of rows) {
    const f = line.split('\t');
    const at = (name: string): string => f[cols.indexOf(name)] ?? '';
    const id = at('id');
    const bytes = new Uint8Array(readFileSync(join(dir, 'original', at('file'))));
    const gold = readFileSync(join(dir, 'cleaned', `${id}.txt`), 'utf8');
    const url = `https://corpus.example/${at('file')}`;
    const { a, b } = run(decodeHtml(bytes, at('decodes_as').replace('(lossy)', '')).text, url);
    const side = (text: string, byline: string | null, date: string | null): Side => ({
      prf: bagScore(bigrams(text), bigrams(gold)),
      title: null,
      byline: authorMatches(at('author'), byline),
      date: dateMatches(at('date'), date),
    });
    await settle();
    report({
      set: 'immortal-autumn',
      id,
      chinese: true,
      ours: side(bodyOf(a), a.byline, a.published),
      rb: side(b.text, b.byline, b.published),
      dates: { gold: at('date'), ours: a.published, seen: lastSeen },
      pageTitle: {
        gold: at('title'),
        ours: a.title,
        right: pageTitleMatches(at('title'), a.title, siteEnds),
      },
    });
  }
}

interface SnippetGold {
  file: string;
  title?: string;
  author?: string;
  date?: string;
  with: string[];
  without: string[];
}

async function trafilatura(): Promise<void> {
  const dir = join(corpus, 'articles-zh/trafilatura-cjk');
  const pages: [string, SnippetGold][] = [
    ...Object.entries(JSON.parse(readFileSync(join(dir, 'evaldata.cjk.json'), 'utf8'))),
    ...Object.entries(JSON.parse(readFileSync(join(dir, 'realworld.cjk.json'), 'utf8'))),
  ] as [string, SnippetGold][];
  header('trafilatura-cjk', 'snippet P/R/F1 (with found / without absent); T B D exact');
  for (const [url, g] of pages) {
    const bytes = new Uint8Array(readFileSync(join(dir, 'pages', g.file)));
    // The archive.org copy says utf-8 in a meta but its bytes are GB2312 (PROVENANCE.txt).
    const hint = g.file.startsWith('archive.org.he.') ? 'gb18030' : undefined;
    const { a, b } = run(decodeHtml(bytes, hint).text, url);
    const side = (text: string, title: string, byline: string | null, date: string | null): Side => {
      const t = squash(text);
      const tp = g.with.filter((s) => t.includes(squash(s))).length;
      const fp = g.without.filter((s) => t.includes(squash(s))).length;
      return {
        prf: prf(tp, tp + fp, g.with.length),
        title: g.title ? titleMatches(g.title, title) : null,
        byline: g.author ? squash(byline) === squash(g.author) : null,
        date: g.date ? (date ?? '').slice(0, 10) === g.date : null,
      };
    };
    await settle();
    report({
      set: 'trafilatura-cjk',
      id: g.file,
      chinese: !g.file.startsWith('nhk'),
      ours: side(bodyOf(a), a.title, a.byline, a.published),
      rb: side(b.text, b.title, b.byline, b.published),
      dates: { gold: g.date ?? '', ours: a.published, seen: lastSeen },
    });
  }
}

async function readabilityPages(folder: string, lang: 'ja' | 'en'): Promise<void> {
  const dir = join(corpus, 'articles-other', folder);
  header(folder, `${lang === 'ja' ? 'char-bigram' : 'word'} P/R/F1 vs expected.txt; T B D exact`);
  for (const name of readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html')))) {
    const html = readFileSync(join(dir, name, 'source.html'), 'utf8');
    const gold = readFileSync(join(dir, name, 'expected.txt'), 'utf8');
    const meta = JSON.parse(readFileSync(join(dir, name, 'expected-metadata.json'), 'utf8')) as {
      title?: string;
      byline?: string | null;
      publishedTime?: string | null;
    };
    const { a, b } = run(html, `https://${name}.example/article`);
    const tokens = lang === 'ja' ? bigrams : words;
    const side = (text: string, title: string, byline: string | null, date: string | null): Side => ({
      prf: bagScore(tokens(text), tokens(gold)),
      title: meta.title ? titleMatches(meta.title, title) : null,
      byline: meta.byline ? squash(byline) === squash(meta.byline) : null,
      date: meta.publishedTime ? (date ?? '').slice(0, 10) === meta.publishedTime.slice(0, 10) : null,
    });
    await settle();
    report({
      set: folder,
      id: name,
      chinese: false,
      ours: side(bodyOf(a), a.title, a.byline, a.published),
      rb: side(b.text, b.title, b.byline, b.published),
    });
  }
}

async function scrapinghub(): Promise<void> {
  const dir = join(corpus, 'articles-other/scrapinghub');
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { articleBody: string; url?: string }
  >;
  header('scrapinghub', 'bag-of-words P/R/F1 vs human articleBody (no metadata gold)');
  for (const [id, g] of Object.entries(truth)) {
    const file = join(dir, 'html', `${id}.html.gz`);
    if (!existsSync(file)) continue;
    const { text } = decodeHtml(new Uint8Array(gunzipSync(readFileSync(file))));
    const { a, b } = run(text, g.url ?? `https://${id.slice(0, 8)}.example/`);
    const gold = words(g.articleBody);
    const side = (body: string): Side => ({
      prf: bagScore(words(body), gold),
      title: null,
      byline: null,
      date: null,
    });
    await settle();
    report({ set: 'scrapinghub', id, chinese: false, ours: side(bodyOf(a)), rb: side(b.text) });
  }
}

function summary(): void {
  console.log('\n== means (ours | readability)');
  const sets = [...new Set(results.map((r) => r.set))];
  const frac = (xs: (boolean | null)[]): string => {
    const known = xs.filter((x) => x !== null);
    return known.length === 0 ? '   -   ' : `${known.filter(Boolean).length}/${known.length}`.padStart(7);
  };
  console.log(
    `${'set'.padEnd(20)} pages | P     R     F1    title   byline  date    | P     R     F1    title   byline  date`,
  );
  const line = (name: string, rs: PageResult[]): void => {
    const s = (k: 'ours' | 'rb'): string =>
      `${pct(mean(rs.map((r) => r[k].prf.p)))} ${pct(mean(rs.map((r) => r[k].prf.r)))} ${pct(mean(rs.map((r) => r[k].prf.f)))} ${frac(rs.map((r) => r[k].title))} ${frac(rs.map((r) => r[k].byline))} ${frac(rs.map((r) => r[k].date))}`;
    console.log(`${name.padEnd(20)} ${String(rs.length).padStart(5)} | ${s('ours')} | ${s('rb')}`);
  };
  for (const set of sets)
    line(
      set,
      results.filter((r) => r.set === set),
    );
  line('all', results);
  const ia = results.filter((r) => r.set === 'immortal-autumn');
  const zh = results.filter((r) => r.chinese);
  // An explained miss stays a miss in the counts; the list marks it with "*".
  const tag =
    (what: 'body' | 'date') =>
    (r: PageResult): string =>
      `${r.id.slice(0, 8)}${explained(r.id, what) ? '*' : ''}`;
  const below = ia.filter((r) => r.ours.prf.f < 0.8).map(tag('body'));
  const worse = zh.filter((r) => r.ours.prf.f < r.rb.prf.f - 0.02).map(tag('body'));
  const withTitle = results.filter((r) => r.ours.title !== null);
  const withDate = results.filter((r) => r.chinese && r.ours.date !== null);
  const ok = (b: boolean): string => (b ? 'MET ' : 'MISS');
  const iaF = mean(ia.map((r) => r.ours.prf.f));
  const titles = withTitle.filter((r) => r.ours.title).length / Math.max(1, withTitle.length);
  const dates = withDate.filter((r) => r.ours.date).length / Math.max(1, withDate.length);
  console.log('\n== misses (explained ones were checked by hand: the gold, not the detector)');
  const why = (r: PageResult, what: 'body' | 'date'): string => {
    const note = explained(r.id, what);
    return note ? `  [explained: ${note}]` : '';
  };
  for (const r of withDate.filter((r) => !r.ours.date)) {
    console.log(`date ${r.id.slice(0, 8)}: gold ${r.dates?.gold} | ours ${r.dates?.ours}${why(r, 'date')}`);
    console.log(`     seen: ${r.dates?.seen.join(' · ')}`);
  }
  for (const r of zh.filter((r) => r.ours.prf.f < 0.8 || r.ours.prf.f < r.rb.prf.f - 0.02)) {
    const f = (s: Side): string => `P ${pct(s.prf.p)} R ${pct(s.prf.r)} F1 ${pct(s.prf.f)}`;
    console.log(`body ${r.id.slice(0, 8)}: ours ${f(r.ours)} | readability ${f(r.rb)}${why(r, 'body')}`);
  }
  console.log('\n== targets');
  console.log(`${ok(iaF >= 0.95)} immortal-autumn mean F1 ${pct(iaF)} (≥ 95.0)`);
  console.log(
    `${ok(below.length === 0)} immortal-autumn pages below F1 0.8: ${below.length} ${below.join(' ')}`,
  );
  console.log(
    `${ok(worse.length === 0)} Chinese pages below Readability − 0.02: ${worse.length}/${zh.length} ${worse.join(' ')}`,
  );
  // A run limited to sets without gold titles (EVAL_ARTICLE_SETS) has nothing to judge titles on.
  console.log(
    withTitle.length === 0
      ? 'n/a  titles right: no page in these sets has a gold title'
      : `${ok(titles >= 0.95)} titles right ${pct(titles)}% of ${withTitle.length} pages with a gold title`,
  );
  printPageTitles(results.flatMap((r) => (r.pageTitle ? [{ id: r.id, ...r.pageTitle }] : [])));
  const dateMisses = withDate.filter((r) => !r.ours.date).map(tag('date'));
  console.log(
    `${ok(dates >= 0.9)} dates right ${pct(dates)}% of ${withDate.length} Chinese pages with a gold date; missed ${dateMisses.join(' ')}`,
  );
  console.log('(* explained in == misses above)');
  console.log(
    `time: detectArticle ${(msOurs / results.length).toFixed(1)} ms/page, Readability ${(msRb / results.length).toFixed(1)} ms/page (happy-dom, parse excluded; see npm run bench -- article)`,
  );
}

export async function evalArticle(): Promise<void> {
  if (!existsSync(corpus)) {
    console.log(`eval article: ${corpus} not found, skipped`);
    return;
  }
  const only = process.env.EVAL_ARTICLE_SETS?.split(',');
  const want = (name: string, path: string): boolean =>
    existsSync(join(corpus, path)) && (!only || only.includes(name));
  if (want('immortal-autumn', 'articles-zh/immortal-autumn/index.tsv')) await immortalAutumn();
  if (want('trafilatura-cjk', 'articles-zh/trafilatura-cjk/evaldata.cjk.json')) await trafilatura();
  if (want('readability-general', 'articles-other/readability-general'))
    await readabilityPages('readability-general', 'en');
  if (want('readability-ja', 'articles-other/readability-ja')) await readabilityPages('readability-ja', 'ja');
  if (want('scrapinghub', 'articles-other/scrapinghub/ground-truth.json')) await scrapinghub();
  summary();
}
