import { afterAll, vi } from 'vitest';
import { RATE_LIMIT_ENV } from '../../functions/config/rate-limits.js';
import type { RateLimit, RateLimitName } from '../../shared/platform/rate-limits.js';

/**
 * Rate limits for this test file only (the rest stay the defaults): set in the environment before the
 * handlers load — call it at the top of the file or in `beforeAll` before `createTestApi` — and restored
 * after the file. For tests that send at machine speed what no person would, and for the limits' own tests.
 */
export const setTestRateLimits = (limits: Partial<Record<RateLimitName, Partial<RateLimit>>>) => {
  for (const [name, limit] of Object.entries(limits) as [RateLimitName, Partial<RateLimit>][]) {
    if (limit.perMinute !== undefined) vi.stubEnv(RATE_LIMIT_ENV[name].perMinute, String(limit.perMinute));
    if (limit.burst !== undefined) vi.stubEnv(RATE_LIMIT_ENV[name].burst, String(limit.burst));
  }
  afterAll(() => {
    vi.unstubAllEnvs();
  });
};
