// The DOM adapter on happy-dom with injected dependencies and fake timers: the caret path end to end
// (selection → text → lookup → card), the delay as a real timer, the stale-answer guard, disposal.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHover, type HoverDeps } from '../../lib/hover/dom';
import { hoverDelay } from '../../lib/settings';
import type { LookupResult } from '../../lib/types';

const ok = <T>(value: T) => ({ ok: true as const, value });

const RESULT: LookupResult = {
  matchLength: 2,
  entries: [
    {
      simplified: '领导',
      traditional: '領導',
      pinyin: 'lǐng dǎo',
      definitions: ['leader'],
      source: 'cedict',
    },
  ],
} as LookupResult;

function deps(lookup: HoverDeps['lookup']): HoverDeps & { released: number } {
  const d = {
    released: 0,
    lookup,
    putTerm: vi.fn(async () => ok({ id: 1 })),
    deleteTerm: vi.fn(async () => ok({ deleted: true })),
    glossaryMatches: vi.fn(async () => ok([])),
    saveWord: vi.fn(async () => ok({ wordId: 7, created: true })),
    undoSaveWord: vi.fn(async () => ok({ undone: true })),
    setWordState: vi.fn(async () => ok({ wordId: 7 })),
    release: () => {
      d.released++;
    },
  };
  return d;
}

function caretIn(id: string, offset: number): void {
  const text = document.getElementById(id)!.firstChild as Text;
  const selection = window.getSelection()!;
  selection.removeAllRanges();
  const range = document.createRange();
  range.setStart(text, offset);
  range.collapse(true);
  selection.addRange(range);
}

const hosts = () => document.querySelectorAll('[data-wenzhai-ui="hover"]');

beforeEach(() => {
  document.body.innerHTML = '<p id="p">会议强调领导人讲话。</p>';
});
afterEach(() => {
  vi.useRealTimers();
  for (const host of Array.from(hosts())) host.remove();
});

describe('hover DOM adapter', () => {
  it('opens the card for the word at the caret: the text after it and before it go to the lookup', async () => {
    const lookup = vi.fn(async () => ok(RESULT));
    const hover = createHover(document, deps(lookup));
    caretIn('p', 4);
    await expect(hover.openAtCaret()).resolves.toBe(true);
    expect(lookup).toHaveBeenCalledWith('领导人讲话。', '会议强调');
    expect(hover.isEnabled()).toBe(true);
    expect(hosts()).toHaveLength(1);
    hover.dispose();
    expect(hosts()).toHaveLength(0);
  });

  it('says no card where the dictionary has no word, and a failing lookup is no unhandled rejection', async () => {
    const none = createHover(
      document,
      deps(async () => ok({ ...RESULT, matchLength: 0, entries: [] })),
    );
    caretIn('p', 4);
    await expect(none.openAtCaret()).resolves.toBe(false);
    none.dispose();
    const broken = createHover(
      document,
      deps(() => Promise.reject(new Error('port closed'))),
    );
    await expect(broken.openAtCaret()).resolves.toBe(false);
    broken.dispose();
  });

  it('an older answer arriving after a newer one does not replace the card', async () => {
    const answers: ((r: ReturnType<typeof ok<LookupResult>>) => void)[] = [];
    const lookup = vi.fn(() => new Promise<ReturnType<typeof ok<LookupResult>>>((r) => answers.push(r)));
    const hover = createHover(document, deps(lookup));
    caretIn('p', 4);
    const first = hover.openAtCaret();
    caretIn('p', 0);
    const second = hover.openAtCaret();
    answers[1]!(ok(RESULT));
    answers[0]!(ok(RESULT));
    await expect(second).resolves.toBe(true);
    await expect(first).resolves.toBe(false); // stale: settled without a card of its own
    hover.dispose();
  });

  it('lets go of the dictionary port when disposed', () => {
    const d = deps(async () => ok(RESULT));
    const hover = createHover(document, d);
    hover.setEnabled(true);
    hover.dispose();
    expect(d.released).toBe(1);
    expect(hover.isEnabled()).toBe(false);
  });

  it('with a delay set, waits for the timer before looking at the pointer (fake timers)', async () => {
    await hoverDelay.setValue(300);
    const lookup = vi.fn(async () => ok(RESULT));
    const hover = createHover(document, deps(lookup));
    // The adapter reads its settings once at start; let that read land before the clock is faked.
    for (let i = 0; i < 5; i++) await hoverDelay.getValue();
    vi.useFakeTimers();
    hover.setEnabled(true);
    // The pointer is looked at through the caret hit-test: count those.
    const moves = vi.fn(() => null);
    Object.defineProperty(document, 'caretPositionFromPoint', { value: moves, configurable: true });
    // happy-dom delivers only trusted events the adapter trusts: dispatch through the window.
    const move = new MouseEvent('mousemove', { clientX: 5, clientY: 5 });
    Object.defineProperty(move, 'isTrusted', { value: true });
    window.dispatchEvent(move);
    await vi.advanceTimersByTimeAsync(299);
    expect(moves).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(moves).toHaveBeenCalledWith(5, 5, expect.anything());
    hover.dispose();
    Reflect.deleteProperty(document, 'caretPositionFromPoint');
  });
});
