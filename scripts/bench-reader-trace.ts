// `node --import tsx scripts/bench-reader-trace.ts [10k|200k] [cold|warm|switch]`: one reader open of the reader
// bench's article under a Chromium trace (CDP Tracing started on the reader page's own session: its
// renderer, with the extension's offscreen document and holder worker when they share it), then where
// the time went on its main thread and workers: every task over TRACE_MIN_MS (default 4) from the
// trace's start (the reader page's first ~50 ms may be before it) to the last ruby, with its largest
// parts. TRACE_PROFILE=1 adds V8's sampling profiler (slower). The trace is left in
// .output/reader-trace.json. `switch`: the trace is of the bench's mode switch instead (pinyin → zhuyin →
// none → pinyin after the ruby is written, each click to the next frame). For finding what to cut (issue 18, Speed); the figures themselves come
// from `npm run bench -- reader`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cleanup, launch, openPopupFor, ROOT, serveFixtures } from '../tests/e2e/harness';
import { startTrace, type TraceEvent } from './bench-convert-click-trace';
import { articlePage, sourceSentences } from './bench-reader-article';

const CATEGORIES = process.env.TRACE_PROFILE
  ? ',v8.execute,v8,disabled-by-default-v8.cpu_profiler'
  : ',v8.execute';
const MIN_US = Number(process.env.TRACE_MIN_MS ?? 4) * 1000;

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events)
    if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  return names;
}

/** Tasks of one thread over MIN_US between `from` and `to` (trace µs), with their largest parts. */
function describe(events: readonly TraceEvent[], key: string, from: number, to: number): string[] {
  const own = events.filter((e) => `${e.pid}:${e.tid}` === key && e.ph === 'X' && e.ts >= from && e.ts <= to);
  return own
    .filter(
      (e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && (e.dur ?? 0) > MIN_US,
    )
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const parts = own
        .filter((e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > 1500)
        .filter((e) => e.name !== 'RunTask' && e.name !== 'ThreadControllerImpl::RunTask')
        .slice(0, 10)
        .map((e) => {
          const data = e.args?.data;
          const begin = (e.args as { beginData?: { dirtyObjects?: number; totalObjects?: number } })
            ?.beginData;
          const what =
            data?.functionName ||
            data?.url?.replace(/^.*\//, '') ||
            (begin?.totalObjects ? `${begin.dirtyObjects}/${begin.totalObjects}` : '') ||
            String((e.args as { elementCount?: number })?.elementCount ?? '');
          return `${e.name}${what ? `(${what})` : ''}=${((e.dur ?? 0) / 1000).toFixed(1)}`;
        });
      return `  [${((task.ts - from) / 1000).toFixed(0)}] ${((task.dur ?? 0) / 1000).toFixed(1)} ms: ${parts.join(', ')}`;
    });
}

const switchTimes: number[] = [];

/** The bench's switch (scripts/bench-reader.ts switchMs) under a trace of the reader page. */
async function traceSwitch(reader: Page): Promise<() => Promise<TraceEvent[]>> {
  // TRACE_SCROLL=0.5: the switch halfway down the article (its sections there are the long ones).
  const scroll = Number(process.env.TRACE_SCROLL ?? 0);
  if (scroll > 0) {
    await reader.evaluate((f) => scrollTo(0, document.documentElement.scrollHeight * f), scroll);
    await reader.waitForTimeout(300);
  }
  console.log(
    'sections rendered (characters, ruby) before the switch:',
    await reader.evaluate(() => {
      const all = [...document.querySelectorAll('.reader-chunk')];
      const shown = all.filter((s) => s.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }));
      const chars = shown.reduce((n, s) => n + (s.textContent?.length ?? 0), 0);
      const rubies = shown.reduce((n, s) => n + s.querySelectorAll('ruby').length, 0);
      const boxes = all.map((s) => {
        const r = s.getBoundingClientRect();
        return `${Math.round(r.top)}-${Math.round(r.bottom)}:${s.textContent?.length}${shown.includes(s) ? '*' : ''}`;
      });
      return `${shown.length} of ${all.length}: ${chars} characters, ${rubies} ruby; window ${innerWidth}×${innerHeight}; ${boxes.join(' ')}`;
    }),
  );
  const end = await startTrace(await reader.context().newCDPSession(reader), CATEGORIES);
  for (const name of ['Zhuyin', 'None', 'Pinyin']) {
    const ms = await reader.evaluate(async (label) => {
      const button = [...document.querySelectorAll('[data-testid=reader-ruby] button')].find(
        (b) => b.textContent === label,
      ) as HTMLButtonElement;
      performance.mark(`wz-switch-${label}`);
      const t0 = performance.now();
      button.click();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return performance.now() - t0;
    }, name);
    switchTimes.push(Math.round(ms));
    await reader.waitForTimeout(200);
  }
  // Sections off screen keep their readings only for a few frames after a switch: none held by now, and
  // the article's last reading is the mode's.
  const after = await reader.evaluate(() => {
    const rts = document.querySelectorAll('.reader-body rt');
    const last = rts[rts.length - 1];
    return {
      held: document.querySelectorAll('[class*=held-]').length,
      lastReading: last ? getComputedStyle(last, '::before').content : null,
    };
  });
  console.log('after the switches:', JSON.stringify(after));
  return end;
}

async function main(): Promise<void> {
  const size = process.argv[2] === '200k' ? 200_000 : 10_000;
  const warm = process.argv[3] === 'warm';
  const switching = process.argv[3] === 'switch';
  const { sentences } = sourceSentences();
  const path = '/bench/reader.html';
  const { origin, server } = await serveFixtures({
    [path]: articlePage(sentences, size, size > 10_000 ? 1000 : 0),
  });
  const session = await launch();
  try {
    for (let run = 0; run < (warm ? 2 : 1); run++) {
      const page = await session.context.newPage();
      await page.goto(origin + path);
      const popup = await openPopupFor(session, page);
      await popup.waitForFunction(() => {
        const b = document.querySelector('[data-testid=read]');
        return b && !b.hasAttribute('disabled');
      });
      const tracing = run === (warm ? 1 : 0);
      // The reader page runs in a renderer of its own, which a trace started from the popup does not
      // see: the trace starts on the reader page as soon as Playwright reports it (its first ~50 ms,
      // the bundle's load, may be missed; the ruby's writing is not).
      let endTrace: Promise<() => Promise<TraceEvent[]>> | null = null;
      const opened = session.context.waitForEvent('page', {
        predicate: (p) => {
          const isReader = p.url().includes('/reader.html');
          if (isReader && tracing && !switching)
            endTrace = p
              .context()
              .newCDPSession(p)
              .then((cdp) => startTrace(cdp, CATEGORIES));
          return isReader;
        },
      });
      await popup.evaluate(() => performance.mark('wz-click'));
      await popup.getByTestId('read').click();
      const reader = await opened;
      await reader.waitForFunction(
        () =>
          (globalThis as unknown as { wenzhaiReader?: { marks: { annotated?: number } } }).wenzhaiReader
            ?.marks.annotated,
        null,
        { timeout: 60_000, polling: 20 },
      );
      await reader.waitForTimeout(Number(process.env.TRACE_SETTLE_MS ?? (switching ? 500 : 0)));
      if (switching) endTrace = traceSwitch(reader);
      const marks = await reader.evaluate(
        () =>
          (globalThis as unknown as { wenzhaiReader: { marks: Record<string, number> } }).wenzhaiReader.marks,
      );
      if (endTrace) {
        const events = await (await (endTrace as Promise<() => Promise<TraceEvent[]>>))();
        if (switching) console.log('switch (ms, click → next frame):', JSON.stringify(switchTimes));
        const clicks = events.filter((e) => e.name.startsWith('wz-switch-'));
        writeFileSync(join(ROOT, '.output/reader-trace.json'), JSON.stringify({ traceEvents: events }));
        const from = Math.min(...events.filter((e) => e.ts > 0).map((e) => e.ts));
        const to = from + 2_000_000;
        const names = threadNames(events);
        for (const c of clicks) console.log(`${c.name} at ${((c.ts - from) / 1000).toFixed(0)}`);
        console.log(
          'marks (ms from the reader page start):',
          JSON.stringify(Object.fromEntries(Object.entries(marks).map(([k, v]) => [k, Math.round(v)]))),
        );
        for (const [key, name] of names) {
          if (!/CrRendererMain|DedicatedWorker/.test(name)) continue;
          const lines = describe(events, key, from, to);
          if (lines.length) console.log(`${name} ${key} (ms from the trace start):\n${lines.join('\n')}`);
        }
      }
      await reader.close();
      await popup.close();
      await page.close();
    }
  } finally {
    await session.close();
    cleanup(session);
    server.close();
  }
}

await main();
