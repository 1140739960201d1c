// `npm run bench -- convert`: the page converter (word-aware, DOM path) against plain opencc-js
// string conversion of the same text, in the same run. Text: the one-to-many news sentences
// (tests/fixtures/convert) plus, when present, OpenCC's golden document, repeated to size.
// In happy-dom (Node) task lengths come from an event-loop monitor (the gaps between 0 ms timers);
// in headless Chromium from PerformanceObserver('longtask'), with long animation frames beside them
// (a long task leaves out the browser's layout of what we wrote). The Chromium DOM figure is given
// twice: our work (wall clock minus time in yields) and wall clock; opencc-js node by node in one
// task is measured in the same page for scale.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { ConverterBuilder } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { chromium } from 'playwright-core';
import { createPageConverter } from '../lib/convert/dom';
import { DEFAULT_LEXICON_PATH, loadLexiconFromDisk } from '../lib/convert/node';
import { createTextConverter, installLexicon } from '../lib/convert/text';
import { parseDocument } from '../lib/node/dom';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function sourceParagraphs(): string[] {
  const paras = readFileSync(resolve(root, 'tests/fixtures/convert/one-to-many.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#') && !l.startsWith('id\t'))
    .map((l) => l.split('\t')[1] ?? '');
  const golden = resolve(root, '../shared/corpus/conversion/golden/input/us_constitution_zhs.txt');
  if (existsSync(golden))
    paras.push(
      ...readFileSync(golden, 'utf8')
        .split(/\n+/)
        .filter((p) => p.trim()),
    );
  return paras;
}

/** Paragraphs totalling at least `chars` characters; each gets some inline markup. */
function pageOf(chars: number): { html: string; text: string } {
  const src = sourceParagraphs();
  const out: string[] = [];
  const texts: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = src[i % src.length]!;
    const cut = Math.floor(p.length / 3);
    out.push(`<p>${p.slice(0, cut)}<b>${p.slice(cut, cut * 2)}</b>${p.slice(cut * 2)}</p>`);
    texts.push(p);
    n += p.length;
  }
  return {
    html: `<!doctype html><html lang="zh-CN"><body>${out.join('\n')}</body></html>`,
    text: texts.join('\n'),
  };
}

/** Records the gaps between back-to-back 0 ms timers while `work` runs: the longest task. */
async function withLongTaskMonitor<T>(work: () => Promise<T>): Promise<{ value: T; longest: number }> {
  let longest = 0;
  let last = performance.now();
  let running = true;
  const tick = (): void => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
    if (running) setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
  const value = await work();
  running = false;
  return { value, longest };
}

// ---- The Chromium half: lib/convert bundled with esbuild into a blank page in headless Chromium
// (playwright-core), so the DOM path runs on a real DOM and long tasks come from a
// PerformanceObserver('longtask'), which only real browsers have.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface ChromiumResult {
  chars: number;
  baseCps: number;
  oursTextCps: number;
  domCps: number;
  /** opencc-js node by node, in one task: its work, and until the next frame was shown. */
  naiveWorkCps: number;
  naiveWallCps: number;
  naiveTaskMs: number;
  lexiconMs: number;
  firstParagraphMs: number;
  visibleParagraphMs: number;
  totalMs: number;
  workMs: number;
  longestFrameMs: number;
  longestFrameLayoutMs: number;
  longFrames: number;
  longestTaskMs: number;
  longTasks: number;
  yieldMs: number;
  yields: number;
}

export async function benchInChromium(html: string): Promise<ChromiumResult> {
  const bundle = await build({
    stdin: {
      contents: `
        import { ConverterBuilder } from 'opencc-js/core';
        import * as Locale from 'opencc-js/preset';
        import { createPageConverter } from './lib/convert/dom';
        import { createTextConverter, installLexicon } from './lib/convert/text';
        globalThis.__wz = { ConverterBuilder, Locale, createPageConverter, createTextConverter, installLexicon };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
    // tsx keeps function names with a __name helper, which the page must have for page.evaluate.
    await page.addScriptTag({ content: 'globalThis.__name = (f) => f;' });
    await page.addScriptTag({ content: bundle.outputFiles[0]!.text });
    const lexicon = readFileSync(DEFAULT_LEXICON_PATH, 'utf8');
    return await page.evaluate(
      async ({ html, lexicon }) => {
        // biome-ignore lint/suspicious/noExplicitAny: the bundle's global, typed by its use below
        const wz = (globalThis as any).__wz;
        const longTasks: number[] = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) longTasks.push(e.duration);
        }).observe({ type: 'longtask', buffered: false });
        document.body.innerHTML = html;
        const text = document.body.textContent ?? '';
        // The page's own first layout is done before the user can ask for a conversion.
        void document.body.offsetHeight;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        // Frames too (long-animation-frame): a long task leaves out the browser's rendering work,
        // which is what writing page text costs; both are reported.
        const frames: { duration: number; layout: number }[] = [];
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & {
              renderStart: number;
              styleAndLayoutStart: number;
            })[])
              frames.push({
                duration: e.duration,
                layout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
              });
          }).observe({ type: 'long-animation-frame', buffered: false });
        } catch {
          // Not in this browser: frames stay empty.
        }
        // The engine as the extension gets it: lexicon text handed over, parsed on first use.
        let t = performance.now();
        wz.installLexicon(lexicon);
        const fn = wz.createTextConverter('cn', 'tw');
        fn('预热');
        const lexiconMs = performance.now() - t;
        const first = document.querySelector('p') as HTMLElement;
        const before = first.textContent;
        // The paragraph at the viewport's centre: what "visible part first" is about.
        const centre = (document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('p') ??
          first) as HTMLElement;
        const centreBefore = centre.textContent;
        let firstParagraphMs = -1;
        let visibleParagraphMs = -1;
        const mo = new MutationObserver(() => {
          if (firstParagraphMs < 0 && first.textContent !== before) firstParagraphMs = performance.now() - t;
          if (visibleParagraphMs < 0 && centre.textContent !== centreBefore)
            visibleParagraphMs = performance.now() - t;
        });
        mo.observe(first, { subtree: true, characterData: true });
        mo.observe(centre, { subtree: true, characterData: true });
        await new Promise((r) => setTimeout(r, 100));
        longTasks.length = 0;
        frames.length = 0;
        // Time spent waiting in yields (the page's turn), to tell it from conversion work.
        let yieldMs = 0;
        let yields = 0;
        const sched = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
        if (sched?.yield) {
          const orig = sched.yield.bind(sched);
          sched.yield = async () => {
            const y0 = performance.now();
            await orig();
            yieldMs += performance.now() - y0;
            yields++;
          };
        }
        t = performance.now();
        await wz.createPageConverter(document).convert(fn, 'zh-TW');
        const totalMs = performance.now() - t;
        mo.disconnect();
        await new Promise((r) => setTimeout(r, 100));
        const longest = longTasks.length ? Math.max(...longTasks) : 0;
        const count = longTasks.length;
        const worstFrame = frames.reduce((a, f) => (f.duration > a.duration ? f : a), {
          duration: 0,
          layout: 0,
        });
        const longFrames = frames.length;
        // Throughput on the same text as strings.
        const base = wz.ConverterBuilder(wz.Locale)({ from: 'cn', to: 'tw' });
        base(text.slice(0, 10000));
        t = performance.now();
        base(text);
        const baseMs = performance.now() - t;
        t = performance.now();
        fn(text);
        const oursMs = performance.now() - t;
        // For scale, the way other page converters work: opencc-js on each text node in turn, in
        // one task, then the frame that shows it (the same relayout our writes cost).
        document.body.innerHTML = html;
        void document.body.offsetHeight;
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        t = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const node = n as Text;
          const out = base(node.data);
          if (out !== node.data) node.data = out;
        }
        const naiveWorkMs = performance.now() - t;
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const naiveWallMs = performance.now() - t;
        const cps = (ms: number) => text.length / (ms / 1000);
        return {
          chars: text.length,
          baseCps: cps(baseMs),
          oursTextCps: cps(oursMs),
          domCps: cps(totalMs),
          naiveWorkCps: cps(naiveWorkMs),
          naiveWallCps: cps(naiveWallMs),
          naiveTaskMs: naiveWorkMs,
          lexiconMs,
          firstParagraphMs,
          visibleParagraphMs,
          totalMs,
          workMs: totalMs - yieldMs,
          longestFrameMs: worstFrame.duration,
          longestFrameLayoutMs: worstFrame.layout,
          longFrames,
          longestTaskMs: longest,
          longTasks: count,
          yieldMs,
          yields,
        };
      },
      { html, lexicon },
    );
  } finally {
    await browser.close();
  }
}

const fmt = (n: number, d = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: d });

/** One throughput row: opencc-js and ours as strings on `text`, then ours through the page
 *  converter on `html` (happy-dom), all in this process, one after another. */
async function throughputRow(target: 'tw' | 'twp', html: string, text: string): Promise<string[]> {
  const base = ConverterBuilder(Locale)({ from: 'cn', to: target });
  const ours = createTextConverter('cn', target);
  base(text.slice(0, 10_000)); // build tries outside the timing
  ours(text.slice(0, 10_000));
  let t = performance.now();
  base(text);
  const baseMs = performance.now() - t;
  t = performance.now();
  ours(text);
  const oursTextMs = performance.now() - t;
  const doc = parseDocument(html);
  t = performance.now();
  await createPageConverter(doc).convert(ours, 'zh-TW');
  const domMs = performance.now() - t;
  const cps = (ms: number) => text.length / (ms / 1000);
  return row(`happy-dom cn→${target}`, text.length, cps(baseMs), cps(oursTextMs), cps(domMs));
}

function row(where: string, chars: number, base: number, str: number, dom: number): string[] {
  return [
    where,
    fmt(chars),
    fmt(base),
    fmt(str),
    fmt(dom),
    `${(str / base).toFixed(2)}×`,
    `${(dom / base).toFixed(2)}×`,
  ];
}

/** The 1M-character page in happy-dom: first paragraph, longest event-loop gap, total. */
async function happyDomPage(html: string): Promise<{ firstMs: number; longest: number; totalMs: number }> {
  const doc = parseDocument(html);
  const firstP = doc.querySelector('p')!;
  const before = firstP.textContent;
  const fresh = createTextConverter('cn', 'tw', undefined, { phrases: new Map([['文摘', '文摘']]) });
  let firstMs = -1;
  const start = performance.now();
  const poll = setInterval(() => {
    if (firstMs < 0 && firstP.textContent !== before) firstMs = performance.now() - start;
  }, 1);
  const { longest } = await withLongTaskMonitor(() => createPageConverter(doc).convert(fresh, 'zh-TW'));
  const totalMs = performance.now() - start;
  clearInterval(poll);
  return { firstMs, longest, totalMs };
}

export async function benchConvert(): Promise<void> {
  const t0 = performance.now();
  const lexicon = loadLexiconFromDisk();
  lexicon.section('s2t');
  const loadMs = performance.now() - t0;
  installLexicon(lexicon);

  // First paragraph and the longest task on a 1M-character page (fresh converter, fresh document),
  // first, while the heap holds no earlier documents (their collection would show as a long task);
  // in a function of its own so its document can be collected before the throughput rows.
  const { html } = pageOf(1_000_000);
  const { firstMs, longest, totalMs } = await happyDomPage(html);

  const rows: string[][] = [];
  for (const target of ['tw', 'twp'] as const) {
    const small = pageOf(200_000);
    rows.push(await throughputRow(target, small.html, small.text));
  }

  // The same 1M-character page in headless Chromium: real DOM, real long-task entries.
  let chromium: ChromiumResult | null = null;
  let chromiumError = '';
  try {
    chromium = await benchInChromium(html.replace(/^.*<body>|<\/body>.*$/gs, ''));
    const r = chromium;
    const workCps = r.chars / (r.workMs / 1000);
    rows.push(row('chromium cn→tw, DOM = our work', r.chars, r.baseCps, r.oursTextCps, workCps));
    rows.push(row('chromium cn→tw, DOM = wall clock', r.chars, r.baseCps, r.oursTextCps, r.domCps));
    rows.push(row('chromium opencc-js node by node, work', r.chars, r.baseCps, r.baseCps, r.naiveWorkCps));
    rows.push(row('chromium opencc-js node by node, wall', r.chars, r.baseCps, r.baseCps, r.naiveWallCps));
  } catch (error) {
    chromiumError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  }

  console.log(
    '\nthroughput, characters per second, same text in the same run (target: DOM ≥ 0.5× opencc-js)',
  );
  const head = ['where', 'chars', 'opencc-js str', 'ours str', 'ours DOM', 'str/opencc', 'DOM/opencc'];
  const widths = [40, 11, 14, 11, 11, 11, 11];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('');
  console.log(line(head));
  for (const r of rows) console.log(line(r));
  console.log(
    '  our work = wall clock minus the time spent in yields, where the browser lays out and paints',
  );
  console.log('  what we wrote (and runs other tasks); wall clock includes it. "opencc-js node by node" is');
  console.log(
    '  for scale: plain opencc-js on each text node in one task (not word-aware, not sliced), then',
  );
  console.log('  the frame that shows it; its "ours str" column is opencc-js again.');

  console.log('\n1M-character page, happy-dom in Node (tasks measured as event-loop gaps)');
  console.log(`lexicon parse (s2t, first use)      ${fmt(loadMs)} ms`);
  console.log(
    `first paragraph converted after     ${firstMs < 0 ? 'n/a' : `${fmt(firstMs, 1)} ms`} (engine ready)`,
  );
  console.log(`whole page converted in             ${fmt(totalMs)} ms`);
  console.log(`longest task                        ${fmt(longest, 1)} ms (target ≤ 50 ms)`);

  if (!chromium) {
    console.log(`\nChromium run skipped: ${chromiumError}`);
    return;
  }
  const r = chromium;
  console.log('\n1M-character page in headless Chromium (cn→tw)');
  console.log(`characters                          ${fmt(r.chars)}`);
  console.log(`lexicon parse + first conversion    ${fmt(r.lexiconMs)} ms`);
  console.log(
    `first paragraph converted after     ${fmt(r.firstParagraphMs, 1)} ms (top of page, from convert(), engine ready)`,
  );
  console.log(`visible paragraph converted after   ${fmt(r.visibleParagraphMs, 1)} ms (viewport centre)`);
  console.log(`whole page converted in             ${fmt(r.totalMs)} ms (our work ${fmt(r.workMs)} ms)`);
  console.log(
    `time waiting in ${r.yields} yields to the page   ${fmt(r.yieldMs)} ms (rendering our writes, other tasks)`,
  );
  console.log(
    `long tasks (PerformanceObserver)    ${r.longTasks}, longest ${fmt(r.longestTaskMs, 1)} ms (target: none over 50 ms)`,
  );
  console.log(`opencc-js node by node, one task    ${fmt(r.naiveTaskMs)} ms (for scale)`);
  console.log(
    `long animation frames               ${r.longFrames}, longest ${fmt(r.longestFrameMs, 1)} ms (of it style+layout ${fmt(r.longestFrameLayoutMs, 1)} ms)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchConvert();
}
