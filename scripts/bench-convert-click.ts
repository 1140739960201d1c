// `npm run bench -- convert`, the user's view: from the click on the popup's "Convert to 繁體" to
// the page converted, with the built extension in headless Chromium, on a 1M-character page and the
// same page under 500 nested <div>s. Cold: the first conversion in the tab (the converter script
// injected and the lexicon handed over after the click); warm: "Show original", then convert again.
// The popup is a window of its own, as over a real tab (opened as a second tab, it left the page a
// hidden tab drawing two frames a second, and wheel input never reached it). Long tasks come from a
// trace of the page's renderer (bench-convert-click-trace.ts), from the click until a second after
// the popup says "Showing" (the last writes are laid out after that). In the "wheel" run, real wheel
// input (CDP Input.dispatchMouseEvent through playwright-core's mouse.wheel) is sent every 150 ms
// while it converts, and two times are taken for each input:
// - "main-thread frame": from the bench sending it to the first main-thread animation frame after a
//   `scroll` event (page monitor, wheelLatencies). It includes DevTools' own wait for the page's next
//   committed frame before it passes a wheel on, which a wheel from the OS never makes.
// - "presented (compositor)": from the browser handing the wheel to the renderer to the presentation
//   of the frame showing its scroll (Chromium's EventLatency trace events; bench-convert-click-wheel.ts).
//   Chromium scrolls on the compositor thread when nothing needs the main thread, so this is what the
//   user sees: it stays small under a busy main thread unless a non-passive wheel listener or a
//   main-thread scrolling reason makes the scroll wait for it (checked by
//   bench-convert-click-wheel-check.ts; bench-convert-click-notes.md). Its n counts the inputs a
//   presented frame answered (two wheels scrolled in one frame present once).
// Each build is run BENCH_CLICK_RUNS times (3), and each figure's best and median printed
// beside a baseline, with ratios: scripts/bench-convert-click-baseline.json (main 213d652, before
// issue 15 §4, measured by this bench: the median of its runs; BENCH_BASELINE_OUT=<a build's .output
// dir> measures that build now and stores it there instead).
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import {
  describeLoaf,
  FLOOR_SCRIPT,
  nestedPage,
  type Recorded,
  START_MONITOR,
  STOP_MONITOR,
  WATCH_CLICK,
  wheelLatencies,
} from './bench-convert-click-page';
import { type ClickFigures, median, printFrames, printTable, summarise } from './bench-convert-click-table';
import { describeLongTasks, pageTasks, startTrace } from './bench-convert-click-trace';
import {
  compositorWheelLatencies,
  presentedScrolls,
  traceClock,
  WHEEL_TRACE_CATEGORIES,
} from './bench-convert-click-wheel';
import { pageOf } from './bench-convert-pages';
import { serveStatic } from './static-server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BASELINE_FILE = join(root, 'scripts/bench-convert-click-baseline.json');
const PAGE_CHARS = 1_000_000;
const DEPTH = 500;
/** After the popup says "Showing": the last writes are still to be laid out and painted. */
/** More trace categories for every row, the floor's too (e.g. `disabled-by-default-v8.gc`: GC phases). */
const EXTRA_TRACE_CATEGORIES = process.env.BENCH_TRACE_CATEGORIES
  ? `,${process.env.BENCH_TRACE_CATEGORIES}`
  : '';
const SETTLE_MS = 1000;
const WHEEL_EVERY_MS = 150;
/** Where the pointer rests over the page: in its right margin, as when the user has just clicked the
 *  toolbar popup (the wheel still scrolls the page). BENCH_MOUSE=600,450 rests it on the text, over
 *  the hover glossary (on by default). Since hover ignores a pointer that did not move, both places
 *  give the same figures. (The flat page's frames of about a second were the page not being its
 *  window's active tab: see openPopup.) */
const MOUSE_AT = (process.env.BENCH_MOUSE ?? '1196,450').split(',').map(Number) as [number, number];

/** One turn of the wheel (80 px down). CDP Input.dispatchMouseEvent by default (playwright-core's
 *  mouse.wheel), which DevTools holds until the page's next committed frame; BENCH_WHEEL=gesture sends
 *  a mouse's scroll gesture instead (Input.synthesizeScrollGesture, its wheel events sent by the
 *  browser without that wait, arriving at any point of a frame as an OS wheel does). */
function turnWheel(page: Page, cdp: CDPSession): Promise<void> {
  const done = () => undefined;
  if (process.env.BENCH_WHEEL !== 'gesture') return page.mouse.wheel(0, 80).catch(done);
  const [x, y] = MOUSE_AT;
  return cdp
    .send('Input.synthesizeScrollGesture', { x, y, yDistance: -80, gestureSourceType: 'mouse', speed: 4000 })
    .then(done, done);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The built extension, granted the bench server's origin (a headless browser cannot click the
 *  toolbar button that grants activeTab; the code path after it is the same). */
async function launchExtension(
  build: string,
): Promise<{ context: BrowserContext; id: string; dirs: string[] }> {
  const extension = mkdtempSync(join(tmpdir(), 'wz-bench-ext-'));
  cpSync(build, extension, { recursive: true });
  const manifestPath = join(extension, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), 'http://127.0.0.1/*'];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  const profile = mkdtempSync(join(tmpdir(), 'wz-bench-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--lang=en-US',
    ],
    viewport: { width: 1200, height: 900 },
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, id: new URL(worker.url()).host, dirs: [extension, profile] };
}

/** The popup as a window of its own over the page's (the page stays the visible tab). */
async function openPopup(context: BrowserContext, id: string, page: Page): Promise<Page> {
  const worker = context.serviceWorkers()[0]!;
  // The page must be its window's active tab: the welcome tab a fresh install opens takes that place,
  // and a tab not shown is never drawn, so Chromium's compositor sends it one frame a second
  // (ThrottleUndrawnFrames in viz) while headless still runs its scripts: the flat page's frames of
  // about a second were that, not the conversion.
  const tabId = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    const id = tabs.find((t) => t.url === url)?.id ?? -1;
    const welcome = tabs.filter((t) => t.url?.endsWith('/welcome.html') && t.id !== undefined);
    if (welcome.length) await chrome.tabs.remove(welcome.map((t) => t.id!));
    if (id >= 0) await chrome.tabs.update(id, { active: true });
    return id;
  }, page.url());
  const url = `chrome-extension://${id}/popup.html?tabId=${tabId}`;
  const [popup] = await Promise.all([
    context.waitForEvent('page'),
    worker.evaluate(async (u) => {
      await chrome.windows.create({ url: u, type: 'popup', width: 420, height: 640, focused: true });
    }, url),
  ]);
  await popup.waitForLoadState();
  return popup;
}

const SHOWING = '[data-testid=article-script]';

/** One click on a popup button, measured until the popup says the page is converted (and
 *  SETTLE_MS after, for the tasks). */
async function measureClick(page: Page, popup: Page, pageName: string, mode: ClickFigures['mode']) {
  await page.evaluate('window.scrollTo(0, 0)');
  await sleep(300);
  const cdp = await page.context().newCDPSession(page);
  // Turning the wheel moves what is on screen: the runs that time the visible paragraphs do not.
  const wheel = mode.includes('wheel');
  const stopTrace = await startTrace(cdp, `${EXTRA_TRACE_CATEGORIES}${wheel ? WHEEL_TRACE_CATEGORIES : ''}`);
  await page.evaluate(START_MONITOR);
  await page.mouse.move(MOUSE_AT[0], MOUSE_AT[1]);
  let done = false;
  const sent: number[] = [];
  const inputs: Promise<void>[] = [];
  const wheeling = (async () => {
    await sleep(30);
    while (!done && wheel) {
      sent.push(Date.now());
      // Not awaited: a page that does not answer must not slow the input down.
      inputs.push(turnWheel(page, cdp));
      await sleep(WHEEL_EVERY_MS);
    }
  })();
  await popup.getByRole('button', { name: 'Convert to 繁體' }).click();
  await popup.waitForFunction(
    (sel) => document.querySelector(sel)?.textContent?.includes('Showing'),
    SHOWING,
    { timeout: 600_000, polling: 10 },
  );
  const doneAt = (await popup.evaluate('performance.timeOrigin + performance.now()')) as number;
  done = true;
  await wheeling;
  await Promise.all(inputs);
  await sleep(SETTLE_MS);
  const rec = (await page.evaluate(STOP_MONITOR)) as Recorded;
  const trace = await stopTrace();
  const tasks = pageTasks(trace, rec.markAt);
  await cdp.detach();
  const clickAt = (await popup.evaluate('window.__wzClick')) as number;
  if (process.env.BENCH_TRACE_DUMP)
    writeFileSync(
      join(
        process.env.BENCH_TRACE_DUMP,
        `${pageName.replace(/\W+/g, '-')}-${mode.replace(/\W+/g, '-')}.json`,
      ),
      JSON.stringify({ trace, rec, clickAt, sent }),
    );
  if (process.env.BENCH_CLICK_DETAIL) {
    console.log(`${pageName}, ${mode}: long tasks (ms after the click)`);
    for (const line of describeLongTasks(trace, rec.markAt, clickAt)) console.log(`  ${line}`);
  }
  const inFlow = (t: number) => t >= clickAt - 5 && t <= doneAt + SETTLE_MS;
  // A task counts when it overlaps the flow: the layout of the last writes starts just after "done"
  // and can outlast the settling time.
  const flowTasks = tasks.filter((t) => t.start + t.duration >= clickAt - 5 && t.start <= doneAt + SETTLE_MS);
  const frames = rec.frames.filter(inFlow);
  let gap = 0;
  for (let i = 1; i < frames.length; i++) gap = Math.max(gap, frames[i]! - frames[i - 1]!);
  // The click's own frame: from the click to the first frame after it.
  if (frames.length) gap = Math.max(gap, frames[0]! - clickAt);
  const wheels = wheelLatencies(sent, rec);
  const clock = traceClock(trace, rec.markAt);
  const shown = clock ? compositorWheelLatencies(sent, presentedScrolls(trace), clock) : [];
  const shownOk = shown.filter(Number.isFinite);
  if (process.env.BENCH_CLICK_DETAIL && wheels.length) {
    const slow = (xs: number[]) =>
      xs.flatMap((ms, i) => (ms > 100 ? [`${(sent[i]! - clickAt).toFixed(0)}: ${ms.toFixed(0)}`] : []));
    console.log(
      `  wheel inputs answered after 100 ms (sent ms after the click: ms): main-thread frame ` +
        `${slow(wheels).join(', ') || 'none'}; presented ${slow(shown).join(', ') || 'none'}`,
    );
  }
  return {
    page: pageName,
    mode,
    visibleMs: rec.visibleAt && !wheel ? rec.visibleAt - clickAt : Number.NaN,
    doneMs: doneAt - clickAt,
    longestTaskMs: Math.max(0, ...flowTasks.map((t) => t.duration)),
    longTasks: flowTasks.filter((t) => t.duration > 50).length,
    longestFrameGapMs: gap,
    wheelMaxMs: wheels.length ? Math.max(...wheels) : Number.NaN,
    wheelMedianMs: median(wheels),
    wheels: wheels.length,
    shownMaxMs: shownOk.length ? Math.max(...shownOk) : Number.NaN,
    shownMedianMs: median(shownOk),
    shown: shownOk.length,
    longestFrame: describeLoaf(
      rec.loaf.filter((l) => inFlow(l.at)),
      clickAt,
    ),
  } satisfies ClickFigures;
}

/** The browser's own floor on a bench page, without the extension doing anything: a page script
 *  that changes one paragraph below the screen per frame (FLOOR_SCRIPT), traced like a click. */
async function measureFloor(page: Page, pageName: string): Promise<ClickFigures> {
  await page.evaluate('window.scrollTo(0, 0)');
  await sleep(300);
  const cdp = await page.context().newCDPSession(page);
  const stopTrace = await startTrace(cdp, EXTRA_TRACE_CATEGORIES);
  const t0 = (await page.evaluate(START_MONITOR)) as number;
  const ms = (await page.evaluate(FLOOR_SCRIPT)) as number;
  await sleep(300);
  const rec = (await page.evaluate(STOP_MONITOR)) as Recorded;
  const trace = await stopTrace();
  const tasks = pageTasks(trace, rec.markAt).filter((t) => t.start >= t0);
  if (process.env.BENCH_TRACE_DUMP)
    writeFileSync(
      join(process.env.BENCH_TRACE_DUMP, `${pageName.replace(/\W+/g, '-')}-floor.json`),
      JSON.stringify({ trace, rec, clickAt: t0, sent: [] }),
    );
  await cdp.detach();
  let gap = 0;
  for (let i = 1; i < rec.frames.length; i++) gap = Math.max(gap, rec.frames[i]! - rec.frames[i - 1]!);
  return {
    page: pageName,
    mode: 'floor',
    visibleMs: Number.NaN,
    doneMs: ms,
    longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
    longTasks: tasks.filter((t) => t.duration > 50).length,
    longestFrameGapMs: gap,
    wheelMaxMs: Number.NaN,
    wheelMedianMs: Number.NaN,
    wheels: 0,
    shownMaxMs: Number.NaN,
    shownMedianMs: Number.NaN,
    shown: 0,
    longestFrame: describeLoaf(
      rec.loaf.filter((l) => l.at >= t0),
      t0,
    ),
  };
}

async function restoreFrom(popup: Page): Promise<void> {
  await popup.getByRole('button', { name: 'Show original' }).click();
  await popup.waitForFunction(
    (sel) => !document.querySelector(sel)?.textContent?.includes('Showing'),
    SHOWING,
    {
      timeout: 120_000,
    },
  );
  await sleep(500);
}

/** Cold and warm figures for every bench page, with the build in `build`. */
export async function measureBuild(build: string): Promise<ClickFigures[]> {
  const flat = pageOf(PAGE_CHARS).html;
  const { origin, server } = await serveStatic(join(root, 'tests/fixtures'), {
    pages: { '/bench/flat.html': flat, '/bench/deep.html': nestedPage(flat, DEPTH) },
  });
  const { context, id, dirs } = await launchExtension(build);
  const out: ClickFigures[] = [];
  try {
    for (const [name, path] of [
      ['1M chars', '/bench/flat.html'],
      [`1M chars, ${DEPTH} deep`, '/bench/deep.html'],
    ] as const) {
      if (process.env.BENCH_PAGES && !process.env.BENCH_PAGES.split(',').includes(path.slice(7, -5)))
        continue;
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      const popup = await openPopup(context, id, page);
      await popup.getByTestId('article-script').waitFor({ timeout: 60_000 });
      await popup.evaluate(WATCH_CLICK);
      await sleep(500);
      out.push(await measureFloor(page, name));
      out.push(await measureClick(page, popup, name, 'cold'));
      await restoreFrom(popup);
      out.push(await measureClick(page, popup, name, 'warm'));
      if (!process.env.BENCH_NO_WHEEL) {
        await restoreFrom(popup);
        out.push(await measureClick(page, popup, name, 'warm, wheel'));
      }
      await Promise.all([popup.close(), page.close()]);
    }
  } finally {
    await context.close();
    server.close();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
  return out;
}

/** Runs per build (BENCH_CLICK_RUNS, default 3): the machine is shared, so one run says little. */
const RUNS = Math.max(1, Number(process.env.BENCH_CLICK_RUNS ?? 3) || 3);

async function measureRuns(build: string, label: string): Promise<ClickFigures[][]> {
  const runs: ClickFigures[][] = [];
  for (let i = 0; i < RUNS; i++) {
    console.log(`${label}: run ${i + 1} of ${RUNS}`);
    runs.push(await measureBuild(build));
  }
  return runs;
}

export async function benchConvertClick(): Promise<void> {
  const build = join(root, process.env.WENZHAI_OUT ?? '.output', 'chrome-mv3');
  if (!existsSync(join(build, 'manifest.json'))) {
    console.log('\nClick-to-done: build the extension first (npm run build).');
    return;
  }
  let base: ClickFigures[] | null = null;
  const baseOut = process.env.BENCH_BASELINE_OUT;
  if (baseOut) {
    // Stored: the median of the runs.
    base = summarise(await measureRuns(join(resolve(baseOut), 'chrome-mv3'), 'baseline'), 'median');
    writeFileSync(BASELINE_FILE, `${JSON.stringify(base, null, 2)}\n`);
  } else if (existsSync(BASELINE_FILE))
    base = JSON.parse(readFileSync(BASELINE_FILE, 'utf8')) as ClickFigures[];
  const runs = await measureRuns(build, 'this build');
  console.log('\n## Click to converted (popup button → page), headless Chromium, targets:');
  console.log(
    'no task > 50 ms; visible ≤ 300 ms warm, ≤ 600 ms cold; wheel input → scrolled frame ≤ 100 ms ' +
      '(presented: what the user sees; main-thread frame: when the page hears of it)',
  );
  if (base) printTable('Baseline (main 213d652, before issue 15 §4: median of its runs)', base, null);
  for (const pick of ['best', 'median'] as const)
    printTable(
      `This build, ${pick} of ${RUNS} run${RUNS > 1 ? 's' : ''}${base ? ' (ratio to the baseline)' : ''}`,
      summarise(runs, pick),
      base,
    );
  printFrames(runs);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await benchConvertClick();
