// The page converter holds its writes while the user scrolls (dom-schedule.ts ScrollWatch), so the
// frames that show the scroll do not also lay out new text. A fake window and clock.
import { describe, expect, it } from 'vitest';
import { ScrollWatch } from '../../lib/convert/page/dom-schedule';
import { nonEmpty } from './non-empty';

type Listener = (event: Event) => void;

function fakeWindow() {
  const listeners = new Map<string, Set<Listener>>();
  const options: { type: string; options: unknown }[] = [];
  return {
    options,
    addEventListener(type: string, fn: Listener, opts?: unknown) {
      options.push({ type, options: opts });
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)!.add(fn);
    },
    removeEventListener(type: string, fn: Listener) {
      listeners.get(type)?.delete(fn);
    },
    fire(type: string, isTrusted: boolean) {
      for (const fn of listeners.get(type) ?? []) fn({ type, isTrusted } as Event);
    },
    count: () => [...listeners.values()].reduce((n, s) => n + s.size, 0),
  };
}

describe('ScrollWatch', () => {
  it('says scrolling from a real wheel or scroll event until the user is still for its quiet time', () => {
    let now = 1000;
    const watch = new ScrollWatch(150, 300, () => now);
    const win = fakeWindow();
    watch.start(win);
    expect(watch.scrolling).toBe(false);
    win.fire('wheel', true);
    expect(watch.scrolling).toBe(true);
    now += 100;
    win.fire('scroll', true);
    now += 149;
    expect(watch.scrolling).toBe(true);
    now += 2;
    expect(watch.scrolling).toBe(false);
  });

  it('listens passively, so the compositor scrolls without waiting for the page thread', () => {
    // A non-passive wheel listener on the window makes Chromium send every wheel to the main thread
    // before scrolling: during a conversion, that is after our write's layout.
    const win = fakeWindow();
    new ScrollWatch(150, 300, () => 0).start(win);
    expect(win.options.map((o) => o.type).sort()).toEqual(['scroll', 'wheel']);
    for (const { options } of nonEmpty(win.options)) expect(options).toMatchObject({ passive: true });
  });

  it('ignores events the page dispatches itself', () => {
    const watch = new ScrollWatch(150, 300, () => 5);
    const win = fakeWindow();
    watch.start(win);
    win.fire('scroll', false);
    win.fire('wheel', false);
    expect(watch.scrolling).toBe(false);
  });

  it('listens once, and stops listening (and forgets) on stop', () => {
    const watch = new ScrollWatch(150, 300, () => 5);
    const win = fakeWindow();
    watch.start(win);
    watch.start(win);
    expect(win.count()).toBe(2);
    win.fire('wheel', true);
    watch.stop();
    expect(win.count()).toBe(0);
    expect(watch.scrolling).toBe(false);
    win.fire('wheel', true);
    expect(watch.scrolling).toBe(false);
  });

  it('holds writes while scrolling, but lets one through after the longest hold', () => {
    let now = 0;
    const watch = new ScrollWatch(150, 300, () => now);
    const win = fakeWindow();
    watch.start(win);
    expect(watch.holdWrite()).toBe(false); // still: writes go
    const held: boolean[] = [];
    for (; now <= 700; now += 50) {
      win.fire('wheel', true); // scrolling on and on
      held.push(watch.holdWrite());
    }
    // Held from 0 to 250 ms, let through at 300, held again 350–600, through at 650.
    expect(held.filter((h) => !h).length).toBe(2);
    expect(held.slice(0, 6).every((h) => h)).toBe(true);
    expect(held[6]).toBe(false);
    now += 200; // still again
    expect(watch.holdWrite()).toBe(false);
  });
});
