import { describe, expect, it } from 'vitest';
import { Readiness } from '../../../functions/platform/readiness.js';

const ok = async () => undefined;
const down = async () => {
  throw new Error('ECONNREFUSED');
};
const never = () => new Promise<void>(() => undefined);

describe('Readiness', () => {
  it('is ready when every dependency answers', async () => {
    expect(await new Readiness({ table: ok, queues: ok }).check()).toEqual({
      ready: true,
      checks: { table: 'ok', queues: 'ok' },
    });
  });

  it('names the dependency that fails, or does not answer in time', async () => {
    expect(await new Readiness({ table: down, queues: ok }).check()).toEqual({
      ready: false,
      checks: { table: 'unavailable', queues: 'ok' },
    });
    const paused = await new Readiness({ table: never, queues: ok }, { timeoutMs: 50 }).check();
    expect(paused.checks.table).toBe('unavailable');
  });

  it('reuses a result for a few seconds, then checks again (recovery shows)', async () => {
    let calls = 0;
    let healthy = false;
    let now = 0;
    const readiness = new Readiness(
      {
        table: async () => {
          calls += 1;
          if (!healthy) throw new Error('down');
        },
        queues: ok,
      },
      { cacheMs: 5_000, monotonicMs: () => now },
    );
    expect((await readiness.check()).ready).toBe(false);
    healthy = true;
    now = 4_000;
    expect((await readiness.check()).ready).toBe(false);
    expect(calls).toBe(1);
    now = 5_001;
    expect((await readiness.check()).ready).toBe(true);
    expect(calls).toBe(2);
  });
});
