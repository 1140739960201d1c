// `npm run bench -- article`: time per page of detectArticle vs @mozilla/readability on the same pages
// (immortal-autumn, multi-source, trafilatura-cjk and the Readability test pages of ../shared/corpus),
// each page parsed afresh for each side (Readability mutates its document), parse time excluded.
// Then the longest blocking stretch of every page as the content script runs detection: the sliced
// detector (detectArticleSliced), timed from the call to its first pause, from each resume to the next
// pause, and from the last resume to the result; every pause is a real macrotask (setTimeout). A
// heartbeat timer running beside it checks the figure from outside (the longest gap between its ticks).
// Last, the profile: which step of detection is long on which page (the longest stretch between two
// yields of the steps, which no slicing can split). happy-dom is slower than a browser's native DOM,
// so the absolute figures are pessimistic.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { detectArticle, detectArticleSliced, detectSteps } from '../lib/article/detect';
import { decodeHtml } from '../lib/charset';
import { createDocumentCloser, parseDocument } from '../lib/node/dom';

// WENZHAI_CORPUS: the corpus elsewhere than ../shared/corpus (a git worktree one level deeper).
const corpus = process.env.WENZHAI_CORPUS ?? resolve(import.meta.dirname, '../../shared/corpus');
const ROUNDS = 3;

interface Page {
  name: string;
  html: string;
}

function pages(): Page[] {
  const out: Page[] = [];
  const ia = join(corpus, 'articles-zh/immortal-autumn');
  if (existsSync(join(ia, 'index.tsv'))) {
    const [head, ...rows] = readFileSync(join(ia, 'index.tsv'), 'utf8').trimEnd().split('\n');
    const cols = head!.split('\t');
    for (const row of rows) {
      const f = row.split('\t');
      const file = f[cols.indexOf('file')]!;
      const charset = f[cols.indexOf('decodes_as')]!.replace('(lossy)', '');
      const bytes = new Uint8Array(readFileSync(join(ia, 'original', file)));
      out.push({ name: `immortal-autumn/${file.slice(0, 8)}`, html: decodeHtml(bytes, charset).text });
    }
  }
  const ms = join(corpus, 'articles-zh/multi-source');
  if (existsSync(join(ms, 'README.md'))) {
    for (const name of readdirSync(ms).filter((n) => existsSync(join(ms, n, 'gold.json')))) {
      const { charset } = JSON.parse(readFileSync(join(ms, name, 'gold.json'), 'utf8')) as {
        charset?: string;
      };
      const bytes = new Uint8Array(readFileSync(join(ms, name, 'source.html')));
      out.push({ name: `multi-source/${name}`, html: decodeHtml(bytes, charset).text });
    }
  }
  const tc = join(corpus, 'articles-zh/trafilatura-cjk/pages');
  if (existsSync(tc)) {
    for (const file of readdirSync(tc)) {
      const hint = file.startsWith('archive.org.he.') ? 'gb18030' : undefined;
      const bytes = new Uint8Array(readFileSync(join(tc, file)));
      out.push({ name: `trafilatura-cjk/${file}`, html: decodeHtml(bytes, hint).text });
    }
  }
  for (const set of ['readability-general', 'readability-ja']) {
    const dir = join(corpus, 'articles-other', set);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).filter((n) => existsSync(join(dir, n, 'source.html'))))
      out.push({ name: `${set}/${name}`, html: readFileSync(join(dir, name, 'source.html'), 'utf8') });
  }
  return out;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length === 0 ? 0 : s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

// happy-dom windows hold timers and caches; hundreds of pages exhaust the heap unless closed.
const { close, settle } = createDocumentCloser();

function timeOurs(html: string, url: string): number {
  const doc = parseDocument(html, url);
  const t0 = performance.now();
  detectArticle(doc, url);
  const ms = performance.now() - t0;
  close(doc);
  return ms;
}

function timeReadability(html: string, url: string): number {
  const doc = parseDocument(html, url);
  const t0 = performance.now();
  new Readability(doc).parse();
  const ms = performance.now() - t0;
  close(doc);
  return ms;
}

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The longest blocking stretch of the sliced detector on `html` (ms), measured at its pauses, and
 *  the longest gap between the ticks of a 1 ms heartbeat timer running meanwhile (the same, seen from
 *  outside the detector). */
async function blocking(html: string, url: string): Promise<{ stretch: number; gap: number }> {
  const doc = parseDocument(html, url);
  let gap = 0;
  let beat = performance.now();
  let beating = true;
  const tick = (): void => {
    if (!beating) return;
    const now = performance.now();
    gap = Math.max(gap, now - beat);
    beat = now;
    setTimeout(tick, 1);
  };
  setTimeout(tick, 1);
  await nextTask();
  beat = performance.now();
  let longest = 0;
  let sliceStart = performance.now();
  const pause = async (): Promise<void> => {
    longest = Math.max(longest, performance.now() - sliceStart);
    await nextTask();
    sliceStart = performance.now();
  };
  await detectArticleSliced(doc, url, { pause });
  longest = Math.max(longest, performance.now() - sliceStart);
  beating = false;
  gap = Math.max(gap, performance.now() - beat);
  close(doc);
  return { stretch: longest, gap };
}

/** Time per step label on one page and its longest single step (between two yields): each step's
 *  time is its least over PROFILE_ROUNDS runs (the sequence of steps is the same every run), so a
 *  preempted run does not make a step look long. */
const PROFILE_ROUNDS = 3;
function profile(html: string, url: string): { byLabel: Map<string, number>; step: number; label: string } {
  const least: number[] = [];
  const labels: string[] = [];
  for (let round = 0; round < PROFILE_ROUNDS; round++) {
    const doc = parseDocument(html, url);
    const steps = detectSteps(doc, url);
    for (let k = 0; ; k++) {
      const t0 = performance.now();
      const r = steps.next();
      least[k] = Math.min(least[k] ?? Number.POSITIVE_INFINITY, performance.now() - t0);
      labels[k] = r.done ? 'end' : r.value;
      if (r.done) break;
    }
    close(doc);
  }
  const byLabel = new Map<string, number>();
  let step = 0;
  let label = '';
  least.forEach((ms, k) => {
    byLabel.set(labels[k]!, (byLabel.get(labels[k]!) ?? 0) + ms);
    if (ms > step) [step, label] = [ms, labels[k]!];
  });
  return { byLabel, step, label };
}

const fmt = (ms: number): string => ms.toFixed(1).padStart(7);

// More runs than for the time per page: on a shared machine a run preempted mid-slice reads as a long
// stretch; the best of the runs is the page's own figure, the median shows how noisy the machine was.
const BLOCKING_ROUNDS = 5;

async function benchBlocking(list: Page[], url: string): Promise<void> {
  const stretches: { name: string; best: number; median: number; worst: number; gap: number }[] = [];
  for (const p of list) {
    const runs: number[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < BLOCKING_ROUNDS; i++) {
      const { stretch, gap } = await blocking(p.html, url);
      runs.push(stretch);
      gaps.push(gap);
    }
    stretches.push({
      name: p.name,
      best: Math.min(...runs),
      median: median(runs),
      worst: Math.max(...runs),
      gap: median(gaps),
    });
    await settle();
  }
  console.log(
    `\nlongest blocking stretch per page (sliced detection as the content script runs it; ${BLOCKING_ROUNDS} runs per page):`,
  );
  for (const key of ['best', 'median'] as const) {
    const figures = stretches.map((s) => s[key]);
    const worst = stretches.reduce((a, b) => (b[key] > a[key] ? b : a));
    console.log(
      `  ${key === 'best' ? 'best of runs' : 'median of runs'}: worst page ${fmt(worst[key])} ms (${worst.name}), median page ${fmt(median(figures))} ms, pages over 50 ms: ${figures.filter((m) => m > 50).length}/${list.length}  (target ≤ 50 ms)`,
    );
  }
  console.log(
    `  worst single run on any page ${fmt(Math.max(...stretches.map((s) => s.worst)))} ms (runs the shared machine preempted count here)`,
  );
  for (const s of [...stretches].sort((a, b) => b.median - a.median).slice(0, 5))
    console.log(
      `  ${fmt(s.best)} / ${fmt(s.median)} ms best / median  ${s.name}  (heartbeat gap, median ${s.gap.toFixed(1)} ms)`,
    );
}

function benchProfile(list: Page[], url: string): void {
  const total = new Map<string, number>();
  const longest: { name: string; step: number; label: string }[] = [];
  for (const p of list) {
    const { byLabel, step, label } = profile(p.html, url);
    for (const [k, v] of byLabel) total.set(k, (total.get(k) ?? 0) + v);
    longest.push({ name: p.name, step, label });
  }
  const all = [...total.values()].reduce((a, b) => a + b, 0);
  console.log(
    `\nprofile (least of ${PROFILE_ROUNDS} runs per step): share of detection time per step, all pages, and the longest single steps`,
  );
  console.log(
    `  ${[...total]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${((100 * v) / all).toFixed(0)}%`)
      .join(' · ')}`,
  );
  for (const l of longest.sort((a, b) => b.step - a.step).slice(0, 6))
    console.log(`  ${fmt(l.step)} ms  step "${l.label}"  ${l.name}`);
}

export async function benchArticle(): Promise<void> {
  // BENCH_ARTICLE_ONLY=wapo,magichtml-1: only the pages whose name contains one of these.
  const only = process.env.BENCH_ARTICLE_ONLY?.split(',');
  const list = pages().filter((p) => !only || only.some((o) => p.name.includes(o)));
  if (list.length === 0) {
    console.log(`bench article: ${corpus} not found, skipped`);
    return;
  }
  const url = 'https://bench.example/article.html';
  // Warm both code paths up so the JIT does not bill the first pages.
  for (const p of list.slice(0, 5)) {
    timeOurs(p.html, url);
    timeReadability(p.html, url);
  }
  const ours: number[] = [];
  const theirs: number[] = [];
  for (const p of list) {
    const o: number[] = [];
    const r: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      o.push(timeOurs(p.html, url));
      r.push(timeReadability(p.html, url));
    }
    ours.push(median(o));
    theirs.push(median(r));
    await settle();
  }
  const mo = median(ours);
  const mr = median(theirs);
  const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
  console.log(`${list.length} pages, median of ${ROUNDS} runs per page, happy-dom, parse excluded\n`);
  console.log('                      median ms/page   total ms   ratio (ours / Readability)');
  console.log(
    `detectArticle         ${mo.toFixed(2).padStart(14)} ${sum(ours).toFixed(0).padStart(10)}   ${(mo / mr).toFixed(2)}×  (target ≤ 0.50×)`,
  );
  console.log(
    `@mozilla/readability  ${mr.toFixed(2).padStart(14)} ${sum(theirs).toFixed(0).padStart(10)}   1.00×`,
  );
  await benchBlocking(list, url);
  benchProfile(list, url);
}
