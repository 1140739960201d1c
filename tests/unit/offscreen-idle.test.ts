// The offscreen document closes itself when no tab holds a dictionary port and nothing was asked for
// a while; the background opens it again for the next lookup, even one sent as it closed.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createIdleClose } from '../../lib/lookup/idle-close';
import { createDictionaryForwarder, type OffscreenDeps } from '../../lib/lookup/offscreen';

const IDLE = 1000;

function idleFakes() {
  const close = vi.fn();
  const idle = createIdleClose({
    idleMs: IDLE,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    close,
  });
  return { idle, close };
}

describe('the offscreen document closing when idle', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('closes once nothing was asked for the idle time, not before', () => {
    vi.useFakeTimers();
    const { idle, close } = idleFakes();
    vi.advanceTimersByTime(IDLE - 1);
    idle.used(); // a request starts the idle time again
    vi.advanceTimersByTime(IDLE - 1);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('stays open while any tab holds a port, and closes the idle time after the last one went', () => {
    vi.useFakeTimers();
    const { idle, close } = idleFakes();
    idle.portOpened();
    idle.portOpened();
    idle.portClosed();
    vi.advanceTimersByTime(IDLE * 10);
    expect(close).not.toHaveBeenCalled();
    idle.used(); // a message while a port is open does not start a countdown
    vi.advanceTimersByTime(IDLE * 10);
    expect(close).not.toHaveBeenCalled();
    idle.portClosed();
    vi.advanceTimersByTime(IDLE - 1);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('a lookup sent as the document closes itself is answered by a new one', async () => {
    vi.useFakeTimers();
    const state = { open: true, listening: true, created: 0, checks: 0 };
    const deps: OffscreenDeps = {
      hasDocument: async () => {
        // Open when asked first, closed (idle) by the time the message goes.
        if (++state.checks === 1) {
          const open = state.open;
          state.open = false;
          state.listening = false;
          return open;
        }
        return state.open;
      },
      createDocument: async () => {
        state.created++;
        state.open = true;
        setTimeout(() => {
          state.listening = true;
        }, 5);
      },
      send: async () => {
        if (!state.listening)
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return { ok: true, value: [] };
      },
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    };
    const answer = createDictionaryForwarder(deps).glossaryMatches('会议');
    await vi.runAllTimersAsync();
    expect(await answer).toEqual([]);
    expect(state.created).toBe(1);
  });
});
