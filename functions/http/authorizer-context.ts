import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RouteAccess } from '../../shared/contracts/route-access.js';
import type { JwtClaims } from './actor-from-claims.js';

/**
 * How the gateway tells a handler who called. One authorizer runs for every route that needs a caller — the
 * API's Lambda authorizer in AWS (functions/identity/api-authorizer.ts), the dispatcher in the local stack — and
 * both use `authorizeRequest` (functions/identity/authorize-request.ts). It passes its verdict as the Lambda
 * authorizer's context (`requestContext.authorizer.lambda`), flat strings only:
 *
 * - a person's token: `{ kind: 'token', claims: <the verified claims as JSON>, userId }` (the user id, flat, for the
 *   access log);
 * - an API key: `{ kind: 'apiKey', apiKeyId, tenantId, createdBy }` (the key's creator, whose current roles it acts with).
 *
 * The handler trusts the identity only and reads everything else from the table on every request (users:
 * resolve-caller.ts; keys: the key item itself, so a revoked key is refused at once).
 */
export type AuthorizerContext =
  | { kind: 'token'; claims: string; userId: string }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string; createdBy: string };

export type CallerCredential =
  | { kind: 'token'; claims: JwtClaims }
  | { kind: 'apiKey'; apiKeyId: string; tenantId: string; createdBy: string };

/** The token of an `Authorization: Bearer <token>` header (a person's JWT or an API key), or undefined. */
export const bearerToken = (authorization: string | undefined): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];

/**
 * The caller's credential as the authorizer verified it, or null when none came (public routes). Also reads
 * API Gateway's JWT authorizer shape (`authorizer.jwt.claims`), which unit tests build.
 */
export const credentialOf = (event: APIGatewayProxyEventV2): CallerCredential | null => {
  const authorizer = (event.requestContext as { authorizer?: { jwt?: { claims?: JwtClaims }; lambda?: unknown } })
    .authorizer;
  if (authorizer?.jwt?.claims) return { kind: 'token', claims: authorizer.jwt.claims };
  const context = authorizer?.lambda as Partial<Record<string, unknown>> | undefined;
  if (context?.kind === 'token' && typeof context.claims === 'string') {
    return { kind: 'token', claims: JSON.parse(context.claims) as JwtClaims };
  }
  if (
    context?.kind === 'apiKey' &&
    typeof context.apiKeyId === 'string' &&
    typeof context.tenantId === 'string' &&
    typeof context.createdBy === 'string'
  ) {
    return { kind: 'apiKey', apiKeyId: context.apiKeyId, tenantId: context.tenantId, createdBy: context.createdBy };
  }
  return null;
};

/**
 * The authorizer's verdict for one request to one route:
 * - `unauthenticated`: no credential, or one that is not valid (unknown, expired, revoked key; bad token);
 * - `forbidden`: a valid credential without the route's scope (a token's role scopes; a key's scopes);
 * - `allow`, with the context the handler receives.
 */
export type AuthorizerVerdict =
  | { outcome: 'allow'; context: AuthorizerContext }
  | { outcome: 'unauthenticated'; reason: string }
  | { outcome: 'forbidden'; reason: string };

/** `authorizeRequest` bound to its verifiers: the one function both gateways call. */
export type RequestAuthorizer = (
  definition: RouteAccess,
  authorization: string | undefined,
) => Promise<AuthorizerVerdict>;
