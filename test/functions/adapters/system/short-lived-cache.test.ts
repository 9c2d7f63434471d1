import { describe, expect, it } from 'vitest';
import { shortLived } from '../../../../functions/adapters/system/short-lived-cache.js';

const counting = () => {
  let time = 0;
  const calls: string[] = [];
  const cache = shortLived(
    async (key: string) => {
      calls.push(key);
      return `${key}@${calls.length}`;
    },
    (key) => key,
    1_000,
    { now: () => time, maxEntries: 2 },
  );
  const advance = (ms: number) => {
    time += ms;
  };
  return { cache, calls, advance };
};

describe('a short-lived read cache', () => {
  it('answers the same key from one read within its lifetime, and reads again after it', async () => {
    const { cache, calls, advance } = counting();
    expect(await cache('march')).toBe('march@1');
    advance(999);
    expect(await cache('march')).toBe('march@1');
    advance(1);
    expect(await cache('march')).toBe('march@2');
    expect(calls).toEqual(['march', 'march']);
  });

  it('shares one read among calls made while it runs', async () => {
    const { cache, calls } = counting();
    const answers = await Promise.all([cache('march'), cache('march'), cache('april')]);
    expect(answers).toEqual(['march@1', 'march@1', 'april@2']);
    expect(calls).toEqual(['march', 'april']);
  });

  it('forgets everything when cleared (after a write of this container)', async () => {
    const { cache, calls } = counting();
    await cache('march');
    cache.clear();
    expect(await cache('march')).toBe('march@2');
    expect(calls).toHaveLength(2);
  });

  it('forgets a failed read at once', async () => {
    let fail = true;
    const cache = shortLived(
      async () => {
        if (fail) throw new Error('throttled');
        return 'ok';
      },
      () => 'k',
      1_000,
      { now: () => 0 },
    );
    await expect(cache()).rejects.toThrow('throttled');
    fail = false;
    await expect(cache()).resolves.toBe('ok');
  });

  it('keeps at most its number of keys, the oldest out first', async () => {
    const { cache, calls } = counting();
    await cache('a');
    await cache('b');
    await cache('c');
    await cache('b');
    await cache('a');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
