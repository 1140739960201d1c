import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConverterBuilder } from 'opencc-js/core';
import * as Locale from 'opencc-js/preset';
import { createPageConverter } from '../lib/convert/page/dom';
import { loadLexiconFromDisk } from '../lib/convert/text/node';
import { createTextConverter, installLexicon } from '../lib/convert/text/text';
import { parseDocument } from '../lib/node/dom';
import { benchInChromium, type ChromiumResult } from './bench-convert-chromium';
import { benchConvertClick } from './bench-convert-click';
import { pageOf, realPagesHtml } from './bench-convert-pages';

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
  await createPageConverter(doc, { staticDocument: true }).convert(ours, 'zh-TW');
  const domMs = performance.now() - t;
  const cps = (ms: number) => text.length / (ms / 1000);
  return row(`happy-dom cn→${target}`, text.length, cps(baseMs), cps(oursTextMs), cps(domMs));
}

function row(
  where: string,
  chars: number,
  base: number,
  str: number,
  dom: number,
  domRatio?: number,
): string[] {
  return [
    where,
    fmt(chars),
    fmt(base),
    fmt(str),
    fmt(dom),
    `${(str / base).toFixed(2)}×`,
    `${(domRatio ?? dom / base).toFixed(2)}×`,
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
  const { longest } = await withLongTaskMonitor(() =>
    createPageConverter(doc, { staticDocument: true }).convert(fresh, 'zh-TW'),
  );
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
  const browserRows: string[][] = [];
  try {
    chromium = await benchInChromium(html.replace(/^.*<body>|<\/body>.*$/gs, ''));
    const r = chromium;
    const renderCps = r.chars / ((r.writeOnlyMs + r.renderOnlyMs) / 1000);
    browserRows.push(
      row('DOM path: our work (the target)', r.chars, r.baseCps, r.oursTextCps, r.workCps, r.workRatio),
    );
    browserRows.push(row('DOM path + browser rendering (wall)', r.chars, r.baseCps, r.oursTextCps, r.domCps));
    browserRows.push(row('opencc-js node by node, work', r.chars, r.baseCps, r.baseCps, r.naiveWorkCps));
    browserRows.push(row('opencc-js node by node, wall', r.chars, r.baseCps, r.baseCps, r.naiveWallCps));
    browserRows.push(
      row('only writing converted text + its frame', r.chars, r.baseCps, r.baseCps, renderCps),
    );
  } catch (error) {
    chromiumError = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  }

  // The same measures on real pages' markup (fewer, longer text nodes than the page above).
  const real = realPagesHtml(1_000_000);
  let realResult: ChromiumResult | null = null;
  if (real && chromium) {
    realResult = await benchInChromium(real);
    const r = realResult;
    const renderCps = r.chars / ((r.writeOnlyMs + r.renderOnlyMs) / 1000);
    browserRows.push(['— real news pages (corpus markup, ~1M characters):', '', '', '', '', '', '']);
    browserRows.push(
      row('DOM path: our work (the target)', r.chars, r.baseCps, r.oursTextCps, r.workCps, r.workRatio),
    );
    browserRows.push(row('DOM path + browser rendering (wall)', r.chars, r.baseCps, r.oursTextCps, r.domCps));
    browserRows.push(row('opencc-js node by node, work', r.chars, r.baseCps, r.baseCps, r.naiveWorkCps));
    browserRows.push(row('opencc-js node by node, wall', r.chars, r.baseCps, r.baseCps, r.naiveWallCps));
    browserRows.push(
      row('only writing converted text + its frame', r.chars, r.baseCps, r.baseCps, renderCps),
    );
  }

  const head = ['where', 'chars', 'opencc-js str', 'ours str', 'ours DOM', 'str/opencc', 'DOM/opencc'];
  const widths = [42, 11, 14, 11, 11, 11, 11];
  const line = (cells: string[]) =>
    cells.map((c, i) => (i ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join('');
  if (chromium) {
    console.log(
      `\nheadless Chromium, 1M-character page, cn→tw as the extension converts (auto source, pinyin cleaning on);` +
        `\ncharacters per second, medians of ${chromium.reps} runs, same text in the same page (target: DOM path ≥ 0.5× opencc-js;\nits ratio is the median of per-run ratios, each run against the string timing taken right after it)`,
    );
    console.log(line(head));
    for (const r of browserRows) console.log(line(r));
    for (const [name, r] of [
      ['stress page', chromium],
      ['real pages', realResult],
    ] as const)
      if (r)
        console.log(
          `  ${name}: DOM path ÷ opencc-js, run by run ${r.workRatios.map((x) => x.toFixed(2)).join(' ')} (median ${r.workRatio.toFixed(2)}, in the table)`,
        );
    console.log(
      '  our work: walking the page, converting each paragraph across its inline tags, writing the',
    );
    console.log('  changed text nodes, in time slices (wall clock minus the time handed back to the page).');
    console.log('  wall: until the last write, with the browser laying out and painting what was written.');
    console.log('  "opencc-js node by node" (for scale): plain opencc-js on each text node in one task, not');
    console.log(
      '  word-aware, not sliced, then the frame that shows it. "only writing": the already converted',
    );
    console.log('  text put into the nodes in one task, then its frame: the rendering every converter pays.');
    const floors = [chromium, realResult].filter((r): r is ChromiumResult => r !== null);
    const floorRatio = Math.max(
      ...floors.map((r) => r.chars / ((r.writeOnlyMs + r.renderOnlyMs) / 1000) / r.baseCps),
    );
    if (floorRatio < 0.5)
      console.log(
        `  Here that alone is at most ${floorRatio.toFixed(2)}× opencc-js string conversion: no converter can reach` +
          '\n  0.5× on wall clock, so the target is read as the DOM path, our work.',
      );
    console.log(
      '  opencc-js string timings swing by a third from run to run (JIT, GC): compare runs by the ratios.',
    );
  } else console.log(`\nChromium run skipped: ${chromiumError}`);

  console.log('\nCLI `convert --html` in Node (happy-dom, a DOM written in JavaScript; not the extension)');
  console.log(line(head));
  for (const r of rows) console.log(line(r));

  console.log('\n1M-character page, happy-dom in Node (tasks measured as event-loop gaps)');
  console.log(`lexicon parse (s2t, first use)      ${fmt(loadMs)} ms`);
  console.log(
    `first paragraph converted after     ${firstMs < 0 ? 'n/a' : `${fmt(firstMs, 1)} ms`} (engine ready)`,
  );
  console.log(`whole page converted in             ${fmt(totalMs)} ms`);
  console.log(`longest task                        ${fmt(longest, 1)} ms (target ≤ 50 ms)`);

  if (chromium) printPage('stress page (1M characters) in headless Chromium (cn→tw)', chromium);
  if (realResult) printPage('real news pages (1M characters) in headless Chromium (cn→tw)', realResult);
  // From the user's click on the popup's button, with the built extension (bench-convert-click.ts).
  await benchConvertClick();
}

/** A time, or why there is none (-1: that paragraph's text did not change: nothing to convert). */
const msOrNone = (ms: number): string => (ms < 0 ? 'n/a (nothing in it to convert)' : `${fmt(ms, 1)} ms`);

function printPage(title: string, r: ChromiumResult): void {
  console.log(`\n${title}, medians of ${r.reps} runs; long tasks and frames: the worst run`);
  console.log(`characters                          ${fmt(r.chars)}`);
  console.log(`lexicon parse + first conversion    ${fmt(r.lexiconMs)} ms`);
  console.log(
    `first paragraph converted after     ${msOrNone(r.firstParagraphMs)} (top of page, from convert(), engine ready)`,
  );
  console.log(`visible paragraph converted after   ${msOrNone(r.visibleParagraphMs)} (viewport centre)`);
  console.log(`whole page converted in             ${fmt(r.totalMs)} ms (our work ${fmt(r.workMs)} ms)`);
  console.log(
    `time waiting in ${r.yields} yields to the page   ${fmt(r.yieldMs)} ms (rendering our writes, other tasks)`,
  );
  console.log(
    `long tasks (PerformanceObserver)    ${r.longTasks}, longest ${fmt(r.longestTaskMs, 1)} ms (target: none over 50 ms)`,
  );
  console.log(
    `"Show original" (restore)           ${fmt(r.restoreMs)} ms, longest task ${fmt(r.restoreLongestTaskMs, 1)} ms`,
  );
  console.log(`opencc-js node by node, one task    ${fmt(r.naiveTaskMs)} ms (for scale)`);
  console.log(
    `writing converted text, its frame   ${fmt(r.writeOnlyMs)} ms + ${fmt(r.renderOnlyMs)} ms (rendering, for scale)`,
  );
  console.log(
    `long animation frames               ${r.longFrames}, longest ${fmt(r.longestFrameMs, 1)} ms (of it style+layout ${fmt(r.longestFrameLayoutMs, 1)} ms)`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await benchConvert();
}
