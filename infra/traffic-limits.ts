import type { RouteId } from '../shared/contracts/routes.js';
import type { StageConfig } from './stage-config.js';

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
 * Every traffic number of a stage, from its configuration (`throttles` in infra/stages/<stage>.json); which
 * routes get numbers of their own is the same for every stage and decided here.
 * Stage throttling is per route for all callers together (API Gateway has no per-client limit on HTTP
 * APIs); the web ACL adds the per-client-IP limits, in front of CloudFront.
 */
export const trafficLimitsOf = (throttles: StageConfig['throttles']): TrafficLimits => ({
  api: {
    default: throttles.apiDefault,
    // Health, plans and the OpenAPI document: cheap reads, but anyone may call them.
    public: throttles.apiPublic,
    routes: {
      // Each sign-up creates a tenant and a Cognito user; a real burst is a handful.
      signUp: throttles.signUp,
      // Stripe sends bursts at period close and retries a 429 for days with backoff.
      stripeWebhook: throttles.stripeWebhook,
    },
  },
  waf: {
    anonymousRoutesPer5Minutes: throttles.wafAnonymousPer5Minutes,
    apiPer5Minutes: throttles.wafApiPer5Minutes,
    // Stripe delivers from a few addresses; its requests are signature-checked and throttled at the stage.
    // A status page's JSON is read by many people behind one office address during an outage, and by their scripts;
    // WAF counts what CloudFront answers from its cache too. It stays under the whole-API limit per address. The HTML
    // page keeps the anonymous limit: `/status/*` is outside `/api/`, and random slugs miss the cache, so without it
    // one address could spend the API stage's shared throttle.
    exemptFromAnonymousLimit: ['stripeWebhook', 'getPublicStatus'],
  },
});
