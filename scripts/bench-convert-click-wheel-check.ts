// Checks that the click bench's compositor wheel figure (bench-convert-click-wheel.ts) measures what
// the user sees: on a long page whose main thread is kept busy (300 ms loops in tasks one after the
// other), wheel input should be presented within a frame or two when nothing needs the main thread,
// and only after a loop when a non-passive wheel listener does. Sent both as the bench sends it and as
// a synthesized scroll gesture (no DevTools wait for a committed frame: see bench-convert-click-wheel.ts).
// `node --import tsx scripts/bench-convert-click-wheel-check.ts` (wrap in flock /tmp/wenzhai-cpu.lock);
// prints both figures (compositor, main-thread frame) for each kind of listener.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { type Recorded, START_MONITOR, STOP_MONITOR, wheelLatencies } from './bench-convert-click-page';
import { startTrace } from './bench-convert-click-trace';
import {
  compositorWheelLatencies,
  presentedScrolls,
  traceClock,
  WHEEL_TRACE_CATEGORIES,
} from './bench-convert-click-wheel';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BUSY_MS = 300;
const WHEELS = 16;
const WHEEL_EVERY_MS = 150;

const LISTENERS = {
  none: '',
  passive: "addEventListener('wheel', () => {}, { passive: true });",
  'non-passive': "addEventListener('wheel', () => {}, { passive: false });",
} as const;

function page(listener: string): string {
  const paragraphs = Array.from(
    { length: 3000 },
    (_, i) => `<p>段落 ${i}：${'中文內容'.repeat(30)}</p>`,
  ).join('');
  // Busy loops in tasks one after the other: the main thread is free only between them (for a frame,
  // or an input when the browser sends one there).
  const busy = `window.busyLoops = () => { let on = true; const loop = () => setTimeout(() => {
    const t = performance.now(); while (performance.now() - t < ${BUSY_MS}); if (on) loop(); }, 0);
    loop(); return () => { on = false; }; };`;
  return `<!doctype html><html lang="zh-Hant"><body>${paragraphs}<script>${listener}${busy}</script></body></html>`;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const fmt = (xs: number[]): string => {
  const ok = xs.filter(Number.isFinite);
  return ok.length
    ? `max ${Math.max(...ok).toFixed(0)}, median ${median(ok).toFixed(0)} ms (${ok.length}/${xs.length} presented)`
    : `none presented (0/${xs.length})`;
};

/** How wheel input is sent: as the bench sends it (CDP Input.dispatchMouseEvent, which DevTools holds
 *  until the page's next committed frame), or as a synthesized scroll gesture (a mouse's wheel events,
 *  sent by the browser without that wait, about as an OS wheel arrives). */
type Injection = 'cdp' | 'gesture';

async function measure(
  listener: keyof typeof LISTENERS,
  busy: boolean,
  injection: Injection,
): Promise<string> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await tab.setContent(page(LISTENERS[listener]));
    await tab.mouse.move(600, 450);
    const cdp = await tab.context().newCDPSession(tab);
    const stopTrace = await startTrace(cdp, WHEEL_TRACE_CATEGORIES);
    await tab.evaluate(START_MONITOR);
    if (busy) await tab.evaluate('window.stopBusy = busyLoops()');
    const sent: number[] = [];
    const inputs: Promise<void>[] = [];
    for (let i = 0; i < WHEELS; i++) {
      sent.push(Date.now());
      inputs.push(
        injection === 'cdp'
          ? tab.mouse.wheel(0, 80).catch(() => undefined)
          : cdp
              .send('Input.synthesizeScrollGesture', {
                x: 600,
                y: 450,
                yDistance: -80,
                gestureSourceType: 'mouse',
                speed: 4000,
              })
              .then(
                () => undefined,
                () => undefined,
              ),
      );
      await sleep(WHEEL_EVERY_MS);
    }
    await Promise.all(inputs);
    if (busy) await tab.evaluate('window.stopBusy()');
    await sleep(500);
    const rec = (await tab.evaluate(STOP_MONITOR)) as Recorded;
    const trace = await stopTrace();
    const clock = traceClock(trace, rec.markAt);
    const frames = presentedScrolls(trace);
    // A gesture is several wheel events over its time: every scroll update it presented counts.
    const compositor =
      injection === 'gesture'
        ? frames.map((f) => (f.presentedUs - f.forwardedUs) / 1000)
        : clock
          ? compositorWheelLatencies(sent, frames, clock)
          : [];
    return `compositor ${fmt(compositor)}; main-thread frame ${fmt(wheelLatencies(sent, rec))}`;
  } finally {
    await browser.close();
  }
}

export async function checkWheelFigure(): Promise<void> {
  for (const injection of ['cdp', 'gesture'] as const)
    for (const busy of [false, true])
      for (const listener of Object.keys(LISTENERS) as (keyof typeof LISTENERS)[])
        console.log(
          `- ${injection === 'cdp' ? 'CDP wheel' : 'synthesized gesture'}, ` +
            `${busy ? `main thread busy (${BUSY_MS} ms loops)` : 'main thread idle'}, ` +
            `${listener} wheel listener: ${await measure(listener, busy, injection)}`,
        );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) await checkWheelFigure();
