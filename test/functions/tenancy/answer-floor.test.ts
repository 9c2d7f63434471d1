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
    // A clock the test moves: the work "takes" as long as the test says, whatever the machine's load.
    let clock = 0;
    const now = () => clock;
    const taking = (ms: number, value: string) => async () => {
      clock += ms;
      return value;
    };
    const waits: number[] = [];
    const wait = async (ms: number) => void waits.push(ms);
    expect(await noSoonerThan(200, taking(50, 'slow-ish'), wait, now)).toBe('slow-ish');
    expect(waits).toEqual([150]);
    expect(await noSoonerThan(20, taking(40, 'slow'), wait, now)).toBe('slow');
    expect(await noSoonerThan(0, taking(0, 'local'), wait, now)).toBe('local');
    expect(waits).toEqual([150]);
  });
});
