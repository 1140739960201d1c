// Page-side instruments for the click-to-done bench (bench-convert-click.ts), as plain script text:
// installed in the page's main world, they see every task of the page's thread (the content
// script's and the converter's isolated world run there too). Times are epoch milliseconds
// (timeOrigin + now) so they compare with the click recorded in the popup's process.

/** Starts recording: long tasks, frames, wheel-to-frame latency, and when the paragraphs on screen
 *  at the start have all changed. */
export const START_MONITOR = `(() => {
  const at = () => performance.timeOrigin + performance.now();
  const m = { longTasks: [], frames: [], wheels: [], changedAt: [], stop: false };
  window.__wzBench = m;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) m.longTasks.push({ start: performance.timeOrigin + e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  const h = innerHeight;
  const visible = [];
  for (const p of document.querySelectorAll('p')) {
    const r = p.getBoundingClientRect();
    if (r.bottom > 0 && r.top < h && r.height > 0) visible.push([p, p.textContent]);
  }
  m.visibleCount = visible.length;
  const pendingWheels = [];
  addEventListener('wheel', (e) => pendingWheels.push(performance.timeOrigin + e.timeStamp), { passive: true, capture: true });
  const frame = () => {
    const now = at();
    m.frames.push(now);
    while (pendingWheels.length) m.wheels.push(now - pendingWheels.shift());
    visible.forEach(([p, t], i) => {
      if (!m.changedAt[i] && p.textContent !== t) m.changedAt[i] = now;
    });
    if (!m.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})()`;

/** Stops recording and returns what was recorded. */
export const STOP_MONITOR = `(() => {
  const m = window.__wzBench;
  m.stop = true;
  // The paragraphs on screen at the start that the conversion changes: when the last of them did.
  const changed = m.changedAt.filter(Boolean);
  const visibleAt = changed.length ? Math.max(...changed) : 0;
  return { longTasks: m.longTasks, frames: m.frames, wheels: m.wheels, visibleAt, visibleCount: changed.length };
})()`;

/** Records the click on a popup button (epoch ms of the event). */
export const WATCH_CLICK = `(() => {
  window.__wzClick = 0;
  document.addEventListener('click', (e) => { window.__wzClick = performance.timeOrigin + e.timeStamp; }, true);
})()`;

export interface Recorded {
  longTasks: { start: number; duration: number }[];
  frames: number[];
  wheels: number[];
  visibleAt: number;
  visibleCount: number;
}

/** A page of `depth` nested <div>s around the paragraphs of `html` (a whole document). */
export function nestedPage(html: string, depth: number): string {
  const open = '<div class="wrap">'.repeat(depth);
  const close = '</div>'.repeat(depth);
  return html.replace('<body>', `<body>${open}`).replace('</body>', `${close}</body>`);
}
