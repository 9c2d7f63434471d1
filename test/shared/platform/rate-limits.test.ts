import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RouteId, routeEntries } from '../../../shared/contracts/routes.js';
import {
  emissionIntervalMs,
  gcra,
  gcraBounds,
  RATE_LIMITS,
  type RateLimit,
  rateLimitOf,
  retryAfterSeconds,
} from '../../../shared/platform/rate-limits.js';

const limitArb = fc.record({
  perMinute: fc.oneof(fc.integer({ min: 1, max: 600 }), fc.double({ min: 0.1, max: 600, noNaN: true })),
  burst: fc.integer({ min: 1, max: 40 }),
});

/** Request times in ms, ascending (same instants allowed), as gaps from an arbitrary start. */
const timesArb = fc
  .tuple(
    fc.integer({ min: 0, max: 2 ** 40 }),
    fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000 }), fc.integer({ min: 0, max: 120_000 })), {
      minLength: 1,
      maxLength: 200,
    }),
  )
  .map(([start, gaps]) => {
    let at = start;
    return gaps.map((gap) => (at += gap));
  });

/** Applies GCRA to each request in turn; the times of those allowed. */
const run = (times: number[], limit: RateLimit) => {
  let tat: number | null = null;
  const allowed: number[] = [];
  for (const now of times) {
    const decision = gcra(tat, now, limit);
    tat = decision.tat;
    if (decision.allowed) allowed.push(now);
  }
  return { allowed, tat };
};

describe('GCRA (the token bucket in one number)', () => {
  it('lets no more than burst + rate × window requests through in any window', () => {
    fc.assert(
      fc.property(limitArb, timesArb, (limit, times) => {
        const { allowed } = run(times, limit);
        const interval = emissionIntervalMs(limit);
        // Any window [allowed[i], allowed[j]] holds j − i + 1 allowed requests: never more than the burst plus
        // one per interval, and so never more than the configured rate allows.
        const over: string[] = [];
        for (let i = 0; i < allowed.length; i++) {
          for (let j = i; j < allowed.length; j++) {
            const window = (allowed[j] as number) - (allowed[i] as number);
            const count = j - i + 1;
            const byInterval = limit.burst + Math.floor(window / interval);
            const byRate = limit.burst + (window * limit.perMinute) / 60_000;
            if (count > byInterval || count > byRate) over.push(`${count} in ${window} ms`);
          }
        }
        expect(over).toEqual([]);
      }),
    );
  });

  it('lets a rested bucket take the whole burst at once, and refuses the next', () => {
    fc.assert(
      fc.property(limitArb, fc.integer({ min: 0, max: 2 ** 40 }), (limit, now) => {
        const { allowed } = run(
          Array.from({ length: limit.burst + 1 }, () => now),
          limit,
        );
        expect(allowed).toHaveLength(limit.burst);
      }),
    );
  });

  it('says exactly when to come back: allowed at now + retryAfter, refused a millisecond earlier', () => {
    fc.assert(
      fc.property(limitArb, timesArb, (limit, times) => {
        const { tat } = run(times, limit);
        const now = times.at(-1) as number;
        const decision = gcra(tat, now, limit);
        if (decision.allowed) return;
        expect(decision.tat).toBe(tat);
        expect(decision.retryAfterMs).toBeGreaterThan(0);
        expect(gcra(tat, now + decision.retryAfterMs, limit).allowed).toBe(true);
        expect(gcra(tat, now + decision.retryAfterMs - 1, limit).allowed).toBe(false);
      }),
    );
  });

  it('forgets a bucket rested for burst × interval: the state may expire then', () => {
    fc.assert(
      fc.property(limitArb, timesArb, (limit, times) => {
        const { tat } = run(times, limit);
        const now = times.at(-1) as number;
        const { expiresAtMs } = gcraBounds(now, limit);
        expect(tat ?? now).toBeLessThanOrEqual(expiresAtMs);
        // At expiry the stored time no longer matters.
        expect(gcra(tat, expiresAtMs, limit)).toEqual(gcra(null, expiresAtMs, limit));
      }),
    );
  });

  it('splits into the two conditional writes: rested (tat ≤ now) and busy (now < tat ≤ admitUpTo)', () => {
    fc.assert(
      fc.property(limitArb, timesArb, (limit, times) => {
        const { tat } = run(times.slice(0, -1), limit);
        const now = times.at(-1) as number;
        const bounds = gcraBounds(now, limit);
        const decision = gcra(tat, now, limit);
        if (tat === null || tat <= now)
          expect(decision).toEqual({ allowed: true, tat: bounds.restedTat, retryAfterMs: 0 });
        else if (tat <= bounds.admitUpTo)
          expect(decision).toEqual({ allowed: true, tat: tat + bounds.interval, retryAfterMs: 0 });
        else expect(decision).toMatchObject({ allowed: false, retryAfterMs: tat - bounds.admitUpTo });
      }),
    );
  });

  it('spaces requests in whole milliseconds, never faster than configured', () => {
    expect(emissionIntervalMs({ perMinute: 60, burst: 1 })).toBe(1_000);
    expect(emissionIntervalMs({ perMinute: 7, burst: 1 })).toBe(8_572);
    expect(emissionIntervalMs({ perMinute: 0.5, burst: 1 })).toBe(120_000);
  });

  it('rounds Retry-After up to whole seconds, at least 1', () => {
    expect([1, 999, 1_000, 1_001, 59_001].map(retryAfterSeconds)).toEqual([1, 1, 1, 2, 60]);
  });
});

describe('which requests take a token', () => {
  const classes = Object.fromEntries(routeEntries().map(([id, definition]) => [id, rateLimitOf(definition)]));

  it('no read; task requests, approvals and remediations from the tighter bucket; sign-up per address; heartbeats none; every other write', () => {
    for (const [id, definition] of routeEntries()) {
      if (definition.method === 'GET') expect(classes[id], id).toBeNull();
    }
    expect(classes.requestTask).toBe('taskRequests');
    expect(classes.approveTask).toBe('taskRequests');
    expect(classes.remediateIncident).toBe('taskRequests');
    expect(classes.signUp).toBe('anonymousWrites');
    // Heartbeats are a customer's cron jobs pinging, many monitors from one address: the WAF's per-address rule and
    // API Gateway's throttling bound them, not a per-address bucket of five a minute.
    const exempt: RouteId[] = ['stripeWebhook', 'devLogin', 'pingHeartbeat', 'signalHeartbeat'];
    for (const id of exempt) expect(classes[id], id).toBeNull();
    const tighter: RouteId[] = ['requestTask', 'approveTask', 'remediateIncident'];
    for (const [id, definition] of routeEntries()) {
      if (definition.method === 'GET' || exempt.includes(id) || tighter.includes(id)) continue;
      expect(classes[id], id).toBe(definition.access === 'public' ? 'anonymousWrites' : 'writes');
    }
  });

  it('has defaults tighter for tasks than for writes', () => {
    expect(RATE_LIMITS.taskRequests.perMinute).toBeLessThan(RATE_LIMITS.writes.perMinute);
    expect(RATE_LIMITS.taskRequests.burst).toBeLessThan(RATE_LIMITS.writes.burst);
  });
});
