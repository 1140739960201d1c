import { afterEach, describe, expect, it, vi } from 'vitest';
import { withTimeout } from '../../lib/async';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('passes the answer through when it arrives in time', async () => {
    await expect(withTimeout(Promise.resolve('answer'), 50, () => 'late')).resolves.toBe('answer');
  });

  it('gives the fallback when no answer ever comes', async () => {
    vi.useFakeTimers();
    const pending = withTimeout(new Promise<string>(() => {}), 3000, () => 'late');
    await vi.advanceTimersByTimeAsync(3000);
    await expect(pending).resolves.toBe('late');
  });

  it('passes a rejection through', async () => {
    await expect(withTimeout(Promise.reject(new Error('no')), 50, () => 'late')).rejects.toThrow('no');
  });
});
