// `npm run bench -- reader` (issue 18), in headless Chromium with the built extension (WENZHAI_OUT,
// default .output): for articles of 10,000 and 200,000 characters, each opened twice — cold (the first
// reader since the browser started: nothing cached) and warm (the second):
//   screen    click on the popup's "Read" (the click event's time in the popup: Playwright's click()
//             first waits for the popup's frames, which no user lives through) → the first screen has
//             its ruby (the first batch written)
//   ruby      click → the reader page has written the last ruby (wall clock)
//   annotate  segmentation + readings per 10,000 characters (warm; no DOM; tokens), timed where they
//             run: the reader's worker or, in Chrome, the dictionary's holder when it was ready
//             (lib/reader/holder.ts), which sends its own time back with each answer (computeMs)
//   annotateRoundTrip  the same batches from the page's call to its answer: the holder's answers also
//             cross the dictionary port and the offscreen document (this was `annotate` before the
//             holder sent its time; the baseline's 20 ms was main's worker, round trip)
//   switch    click pinyin → zhuyin → none → pinyin: click to the next frame painted, worst of the three
//   task      the longest main-thread task of the reader page from its start to the last ruby
//   gap       the longest gap between two animation frames over the same span
// BENCH_VERBOSE=1 prints where the time went: the page's marks and the worker's load steps (ms from the
// reader page's start), and its long tasks.
// Targets: ruby ≤ 300 ms (10k), annotate ≤ 30 ms / 10k, switch ≤ 100 ms, no task > 50 ms (200k).
// Ratios are to scripts/bench-reader-baseline.json (main's build measured by this script before the
// issue 18 speed work; BENCH_READER_BASELINE=write stores this run there instead).
// Text: sentences of ../shared/corpus/pinyin/cpp (Wikipedia, varied) when present, else the reader's
// fixture article repeated (fewer distinct words: flatters the word cache; said in the output).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cleanup, launch, openPopupFor, ROOT, type Session, serveFixtures } from '../tests/e2e/harness';
import { articlePage, sourceSentences } from './bench-reader-article';

const BASELINE_FILE = join(ROOT, 'scripts/bench-reader-baseline.json');
// Long tasks and frame gaps of the reader page (the init script runs in every page; only the reader
// records).
// In the popup it records when the "Read" click reached the page (the user's click): the time taken
// before Playwright's click() also counts its own actionability checks (frames of the popup waited
// for), which no user lives through.
const LONGTASKS = `(() => {
  if (location.pathname.endsWith('/popup.html')) {
    addEventListener('click', (e) => {
      if (e.target instanceof Element && e.target.closest('[data-testid=read]'))
        window.benchClickedAt = performance.timeOrigin + e.timeStamp;
    }, true);
    return;
  }
  if (!location.pathname.endsWith('/reader.html')) return;
  const tasks = [];
  const frames = [];
  window.benchLongTasks = tasks;
  window.benchFrames = frames;
  try {
    const observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration });
    });
    observer.observe({ type: 'longtask', buffered: true });
    // Entries not yet delivered to the callback when the bench reads (it is called later, in a task of its own).
    window.benchTakeLongTasks = () => {
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration });
      return tasks;
    };
  } catch {}
  const frame = (t) => {
    frames.push(t);
    if (frames.length < 20000) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

interface OpenResult {
  /** Click → the last ruby written. */
  openMs: number;
  /** Click → the first screen's ruby written (the last ruby on a build without that mark). */
  screenMs: number;
  /** Click → the text drawn, before its ruby. */
  textMs: number;
  longest: number;
  /** Longest gap between animation frames from the page's start to the last ruby. */
  gap: number;
  reader: Page;
}

async function openReader(session: Session, url: string): Promise<OpenResult> {
  const page = await session.context.newPage();
  await page.goto(url);
  const popup = await openPopupFor(session, page);
  await popup.getByTestId('read').waitFor({ timeout: 30_000 });
  await popup.waitForFunction(() => !document.querySelector('[data-testid=read]')?.hasAttribute('disabled'));
  const opened = session.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') });
  const beforeClick = Date.now();
  await popup.getByTestId('read').click();
  const reader = await opened;
  // The click event's time in the popup (falls back to the time before click() if not recorded).
  const clicked = await popup
    .evaluate(() => (globalThis as { benchClickedAt?: number }).benchClickedAt ?? null)
    .then((at) => at ?? beforeClick)
    .catch(() => beforeClick);
  if (process.env.BENCH_VERBOSE) {
    // How long the holder had to load (it starts at popup open, lib/reader/holder.ts): popup's start → click.
    const popupStart = await popup.evaluate(() => performance.timeOrigin).catch(() => clicked);
    console.log(
      `click() call → click event ${Math.round(clicked - beforeClick)} ms; popup start → click ${Math.round(clicked - popupStart)} ms`,
    );
  }
  await reader
    .waitForFunction(
      () =>
        (globalThis as unknown as { wenzhaiReader?: { marks: { annotated?: number } } }).wenzhaiReader?.marks
          .annotated,
      null,
      { timeout: 120_000, polling: 20 },
    )
    .catch(async (error: unknown) => {
      const text = await reader
        .evaluate(async () => {
          const w = globalThis as unknown as {
            wenzhaiReader: { annotator: (t: string[]) => Promise<unknown>; marks: object };
          };
          const probe = await w.wenzhaiReader.annotator(['银行']).then(
            (r) => JSON.stringify(r).slice(0, 80),
            (e: unknown) => String(e),
          );
          return `${JSON.stringify(w.wenzhaiReader.marks)} ${probe} ${document.querySelector('.status')?.textContent}`;
        })
        .catch((e: unknown) => String(e));
      throw new Error(`the reader did not finish: ${String(error).split('\n')[0]}; page says: ${text}`);
    });
  const { annotatedAt, renderedAt, screenAt, longest, gap, timeline } = await reader.evaluate(() => {
    const w = globalThis as unknown as {
      wenzhaiReader: { marks: { annotated: number }; annotateComputeMs?: () => number };
      benchLongTasks?: { start: number; duration: number }[];
      benchTakeLongTasks?: () => { start: number; duration: number }[];
      benchFrames?: number[];
    };
    w.benchTakeLongTasks?.();
    const end = w.wenzhaiReader.marks.annotated;
    const tasks = (w.benchLongTasks ?? []).filter((t) => t.start <= end);
    const frames = (w.benchFrames ?? []).filter((t) => t <= end + 100);
    let gap = 0;
    for (let i = 1; i < frames.length; i++) gap = Math.max(gap, (frames[i] ?? 0) - (frames[i - 1] ?? 0));
    const m = w.wenzhaiReader.marks as unknown as Record<string, number>;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const timeline = {
      origin: performance.timeOrigin,
      nav: nav && {
        responseEnd: Math.round(nav.responseEnd),
        domInteractive: Math.round(nav.domInteractive),
        domContentLoaded: Math.round(nav.domContentLoadedEventEnd),
      },
      resources: performance
        .getEntriesByType('resource')
        .map(
          (r) =>
            `${r.name.replace(/^.*\//, '')} ${Math.round(r.startTime)}→${Math.round((r as PerformanceResourceTiming).responseEnd)}`,
        ),
      marks: Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.round(v)])),
      tasks: (w.benchLongTasks ?? []).map((t) => `${Math.round(t.start)}+${Math.round(t.duration)}`),
      // The annotator's own time for this open's batches (where it ran: the holder or the worker).
      computeMs: Math.round(w.wenzhaiReader.annotateComputeMs?.() ?? Number.NaN),
    };
    return {
      timeline,
      renderedAt: performance.timeOrigin + (m.rendered ?? end),
      screenAt: performance.timeOrigin + (m.firstScreen ?? end),
      marks: m,
      annotatedAt: performance.timeOrigin + end,
      longest: Math.max(0, ...tasks.map((t) => t.duration)),
      gap,
    };
  });
  await popup.close();
  await page.close();
  // BENCH_VERBOSE=1: where the time goes, in ms from the click (page start = the reader's time origin).
  if (process.env.BENCH_VERBOSE)
    console.log(
      `click→page start ${Math.round(timeline.origin - clicked)} ms, then (ms from page start):`,
      JSON.stringify({ ...timeline, origin: undefined }),
      `total ${Math.round(annotatedAt - clicked)}`,
    );
  return {
    openMs: annotatedAt - clicked,
    screenMs: screenAt - clicked,
    textMs: renderedAt - clicked,
    longest,
    gap,
    reader,
  };
}

/** Median of 5 runs, per 10,000 characters: `compute`, the annotation where it ran (the worker's or
 *  the holder's own time, sent back with each answer; NaN on a build that does not send it), and
 *  `roundTrip`, the page's call to its answer (the messages' trip and any queue included). */
async function annotateMs(
  reader: Page,
  sentences: readonly string[],
): Promise<{ compute: number; roundTrip: number }> {
  return reader.evaluate(
    async (texts) => {
      const w = globalThis as unknown as {
        wenzhaiReader: { annotator: (t: string[]) => Promise<unknown>; annotateComputeMs?: () => number };
      };
      const computeMs = w.wenzhaiReader.annotateComputeMs ?? (() => Number.NaN);
      const trips: number[] = [];
      const computes: number[] = [];
      for (let r = 0; r < 5; r++) {
        const batch = texts.slice(r * 40, r * 40 + 400); // a different slice each run: fresh words
        const chars = batch.join('').length;
        const c0 = computeMs();
        const t0 = performance.now();
        await w.wenzhaiReader.annotator(batch);
        trips.push(((performance.now() - t0) * 10_000) / chars);
        computes.push(((computeMs() - c0) * 10_000) / chars);
      }
      // Medians, inline: a named function here would be renamed by the TypeScript loader (__name).
      computes.sort((a, b) => a - b);
      trips.sort((a, b) => a - b);
      return { compute: computes[2] ?? 0, roundTrip: trips[2] ?? 0 };
    },
    sentences.slice(50_000 % sentences.length, (50_000 % sentences.length) + 800),
  );
}

async function switchMs(reader: Page): Promise<number> {
  let worst = 0;
  for (const name of ['Zhuyin', 'None', 'Pinyin']) {
    const ms = await reader.evaluate(async (label) => {
      const button = [...document.querySelectorAll('[data-testid=reader-ruby] button')].find(
        (b) => b.textContent === label,
      ) as HTMLButtonElement;
      const t0 = performance.now();
      button.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, name);
    worst = Math.max(worst, ms);
  }
  return worst;
}

/** One size's figures (the baseline file holds these). */
interface ReaderFigures {
  size: string;
  coldScreenMs: number;
  coldRubyMs: number;
  warmScreenMs: number;
  warmRubyMs: number;
  /** The annotation's own time where it ran (worker or holder), without the messages' trip. */
  annotateMsPer10k: number;
  /** The page's call → the answer (annotateMsPer10k before the holder reported its own time). */
  annotateRoundTripMsPer10k: number;
  switchMs: number;
  longestTaskMs: number;
  longestFrameGapMs: number;
}

const TARGETS: Partial<Record<keyof ReaderFigures, number>> = {
  coldRubyMs: 300,
  warmRubyMs: 300,
  annotateMsPer10k: 30,
  switchMs: 100,
  longestTaskMs: 50,
};

function readBaseline(): ReaderFigures[] {
  try {
    return JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as ReaderFigures[];
  } catch {
    return [];
  }
}

function printFigures(rows: readonly ReaderFigures[], base: readonly ReaderFigures[]): void {
  const keys = Object.keys(rows[0] ?? {}).filter((k) => k !== 'size') as (keyof ReaderFigures)[];
  console.log(
    `${'figure'.padEnd(18)} ${rows.map((r) => `${r.size} now (before, ratio)`.padEnd(28)).join(' ')}`,
  );
  for (const key of keys) {
    const cells = rows.map((row) => {
      const now = Number(row[key]);
      const was = base.find((b) => b.size === row.size)?.[key];
      const ratio =
        typeof was === 'number' && was > 0 ? ` (${was.toFixed(0)}, ×${(now / was).toFixed(2)})` : '';
      return `${now.toFixed(1)}${ratio}`.padEnd(28);
    });
    const target = TARGETS[key] ? ` target ≤ ${TARGETS[key]}` : '';
    console.log(`${key.padEnd(18)} ${cells.join(' ')}${target}`);
  }
}

export async function benchReader(): Promise<void> {
  const build = join(ROOT, process.env.WENZHAI_OUT ?? '.output', 'chrome-mv3', 'manifest.json');
  if (!existsSync(build)) {
    console.log('skipped: no build (npm run build first)');
    return;
  }
  const { sentences, from } = sourceSentences();
  console.log(`text: ${from}`);
  const pages = {
    '/bench/reader-10k.html': articlePage(sentences, 10_000, 0),
    '/bench/reader-200k.html': articlePage(sentences, 200_000, 1000),
  };
  const { origin, server } = await serveFixtures(pages);
  const session = await launch();
  await session.context.addInitScript({ content: LONGTASKS });
  try {
    const rows: ReaderFigures[] = [];
    // BENCH_READER_SIZES=10k runs one size only (a quicker paired before/after on a loaded machine).
    const only = process.env.BENCH_READER_SIZES?.split(',');
    for (const [size, path] of [
      ['10k', '/bench/reader-10k.html'],
      ['200k', '/bench/reader-200k.html'],
    ] as const) {
      if (only && !only.includes(size)) continue;
      // The first open also loads the data in the worker; a second open is what a reader sees later.
      const cold = await openReader(session, origin + path);
      await cold.reader.close();
      const warm = await openReader(session, origin + path);
      const annotate = await annotateMs(warm.reader, sentences);
      const switching = await switchMs(warm.reader);
      rows.push({
        size,
        coldScreenMs: cold.screenMs,
        coldRubyMs: cold.openMs,
        warmScreenMs: warm.screenMs,
        warmRubyMs: warm.openMs,
        annotateMsPer10k: annotate.compute,
        annotateRoundTripMsPer10k: annotate.roundTrip,
        switchMs: switching,
        longestTaskMs: Math.max(cold.longest, warm.longest),
        longestFrameGapMs: Math.max(cold.gap, warm.gap),
      });
      await warm.reader.close();
    }
    if (process.env.BENCH_READER_BASELINE === 'write') {
      writeFileSync(BASELINE_FILE, `${JSON.stringify(rows, null, 2)}\n`);
      console.log(`baseline written: ${BASELINE_FILE}`);
    }
    const base = readBaseline();
    console.log('before = scripts/bench-reader-baseline.json (main before the issue 18 speed work)');
    printFigures(rows, base);
  } finally {
    await session.close();
    cleanup(session);
    server.close();
  }
}
