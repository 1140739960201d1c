// The click bench's wheel measure (scripts/bench-convert-click-page.ts): from each wheel input to the
// first frame after a scroll event that came later than it.
import { describe, expect, it } from 'vitest';
import { wheelLatencies } from '../../scripts/bench-convert-click-page';
import type { TraceEvent } from '../../scripts/bench-convert-click-trace';
import {
  compositorWheelLatencies,
  presentedScrolls,
  traceClock,
} from '../../scripts/bench-convert-click-wheel';

describe('wheelLatencies', () => {
  it('times each input to the first frame that shows a scroll after it', () => {
    // Frames every 20 ms; the scroll count changes at the frames at 60 and 200.
    const frames = [0, 20, 40, 60, 80, 100, 120, 140, 160, 180, 200];
    const scrolls = [0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 2];
    expect(wheelLatencies([10, 70], { frames, scrolls })).toEqual([50, 130]);
  });

  it('counts an input no frame answered up to the last frame recorded', () => {
    expect(wheelLatencies([10], { frames: [0, 50, 300], scrolls: [0, 0, 0] })).toEqual([290]);
  });
});

// The compositor figure (scripts/bench-convert-click-wheel.ts): from Chromium's EventLatency events,
// the time from the browser handing a wheel to the renderer to the presentation of its scroll.
type Ev = TraceEvent & { cat: string; id2: { local: string }; args?: object };
const CAT = 'cc,benchmark,input,input.scrolling';
function span(name: string, id: string, from: number, to: number, type?: string): Ev[] {
  const args = type ? { event_latency: { event_type: type } } : {};
  return [
    { name, cat: CAT, ph: 'b', pid: 1, tid: 2, ts: from, id2: { local: id }, args },
    { name, cat: CAT, ph: 'e', pid: 1, tid: 2, ts: to, id2: { local: id } },
  ];
}
/** One wheel generated at `gen` µs, handed on at `wheelOn`, its scroll update handed on at `updateOn`
 *  and, when `presented`, presented at `end`. */
function wheel(gen: number, wheelOn: number, updateOn: number, end: number, presented = true): Ev[] {
  return [
    ...span('EventLatency', 'a', gen, wheelOn + 1000, 'MOUSE_WHEEL'),
    ...span('GenerationToBrowserMain', 'a', gen, wheelOn),
    ...span('EventLatency', 'b', gen, end, 'FIRST_GESTURE_SCROLL_UPDATE'),
    ...span('GenerationToBrowserMain', 'b', gen, updateOn),
    ...(presented ? span('SubmitCompositorFrameToPresentationCompositorFrame', 'b', end - 3000, end) : []),
  ];
}

describe('presentedScrolls and compositorWheelLatencies', () => {
  const mark = { name: 'wz-bench-start', ph: 'R', pid: 1, tid: 3, ts: 1_000_000 } satisfies TraceEvent;
  // Mark at epoch 5000 ms = 1 000 000 µs on the trace clock.
  const clock = traceClock([mark], 5000)!;

  it('times a wheel from its hand-over to the renderer, not from DevTools stamping it', () => {
    // Stamped at +10 ms, handed on at +250 (DevTools waited for a frame), update at +251, shown +270.
    const trace = [mark, ...wheel(1_010_000, 1_250_000, 1_251_000, 1_270_000)];
    expect(compositorWheelLatencies([5008], presentedScrolls(trace), clock)).toEqual([20]);
  });

  it('counts the wait for a non-passive listener: the update is handed on only after it', () => {
    const trace = [mark, ...wheel(1_010_000, 1_011_000, 1_300_000, 1_320_000)];
    expect(compositorWheelLatencies([5009], presentedScrolls(trace), clock)).toEqual([309]);
  });

  it('leaves out an input no presented frame answered, and matches each frame once', () => {
    const trace = [
      mark,
      ...wheel(1_010_000, 1_011_000, 1_012_000, 1_030_000, false),
      ...wheel(1_160_000, 1_161_000, 1_162_000, 1_180_000),
    ];
    const ms = compositorWheelLatencies([5010, 5160, 5161], presentedScrolls(trace), clock);
    expect(ms[0]).toBeNaN();
    expect(ms[1]).toBe(19);
    expect(ms[2]).toBeNaN();
  });
});
