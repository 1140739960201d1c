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
  m.markAt = at();
  performance.mark('wz-bench-start');
  return m.markAt;
})()`;

/** Stops recording and returns what was recorded. */
export const STOP_MONITOR = `(() => {
  const m = window.__wzBench;
  m.stop = true;
  // The paragraphs on screen at the start that the conversion changes: when the last of them did.
  const changed = m.changedAt.filter(Boolean);
  const visibleAt = changed.length ? Math.max(...changed) : 0;
  return { frames: m.frames, scrolls: m.scrolls, visibleAt, visibleCount: changed.length, markAt: m.markAt };
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
