import { describe, expect, it } from 'vitest';
import { rateLimitEnvironment, rateLimitsFromEnv } from '../../../functions/config/rate-limits.js';
import { RATE_LIMITS } from '../../../shared/platform/rate-limits.js';

describe('rate limits from the environment', () => {
  it('are the defaults when nothing (or an empty value) is set', () => {
    expect(rateLimitsFromEnv({})).toEqual(RATE_LIMITS);
    expect(rateLimitsFromEnv({ RATE_LIMIT_WRITES_BURST: '' })).toEqual(RATE_LIMITS);
  });

  it('take each number from its variable', () => {
    expect(
      rateLimitsFromEnv({
        RATE_LIMIT_WRITES_PER_MINUTE: '120',
        RATE_LIMIT_TASK_REQUESTS_BURST: '2',
        RATE_LIMIT_ANONYMOUS_WRITES_PER_MINUTE: '0.5',
      }),
    ).toEqual({
      writes: { perMinute: 120, burst: RATE_LIMITS.writes.burst },
      taskRequests: { perMinute: RATE_LIMITS.taskRequests.perMinute, burst: 2 },
      anonymousWrites: { perMinute: 0.5, burst: RATE_LIMITS.anonymousWrites.burst },
    });
  });

  it.each([
    ['RATE_LIMIT_WRITES_PER_MINUTE', 'many'],
    ['RATE_LIMIT_WRITES_PER_MINUTE', '0'],
    ['RATE_LIMIT_WRITES_PER_MINUTE', '-5'],
    ['RATE_LIMIT_TASK_REQUESTS_BURST', '2.5'],
    ['RATE_LIMIT_ANONYMOUS_WRITES_BURST', '0'],
  ])('refuse %s=%j at cold start, naming the variable', (name, value) => {
    expect(() => rateLimitsFromEnv({ [name]: value })).toThrowError(name);
  });

  it('round-trip through the variables CDK and the local stack set', () => {
    const environment = rateLimitEnvironment(RATE_LIMITS);
    expect(environment).toEqual({
      RATE_LIMIT_WRITES_PER_MINUTE: '60',
      RATE_LIMIT_WRITES_BURST: '30',
      RATE_LIMIT_TASK_REQUESTS_PER_MINUTE: '10',
      RATE_LIMIT_TASK_REQUESTS_BURST: '10',
      RATE_LIMIT_ANONYMOUS_WRITES_PER_MINUTE: '5',
      RATE_LIMIT_ANONYMOUS_WRITES_BURST: '5',
    });
    expect(rateLimitsFromEnv(environment)).toEqual(RATE_LIMITS);
  });
});
