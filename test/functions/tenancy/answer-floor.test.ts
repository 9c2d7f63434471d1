import { describe, expect, it } from 'vitest';
import { noSoonerThan } from '../../../functions/tenancy/answer-floor.js';

const timed = async (run: () => Promise<unknown>) => {
  const started = performance.now();
  const outcome = await run().then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  return { ...outcome, ms: performance.now() - started };
};

const resolveAfter = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

describe('noSoonerThan', () => {
  it('holds a quick answer and a quick failure until the floor', async () => {
    const quick = await timed(() => noSoonerThan(120, async () => 'accepted'));
    expect(quick).toMatchObject({ value: 'accepted' });
    expect(quick.ms).toBeGreaterThanOrEqual(115);
    const failed = await timed(() =>
      noSoonerThan(120, async () => {
        throw new Error('identity provider down');
      }),
    );
    expect(failed).toMatchObject({ error: new Error('identity provider down') });
    expect(failed.ms).toBeGreaterThanOrEqual(115);
  });

  it('waits only for what is left of the floor, and not at all past it', async () => {
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    expect(await noSoonerThan(200, () => resolveAfter(50, 'slow-ish'), wait)).toBe('slow-ish');
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(100);
    expect(waits[0]).toBeLessThanOrEqual(150);
    expect(await noSoonerThan(20, () => resolveAfter(40, 'slow'), wait)).toBe('slow');
    expect(await noSoonerThan(0, async () => 'local', wait)).toBe('local');
    expect(waits).toHaveLength(1);
  });
});
