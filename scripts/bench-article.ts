// `npm run bench -- article`: time per page of detectArticle vs @mozilla/readability on the same pages
// (immortal-autumn, trafilatura-cjk and the Readability test pages of ../shared/corpus), each page
// parsed afresh for each side (Readability mutates its document), parse time excluded. Also the
// longest synchronous detectArticle call on the largest page: in the content script detection is one
// synchronous task, so in Node this call time is the proxy for the longest blocking task (happy-dom is
// slower than a browser's native DOM, so the absolute figure is pessimistic; the ratio is the target).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { detectArticle } from '../lib/article/detect';
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

export async function benchArticle(): Promise<void> {
  const list = pages();
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
    `detectArticle         ${mo.toFixed(2).padStart(14)} ${sum(ours).toFixed(0).padStart(10)}   ${(mo / mr).toFixed(2)}×  (target ≤ 1.00×)`,
  );
  console.log(
    `@mozilla/readability  ${mr.toFixed(2).padStart(14)} ${sum(theirs).toFixed(0).padStart(10)}   1.00×`,
  );
  const largest = list.reduce((a, b) => (b.html.length > a.html.length ? b : a));
  const runs = Array.from({ length: 5 }, () => timeOurs(largest.html, url));
  const rb = Array.from({ length: 5 }, () => timeReadability(largest.html, url));
  console.log(
    `\nlargest page ${largest.name} (${(largest.html.length / 1024).toFixed(0)} KiB): longest synchronous detectArticle call ${Math.max(...runs).toFixed(1)} ms (median ${median(runs).toFixed(1)} ms; Readability median ${median(rb).toFixed(1)} ms) — the content script's longest blocking task, measured in Node as its proxy`,
  );
}
