// What the user sees of a wheel turn, from a Chromium trace: Chromium scrolls on the compositor
// thread when nothing needs the page's main thread (no non-passive wheel/touch listener, no main-thread
// scrolling reason), so the page moves on screen even while the main thread is busy; the `scroll` event
// the page monitor counts (bench-convert-click-page.ts wheelLatencies) comes later, in a main-thread
// frame. Chromium's `EventLatency` trace events (category `input.scrolling`) follow each input from
// its generation to the presentation of the frame that showed it, stage by stage.
//
// A wheel sent through CDP (Input.dispatchMouseEvent, what playwright-core's mouse.wheel sends) is not
// a wheel from the OS: DevTools first waits for the page's next committed frame ("We make sure the
// compositor is up to date before sending a wheel event", content/browser/devtools/protocol/
// input_handler.cc: InsertVisualStateCallback), a wait through the main thread a real wheel never
// makes. So the figure here starts where the browser hands the wheel on to the renderer (the end of
// the `GenerationToBrowserMain` stage: RenderWidgetHostImpl::ForwardWheelEvent, where an OS wheel
// starts), and ends at the presentation of the first frame showing the scroll it caused (the end of
// the FIRST_GESTURE_SCROLL_UPDATE / GESTURE_SCROLL_UPDATE `EventLatency`).
import type { TraceEvent } from './bench-convert-click-trace';

/** Trace category holding EventLatency and its stages. */
export const WHEEL_TRACE_CATEGORIES = ',input.scrolling';

const SCROLL_UPDATES = new Set(['FIRST_GESTURE_SCROLL_UPDATE', 'GESTURE_SCROLL_UPDATE']);
/** Stages only a presented frame has (an update that changed nothing ends without them). */
const PRESENTED_STAGES = new Set([
  'SubmitCompositorFrameToPresentationCompositorFrame',
  'SwapEndToPresentationCompositorFrame',
]);

interface AsyncEvent extends TraceEvent {
  id2?: { local?: string; global?: string };
  id?: string;
  cat?: string;
  args?: TraceEvent['args'] & { event_latency?: { event_type?: string } };
}

interface Span {
  name: string;
  type: string;
  key: string;
  begin: number;
  end: number;
}

/** Async begin/end pairs (µs) of the `input.scrolling` category, matched per thread, id and name. */
function spans(events: readonly TraceEvent[]): Span[] {
  const open = new Map<string, AsyncEvent[]>();
  const out: Span[] = [];
  const own = (events as readonly AsyncEvent[])
    .filter((e) => (e.ph === 'b' || e.ph === 'e') && e.cat?.includes('input.scrolling'))
    .sort((a, b) => a.ts - b.ts);
  for (const e of own) {
    const track = `${e.pid}:${e.tid}:${e.id2?.local ?? e.id2?.global ?? e.id ?? ''}`;
    const key = `${track}:${e.name}`;
    if (e.ph === 'b') {
      const stack = open.get(key) ?? [];
      stack.push(e);
      open.set(key, stack);
      continue;
    }
    const begin = open.get(key)?.pop();
    if (begin)
      out.push({
        name: e.name,
        type: begin.args?.event_latency?.event_type ?? '',
        key: track,
        begin: begin.ts,
        end: e.ts,
      });
  }
  return out;
}

export interface WheelFrame {
  /** When DevTools generated the event (µs, trace clock): about when the bench sent it. */
  generatedUs: number;
  /** When the browser handed it to the renderer (µs): where a wheel from the OS starts. */
  forwardedUs: number;
  /** When the frame showing its scroll was presented (µs). */
  presentedUs: number;
}

/** Every scroll update the trace saw presented, with when it was generated, handed to the renderer
 *  and presented. Updates that presented nothing (the page could not scroll further) are left out. */
export function presentedScrolls(events: readonly TraceEvent[]): WheelFrame[] {
  const all = spans(events);
  const byTrack = new Map<string, Span[]>();
  for (const s of all) {
    if (s.name === 'EventLatency') continue;
    const list = byTrack.get(s.key) ?? [];
    list.push(s);
    byTrack.set(s.key, list);
  }
  // The wheel and the gestures made of it share its generation time; the wheel is handed on first,
  // and the gestures only once the renderer has answered it (at once from the compositor; after the
  // main thread's listeners when one is not passive): the first hand-over is where an OS wheel starts.
  const forwarded = new Map<string, number>();
  for (const s of all) {
    if (s.name !== 'GenerationToBrowserMain') continue;
    const at = `${s.key.split(':')[0]}:${s.begin}`;
    forwarded.set(at, Math.min(forwarded.get(at) ?? Number.POSITIVE_INFINITY, s.end));
  }
  const out: WheelFrame[] = [];
  for (const latency of all) {
    if (latency.name !== 'EventLatency' || !SCROLL_UPDATES.has(latency.type)) continue;
    const stages = (byTrack.get(latency.key) ?? []).filter(
      (s) => s.begin >= latency.begin && s.end <= latency.end,
    );
    if (!stages.some((s) => PRESENTED_STAGES.has(s.name))) continue;
    out.push({
      generatedUs: latency.begin,
      forwardedUs: forwarded.get(`${latency.key.split(':')[0]}:${latency.begin}`) ?? latency.begin,
      presentedUs: latency.end,
    });
  }
  return out.sort((a, b) => a.generatedUs - b.generatedUs);
}

/** For each input sent at `sentAt` (epoch ms), the ms from the browser handing it to the renderer to
 *  the presentation of the frame showing its scroll: the scroll update generated nearest after it
 *  (within `matchMs`; DevTools stamps the event when it receives the command). `toEpochMs` maps the
 *  trace clock (µs) to epoch ms. Inputs no presented frame answered are left out (NaN). */
export function compositorWheelLatencies(
  sentAt: readonly number[],
  frames: readonly WheelFrame[],
  toEpochMs: (us: number) => number,
  matchMs = 60,
): number[] {
  const used = new Set<WheelFrame>();
  return sentAt.map((sent) => {
    let best: WheelFrame | undefined;
    for (const f of frames) {
      const gap = toEpochMs(f.generatedUs) - sent;
      if (used.has(f) || gap < -5 || gap > matchMs) continue;
      if (!best || f.generatedUs < best.generatedUs) best = f;
    }
    if (!best) return Number.NaN;
    used.add(best);
    return (best.presentedUs - best.forwardedUs) / 1000;
  });
}

/** Trace clock (µs) to epoch ms through the `wz-bench-start` mark set at epoch `markAt`. */
export function traceClock(events: readonly TraceEvent[], markAt: number): ((us: number) => number) | null {
  const mark = events.find((e) => e.name === 'wz-bench-start');
  return mark ? (us) => markAt + (us - mark.ts) / 1000 : null;
}
