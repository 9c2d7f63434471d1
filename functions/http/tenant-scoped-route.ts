import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { RouteDefinition } from '../../shared/contracts/routes.js';
import { runInTenantScope } from '../adapters/dynamodb/tenant-scope.js';
import { actorFromClaims } from './actor-from-claims.js';
import { credentialOf } from './authorizer-context.js';

/**
 * The organisation the verified credential names, if any: a token's `custom:tenantId` claim, an API key's tenant
 * (from its lookup item). Staff tokens and malformed claims: none.
 */
const claimedTenantId = (event: APIGatewayProxyEventV2): string | null => {
  try {
    const credential = credentialOf(event);
    if (!credential) return null;
    if (credential.kind === 'apiKey') return credential.tenantId;
    return actorFromClaims(credential.claims).tenantId;
  } catch {
    return null; // authentication refuses it (401/403) before any data is read
  }
};

/**
 * A route's handler, run in the scope of the tenant its caller's verified credential names — from caller
 * resolution on, which refuses (401) a caller whose stored tenant differs. Every table call of the request
 * is then limited to that tenant's keys (and, in AWS, made with its credentials). Public routes (sign-up,
 * webhooks) and staff callers run outside any tenant's scope, with the function's own grants.
 */
export const tenantScopedRoute =
  <R>(definition: RouteDefinition, handler: (event: APIGatewayProxyEventV2) => Promise<R>) =>
  (event: APIGatewayProxyEventV2): Promise<R> => {
    // Local-only dev tools (never deployed) read provider-owned dev data, such as the mailbox, and filter it
    // by the caller's tenant in code; every deployed route with a customer caller runs in the scope.
    const tenantId = definition.access === 'public' || definition.localOnly ? null : claimedTenantId(event);
    return tenantId
      ? runInTenantScope(tenantId, () => handler(event), event.requestContext?.requestId)
      : handler(event);
  };
