import type { APIGatewayRequestAuthorizerEventV2, APIGatewaySimpleAuthorizerWithContextResult } from 'aws-lambda';
import { GUARDED_ROUTES } from '../../shared/contracts/guarded-routes.generated.js';
import type { RouteAccess } from '../../shared/contracts/route-access.js';
import { createCognitoTokenVerifier } from '../adapters/cognito/cognito-token-verifier.js';
import { SystemClock } from '../adapters/system/system-clock.js';
import { ENV, requireEnv } from '../config/env.js';
import { tableConfig } from '../config/table.js';
import type { AuthorizerContext, RequestAuthorizer } from '../http/authorizer-context.js';
import { logger } from '../observability/logger.js';
import { tracedHandler } from '../observability/tracer.js';
import { authorizeRequest, dynamoApiKeyLookup, sha256Hex } from './authorize-request.js';

/** What API Gateway gets back: allowed with the context the handler reads (`requestContext.authorizer.lambda`), or not. */
export type ApiAuthorizerResult =
  | APIGatewaySimpleAuthorizerWithContextResult<AuthorizerContext>
  | { isAuthorized: false };

/**
 * The routes this authorizer guards, by API Gateway's route key (`GET /api/tasks/{taskId}`): every deployed one that
 * needs a caller, with only its access fields — generated from the manifest (scripts/docs/guarded-routes.ts), so this
 * function, which runs before every call, does not load the manifest's schemas.
 */
export const guardedRoutes = (): ReadonlyMap<string, RouteAccess> => new Map(Object.entries(GUARDED_ROUTES));

/** HTTP API v2 lowercases header names; read it whatever its case, in case a test or a proxy does not. */
const authorizationOf = (event: APIGatewayRequestAuthorizerEventV2): string | undefined => {
  const headers = event.headers ?? {};
  const name = Object.keys(headers).find((candidate) => candidate.toLowerCase() === 'authorization');
  return name ? headers[name] : undefined;
};

/**
 * The HTTP API's Lambda REQUEST authorizer (payload 2.0, simple responses) of every route that needs a caller: a
 * person's Cognito access token or an organisation's API key, both judged by `authorizeRequest`
 * (functions/identity/authorize-request.ts) — the same function the local stack's dispatcher calls.
 *
 * The route comes from `event.routeKey`, matched against the manifest: a route key it does not know (a `$default`
 * request, a route deployed without a manifest entry) is refused. API Gateway caches the answer five minutes per
 * Authorization header AND route key (the identity sources), since a key allowed on one route is not on another;
 * it answers 401 itself when the header is missing and 403 when this says no. An allowed key is still read again
 * by the handler on every request, so revocation and expiry take effect at once despite the cache.
 *
 * Failures of the token's key set or of the table are thrown, not refused: API Gateway then answers 500 and caches
 * nothing, where a refusal would lock a valid caller out for the cache's five minutes.
 */
export const createApiAuthorizer = (
  authorize: RequestAuthorizer,
  routes: ReadonlyMap<string, RouteAccess> = guardedRoutes(),
) => {
  return async (event: APIGatewayRequestAuthorizerEventV2): Promise<ApiAuthorizerResult> => {
    const definition = routes.get(event.routeKey);
    if (!definition) {
      logger.warn('Refused: the API authorizer does not guard this route', { routeKey: event.routeKey });
      return { isAuthorized: false };
    }
    const verdict = await authorize(definition, authorizationOf(event));
    if (verdict.outcome === 'allow') return { isAuthorized: true, context: verdict.context };
    // Never the token or key itself (the logger redacts credentials too); the reason says which check failed.
    logger.info('Refused', { routeKey: event.routeKey, outcome: verdict.outcome, reason: verdict.reason });
    return { isAuthorized: false };
  };
};

let authorizer: RequestAuthorizer | undefined;

/**
 * The AWS wiring, built at the first request of a container (not at import, so tests can import this module): the
 * Cognito verifier of the pool's access tokens (USER_POOL_ID, USER_POOL_CLIENT_IDS) and the table's key lookup
 * (TABLE_NAME; the function may read `P#APIKEY#…` items only).
 */
const awsAuthorizer = (): RequestAuthorizer => {
  authorizer ??= (() => {
    const clock = new SystemClock();
    const verifyToken = createCognitoTokenVerifier({
      userPoolId: requireEnv(ENV.userPoolId),
      clientIds: requireEnv(ENV.userPoolClientIds).split(',').filter(Boolean),
      clock,
    });
    const { client, tableName } = tableConfig();
    return authorizeRequest({ verifyToken, findApiKey: dynamoApiKeyLookup(client, tableName), hash: sha256Hex, clock });
  })();
  return authorizer;
};

const authorizeInAws = createApiAuthorizer((definition, authorization) => awsAuthorizer()(definition, authorization));

export const handler = (event: APIGatewayRequestAuthorizerEventV2): Promise<ApiAuthorizerResult> =>
  tracedHandler(() => authorizeInAws(event));
