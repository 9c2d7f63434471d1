import { describe, expect, it } from 'vitest';
import { CachedCallerDirectory } from '../../../functions/http/caller-cache.js';
import type { User } from '../../../shared/tenancy/model.js';
import type { CallerDirectory } from '../../../shared/tenancy/ports.js';

const user = (roles: User['roles']): User => ({
  id: 'u-1',
  tenantId: null,
  email: 'op@opsdesk.local',
  name: 'Op',
  roles,
  createdAt: '2026-12-01T09:00:00.000Z',
});

/** A directory whose answer the test changes, counting the reads. */
const source = () => {
  const state = { user: user(['operator']) as User | null, reads: 0 };
  const directory: CallerDirectory = {
    findCaller: async () => {
      state.reads += 1;
      return state.user ? { user: state.user, tenant: null } : null;
    },
  };
  return { state, directory };
};

describe('CachedCallerDirectory', () => {
  it('reads a caller once within its time to live, and again after it', async () => {
    const { state, directory } = source();
    let now = 0;
    const cache = new CachedCallerDirectory(directory, 5_000, () => now);
    await cache.findCaller(null, 'u-1');
    now = 4_999;
    await cache.findCaller(null, 'u-1');
    expect(state.reads).toBe(1);
    state.user = user(['finance']);
    now = 5_000;
    expect((await cache.findCaller(null, 'u-1'))?.user.roles).toEqual(['finance']);
    expect(state.reads).toBe(2);
  });

  it('forgets a changed user at once', async () => {
    const { state, directory } = source();
    const cache = new CachedCallerDirectory(directory, 5_000, () => 0);
    await cache.findCaller(null, 'u-1');
    state.user = null;
    cache.forget(null, 'u-1');
    expect(await cache.findCaller(null, 'u-1')).toBeNull();
  });

  it('never keeps a miss: a removed user is asked about every time', async () => {
    const { state, directory } = source();
    state.user = null;
    const cache = new CachedCallerDirectory(directory, 5_000, () => 0);
    await cache.findCaller(null, 'u-1');
    await cache.findCaller(null, 'u-1');
    expect(state.reads).toBe(2);
  });

  it('keeps at most its size, dropping the oldest entry', async () => {
    const { state, directory } = source();
    const cache = new CachedCallerDirectory(directory, 5_000, () => 0, 2);
    for (const id of ['a', 'b', 'c', 'a']) await cache.findCaller(null, id);
    expect(state.reads).toBe(4);
  });
});
