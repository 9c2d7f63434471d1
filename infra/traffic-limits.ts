import type { RouteId } from '../shared/contracts/routes.js';

/** API Gateway throttling: requests per second across all callers (steady rate) and the bucket size (burst). */
export interface Throttle {
  rateLimit: number;
  burstLimit: number;
}

export interface TrafficLimits {
  api: {
    /** The stage's default: every route not listed below. */
    default: Throttle;
    /** Anonymous routes (`access: 'public'` in the manifest), each on its own, unless listed in `routes`. */
    public: Throttle;
    /** By manifest route id: anonymous routes that need their own numbers. */
    routes: Partial<Record<RouteId, Throttle>>;
  };
  waf: {
    /** Requests per client IP in any 5 minutes on the anonymous routes (sign-up, plans, health, OpenAPI). */
    anonymousRoutesPer5Minutes: number;
    /** Requests per client IP in any 5 minutes on the whole API (`/api/`). */
    apiPer5Minutes: number;
    /** Anonymous routes left to the whole-API limit only. */
    exemptFromAnonymousLimit: readonly RouteId[];
  };
}

/**
 * Every traffic number of the deployment in one place (issue 11); per-stage values come later.
 * Stage throttling is per route for all callers together (API Gateway has no per-client limit on HTTP
 * APIs); the web ACL adds the per-client-IP limits, in front of CloudFront.
 */
export const TRAFFIC_LIMITS = {
  api: {
    default: { rateLimit: 50, burstLimit: 100 },
    // Health, plans and the OpenAPI document: cheap reads, but anyone may call them.
    public: { rateLimit: 10, burstLimit: 20 },
    routes: {
      // Each sign-up creates a tenant and a Cognito user; a real burst is a handful.
      signUp: { rateLimit: 2, burstLimit: 5 },
      // Stripe sends bursts at period close and retries a 429 for days with backoff.
      stripeWebhook: { rateLimit: 20, burstLimit: 40 },
    },
  },
  waf: {
    anonymousRoutesPer5Minutes: 100,
    apiPer5Minutes: 3000,
    // Stripe delivers from a few addresses; its requests are signature-checked and throttled at the stage.
    exemptFromAnonymousLimit: ['stripeWebhook'],
  },
} as const satisfies TrafficLimits;
