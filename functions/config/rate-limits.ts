import { RATE_LIMITS, type RateLimitName, type RateLimits } from '../../shared/platform/rate-limits.js';
import { ENV } from './env.js';

/** The environment variables of each limit: CDK and the local stack set them, the functions read them. */
export const RATE_LIMIT_ENV: Record<RateLimitName, { perMinute: string; burst: string }> = {
  writes: { perMinute: ENV.rateLimitWritesPerMinute, burst: ENV.rateLimitWritesBurst },
  taskRequests: { perMinute: ENV.rateLimitTaskRequestsPerMinute, burst: ENV.rateLimitTaskRequestsBurst },
  anonymousWrites: { perMinute: ENV.rateLimitAnonymousWritesPerMinute, burst: ENV.rateLimitAnonymousWritesBurst },
};

const NAMES = Object.keys(RATE_LIMIT_ENV) as RateLimitName[];

const readNumber = (
  env: Record<string, string | undefined>,
  name: string,
  fallback: number,
  valid: (value: number) => boolean,
  expected: string,
): number => {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || !valid(value)) throw new Error(`${name} must be ${expected}, not "${text}"`);
  return value;
};

/**
 * The limits: RATE_LIMITS, each number overridable by its variable; a bad value throws (at cold start).
 * `perMinute` may be fractional (0.5 = one every two minutes) down to one a day and up to 60,000 (1 ms apart).
 */
export const rateLimitsFromEnv = (env: Record<string, string | undefined> = process.env): RateLimits => {
  const limits = {} as RateLimits;
  for (const name of NAMES) {
    const vars = RATE_LIMIT_ENV[name];
    limits[name] = {
      perMinute: readNumber(
        env,
        vars.perMinute,
        RATE_LIMITS[name].perMinute,
        (value) => value >= 1 / 1440 && value <= 60_000,
        'a number of requests a minute between 1/1440 and 60000',
      ),
      burst: readNumber(
        env,
        vars.burst,
        RATE_LIMITS[name].burst,
        (value) => Number.isInteger(value) && value >= 1 && value <= 100_000,
        'a whole number of requests from 1 to 100000',
      ),
    };
  }
  return limits;
};

/** The variables for a set of limits: CDK sets them from RATE_LIMITS, the local stack from its own environment. */
export const rateLimitEnvironment = (limits: RateLimits): Record<string, string> =>
  Object.fromEntries(
    NAMES.flatMap((name) => [
      [RATE_LIMIT_ENV[name].perMinute, String(limits[name].perMinute)],
      [RATE_LIMIT_ENV[name].burst, String(limits[name].burst)],
    ]),
  );
