// Long tasks of the bench page's renderer, from a Chromium trace (CDP Tracing): every task of its main
// thread, the extension's included (script compilation, the isolated world's work, style, layout and
// paint after a write). Times are mapped to epoch milliseconds through the `wz-bench-start` mark the
// page monitor sets (bench-convert-click-page.ts).
import type { CDPSession } from 'playwright-core';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { name?: string; data?: { functionName?: string; url?: string } };
}

export interface PageTask {
  /** Epoch ms. */
  start: number;
  duration: number;
}

/** Starts a trace of every process; the function returned ends it and gives its events.
 *  `extraCategories` adds to the timeline's (the reader's trace also wants V8's). */
export async function startTrace(
  cdp: CDPSession,
  extraCategories = '',
): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: `toplevel,devtools.timeline,disabled-by-default-devtools.timeline,blink.user_timing${extraCategories}`,
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The main thread's tasks over 10 ms, in epoch ms (`markAt`: the epoch time of the start mark). */
export function pageTasks(events: readonly TraceEvent[], markAt: number): PageTask[] {
  const mark = events.find((e) => e.name === 'wz-bench-start');
  if (!mark) return [];
  return events
    .filter((e) => e.name === 'RunTask' && e.pid === mark.pid && e.tid === mark.tid && (e.dur ?? 0) > 10_000)
    .map((e) => ({ start: markAt + (e.ts - mark.ts) / 1000, duration: (e.dur ?? 0) / 1000 }));
}

/** BENCH_CLICK_DETAIL=2: every part over 1 ms of a long task (what a set-up task was made of). */
const DEEP = process.env.BENCH_CLICK_DETAIL === '2';
const DETAIL_US = DEEP ? 1000 : 5000;
const DETAIL_PARTS = DEEP ? 24 : 6;
// (and, with 2, the tasks over 25 ms too)

/** The main thread's tasks over 50 ms with what took most of each (BENCH_CLICK_DETAIL=1), for
 *  finding out what a long task was: `[start ms after t0] duration: child event = ms, …`. */
export function describeLongTasks(events: readonly TraceEvent[], markAt: number, t0: number): string[] {
  const mark = events.find((e) => e.name === 'wz-bench-start');
  if (!mark) return [];
  const own = events.filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X');
  return own
    .filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > (DEEP ? 25_000 : 50_000))
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const parts = own
        .filter(
          (e) => e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end && (e.dur ?? 0) > DETAIL_US,
        )
        .slice(0, DETAIL_PARTS)
        .map((e) => {
          const data = (e as { args?: { data?: { functionName?: string; url?: string } } }).args?.data;
          const what = data?.functionName || data?.url?.slice(-40) || '';
          return `${e.name}${what ? `(${what})` : ''}=${((e.dur ?? 0) / 1000).toFixed(0)}`;
        });
      const start = markAt + (task.ts - mark.ts) / 1000 - t0;
      return `[${start.toFixed(0)}] ${((task.dur ?? 0) / 1000).toFixed(0)} ms: ${parts.join(', ')}`;
    });
}
