import { describe, expect, it, vi } from 'vitest';
import { claimInstance } from '../../lib/tab/instance';

describe('claimInstance', () => {
  it('keeps the live instance when the script is injected again', () => {
    const world = {};
    const first = claimInstance(world, () => ({ isAlive: () => true, dispose: vi.fn() }));
    const create = vi.fn(() => ({ isAlive: () => true, dispose: vi.fn() }));
    const second = claimInstance(world, create);
    expect(first.fresh).toBe(true);
    expect(second).toEqual({ instance: first.instance, fresh: false });
    expect(create).not.toHaveBeenCalled();
  });

  it('replaces an instance whose extension context died, disposing of it', () => {
    const world = {};
    const dispose = vi.fn();
    claimInstance(world, () => ({ isAlive: () => false, dispose }));
    const next = claimInstance(world, () => ({ isAlive: () => true, dispose: vi.fn() }));
    expect(dispose).toHaveBeenCalledOnce();
    expect(next.fresh).toBe(true);
  });
});
