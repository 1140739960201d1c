// Page-side instruments for the click-to-done bench (bench-convert-click.ts), as plain script text:
// installed in the page's main world, they see the page's frames and scroll position. Times are epoch
// milliseconds (timeOrigin + now) so they compare with the click recorded in the popup's process and
// with the wheel inputs sent from the bench. Long tasks are taken from a trace of the page's renderer
// (bench-convert-click-trace.ts): the Long Tasks API does not report every task an extension runs in
// the page's thread (the converter script's compilation was missing from it).

/** Starts recording: frames (with the number of scroll events seen by each), and when the paragraphs on
 *  screen at the start have all changed. Marks the start in the trace (`wz-bench-start`). */
export const START_MONITOR = `(() => {
  const at = () => performance.timeOrigin + performance.now();
  const m = { frames: [], scrolls: [], changedAt: [], stop: false };
  // Scroll events, not scrollY: reading scrollY in a frame callback lays the page out there, ahead
  // of the converter's own frame callback (whose measure of the frame it would skew).
  let scrolled = 0;
  addEventListener('scroll', () => { scrolled++; }, { passive: true, capture: true });
  window.__wzBench = m;
  const h = innerHeight;
  const visible = [];
  for (const p of document.querySelectorAll('p')) {
    const r = p.getBoundingClientRect();
    if (r.bottom > 0 && r.top < h && r.height > 0) visible.push([p, p.textContent]);
  }
  m.visibleCount = visible.length;
  const frame = () => {
    const now = at();
    m.frames.push(now);
    m.scrolls.push(scrolled);
    visible.forEach(([p, t], i) => {
      if (!m.changedAt[i] && p.textContent !== t) m.changedAt[i] = now;
    });
    if (!m.stop) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // Long animation frames: each frame's script time (by script) against its rendering.
  m.loaf = [];
  try {
    m.po = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) m.loaf.push({
        at: performance.timeOrigin + e.startTime, ms: e.duration,
        render: e.renderStart ? e.startTime + e.duration - e.renderStart : 0,
        styleLayout: e.styleAndLayoutStart ? e.startTime + e.duration - e.styleAndLayoutStart : 0,
        scripts: e.scripts.map((s) => ({ url: s.sourceURL, invoker: s.invoker, ms: s.duration,
          forced: s.forcedStyleAndLayoutDuration })),
      });
    });
    m.po.observe({ type: 'long-animation-frame' });
  } catch {}
  m.markAt = at();
  performance.mark('wz-bench-start');
  return m.markAt;
})()`;

/** Stops recording and returns what was recorded. */
export const STOP_MONITOR = `(() => {
  const m = window.__wzBench;
  m.stop = true;
  m.po?.disconnect();
  // The paragraphs on screen at the start that the conversion changes: when the last of them did.
  const changed = m.changedAt.filter(Boolean);
  const visibleAt = changed.length ? Math.max(...changed) : 0;
  return { frames: m.frames, scrolls: m.scrolls, visibleAt, visibleCount: changed.length, markAt: m.markAt,
    loaf: m.loaf };
})()`;

/** The floor: a page script (no extension) that changes one paragraph far below the screen per
 *  frame, for 40 frames, each in a task of its own after the frame before; resolves to the time
 *  taken. What any text change costs the browser's rendering on this page. */
export const FLOOR_SCRIPT = `(async () => {
  const ps = document.querySelectorAll('p');
  const t0 = performance.now();
  for (let f = 0; f < 40; f++) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    const p = ps[Math.min(ps.length - 1, 5000 + f)];
    const text = p && p.firstChild;
    if (text && text.nodeType === 3) text.data = text.data.replace(/^./, '壹');
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return performance.now() - t0;
})()`;

/** Records the click on a popup button (epoch ms of the event). */
export const WATCH_CLICK = `(() => {
  window.__wzClick = 0;
  document.addEventListener('click', (e) => { window.__wzClick = performance.timeOrigin + e.timeStamp; }, true);
})()`;

export interface Recorded {
  frames: number[];
  scrolls: number[];
  visibleAt: number;
  visibleCount: number;
  markAt: number;
  loaf: Loaf[];
}

/** A long animation frame (PerformanceObserver 'long-animation-frame'), epoch ms. */
export interface Loaf {
  at: number;
  ms: number;
  /** From the start of the frame's rendering (rAF callbacks, style, layout, paint) to its end. */
  render: number;
  /** From the start of its style and layout to its end (layout, pre-paint, paint). */
  styleLayout: number;
  scripts: { url: string; invoker: string; ms: number; forced: number }[];
}

/** What the longest of `loafs` was made of: its length, render and style/layout share, and its
 *  scripts' time by source (the extension's own scripts by file name). */
export function describeLoaf(loafs: readonly Loaf[], t0: number): string {
  let longest: Loaf | undefined;
  for (const l of loafs) if (!longest || l.ms > longest.ms) longest = l;
  if (!longest) return 'no frame over 50 ms';
  const bySource = new Map<string, number>();
  for (const s of longest.scripts) {
    const name = s.url ? (s.url.split('/').pop() ?? s.url) : s.invoker;
    bySource.set(name, (bySource.get(name) ?? 0) + s.ms);
  }
  const script = [...bySource].map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ') || 'none';
  return (
    `${longest.ms.toFixed(0)} ms at +${(longest.at - t0).toFixed(0)}: style+layout+paint ` +
    `${longest.styleLayout.toFixed(0)}, rendering ${longest.render.toFixed(0)}, scripts: ${script}`
  );
}

/** For each wheel input sent at `sentAt` (epoch ms), the time until the first frame after it whose
 *  count of scroll events differs from the one before the input (the page scrolled since): how long
 *  the page took to answer it.
 *  An input no frame answered counts as the time to the last frame recorded. */
export function wheelLatencies(
  sentAt: readonly number[],
  rec: Pick<Recorded, 'frames' | 'scrolls'>,
): number[] {
  const { frames, scrolls } = rec;
  return sentAt.map((sent) => {
    let k = 0;
    while (k < frames.length && frames[k]! <= sent) k++;
    const before = k > 0 ? scrolls[k - 1]! : scrolls[0]!;
    for (let j = k; j < frames.length; j++) if (scrolls[j] !== before) return frames[j]! - sent;
    return (frames[frames.length - 1] ?? sent) - sent;
  });
}

/** A page of `depth` nested <div>s around the paragraphs of `html` (a whole document). */
export function nestedPage(html: string, depth: number): string {
  const open = '<div class="wrap">'.repeat(depth);
  const close = '</div>'.repeat(depth);
  return html.replace('<body>', `<body>${open}`).replace('</body>', `${close}</body>`);
}
