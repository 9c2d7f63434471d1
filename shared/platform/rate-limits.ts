import type { RouteDefinition } from '../contracts/routes.js';

/**
 * Rate limits of the application (issue 11): token buckets per tenant (customers), per user (staff) and per
 * client IP (anonymous callers), kept in the table and checked by createHttpHandler on writes. API Gateway's
 * stage throttling and the web ACL's per-IP rules sit in front (infra/traffic-limits.ts); these are the
 * per-caller limits those cannot express.
 */

/** A token bucket: `perMinute` requests a minute on average, and up to `burst` at once from a rested bucket. */
export interface RateLimit {
  perMinute: number;
  burst: number;
}

export interface RateLimits {
  /** POST, PUT, PATCH and DELETE of a signed-in caller: per tenant (customers) or per user (staff). */
  writes: RateLimit;
  /** Task requests and approvals (each one SSM commands or an operator's time), instead of `writes`. */
  taskRequests: RateLimit;
  /** Anonymous writes, per client IP: sign-up (a tenant, an identity and an e-mail each) is the only one. */
  anonymousWrites: RateLimit;
}

export type RateLimitName = keyof RateLimits;

/**
 * The defaults: the functions read overrides from the environment (functions/config/rate-limits.ts), which CDK
 * and the local stack set from these numbers. A person clicking through the web app never reaches them.
 */
export const RATE_LIMITS = {
  writes: { perMinute: 60, burst: 30 },
  taskRequests: { perMinute: 10, burst: 10 },
  anonymousWrites: { perMinute: 5, burst: 5 },
} as const satisfies RateLimits;

/**
 * The bucket a route's requests take a token from: the manifest's `rateLimit` where it names one; otherwise none
 * for reads, and for writes by signed-in or anonymous callers theirs.
 */
export const rateLimitOf = (
  definition: Pick<RouteDefinition, 'method' | 'access' | 'rateLimit'>,
): RateLimitName | null => {
  if (definition.rateLimit) return definition.rateLimit === 'none' ? null : definition.rateLimit;
  if (definition.method === 'GET') return null;
  return definition.access === 'public' ? 'anonymousWrites' : 'writes';
};

/** Whose bucket: a tenant's (all its users together), a staff member's, or a client address's. */
export type RateBucketOwner =
  | { kind: 'tenant'; tenantId: string }
  | { kind: 'staff'; userId: string }
  | { kind: 'ip'; ip: string };

export interface RateBucket {
  owner: RateBucketOwner;
  name: RateLimitName;
}

export interface RateDecision {
  allowed: boolean;
  /** The bucket's theoretical arrival time after this request (unchanged when refused), in epoch ms. */
  tat: number;
  /** 0 when allowed; else how long until a request would be allowed. */
  retryAfterMs: number;
}

/** Takes one token from a bucket, atomically, or says when there will be one. */
export interface RateLimiter {
  take(bucket: RateBucket, limit: RateLimit): Promise<RateDecision>;
}

/** GCRA's spacing between requests in whole milliseconds, rounded up: never faster than the configured rate. */
export const emissionIntervalMs = (limit: RateLimit): number => Math.ceil(60_000 / limit.perMinute);

/**
 * The generic cell rate algorithm, the exact token bucket in one number: the bucket's theoretical arrival time
 * `tat` (null or in the past: rested, all `burst` tokens there). A request at `now` is allowed if
 * `max(tat, now) + T − now ≤ burst × T` (T the emission interval), and then moves `tat` to `max(tat, now) + T`;
 * refused, it leaves `tat` alone and waits `max(tat, now) + T − now − burst × T`.
 */
export const gcra = (tat: number | null, now: number, limit: RateLimit): RateDecision => {
  const interval = emissionIntervalMs(limit);
  const next = Math.max(tat ?? now, now) + interval;
  const over = next - now - limit.burst * interval;
  return over > 0
    ? { allowed: false, tat: tat ?? now, retryAfterMs: over }
    : { allowed: true, tat: next, retryAfterMs: 0 };
};

/**
 * What one conditional write needs to apply `gcra` without reading first: a rested bucket (`tat ≤ now` or
 * none) gets `tat = now + T`; a busy one (`now < tat ≤ admitUpTo`) gets `tat = tat + T`; above `admitUpTo`
 * it is refused. `expiresAtMs` bounds any `tat` written at `now`: past it the bucket is rested, so TTL may
 * delete it.
 */
export const gcraBounds = (now: number, limit: RateLimit) => {
  const interval = emissionIntervalMs(limit);
  return {
    interval,
    restedTat: now + interval,
    admitUpTo: now + (limit.burst - 1) * interval,
    expiresAtMs: now + limit.burst * interval,
  };
};

/** `Retry-After` in whole seconds, at least 1. */
export const retryAfterSeconds = (retryAfterMs: number): number => Math.max(1, Math.ceil(retryAfterMs / 1000));
