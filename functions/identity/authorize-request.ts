import { randomBytes } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keyScopeOf } from '../../shared/contracts/api-key-scopes.js';
import { scopeForRole } from '../../shared/contracts/roles.js';
import type { RouteAccess } from '../../shared/contracts/route-access.js';
import type { Clock } from '../../shared/platform/ports.js';
import { API_KEY_PATTERN, API_KEY_PREFIX, isApiKeyToken } from '../../shared/tenancy/api-key-format.js';
import type { ApiKeyGenerator, ApiKeyLookup } from '../../shared/tenancy/api-keys.js';
import { DynamoApiKeyRepository } from '../adapters/dynamodb/dynamo-api-key-repository.js';
import { sha256Hex } from '../adapters/system/sha256.js';
import type { JwtClaims } from '../http/actor-from-claims.js';
import { type AuthorizerVerdict, bearerToken, type RequestAuthorizer } from '../http/authorizer-context.js';

export { sha256Hex };

/** Keys from the operating system's random source: `odk_` and 32 bytes in base64url (43 characters). */
export const cryptoApiKeys: ApiKeyGenerator = {
  newKey: () => `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`,
  hash: sha256Hex,
};

/** The authorizer's read of a key: its hash's lookup item (one strongly consistent GetItem). */
export const dynamoApiKeyLookup =
  (client: DynamoDBDocumentClient, tableName: string) =>
  (keyHash: string): Promise<ApiKeyLookup | null> =>
    new DynamoApiKeyRepository(client, tableName).findByHash(keyHash);

export interface AuthorizeRequestDeps {
  /** A person's token (Cognito's access token in AWS, the dev identity's locally): its claims and scopes, or null. */
  verifyToken(token: string): Promise<{ claims: JwtClaims; scopes: string[] } | null>;
  /** An API key's lookup item by its hash, or null (unknown or revoked). */
  findApiKey(keyHash: string): Promise<ApiKeyLookup | null>;
  hash(key: string): string;
  clock: Clock;
}

const unauthenticated = (reason: string): AuthorizerVerdict => ({ outcome: 'unauthenticated', reason });
const forbidden = (reason: string): AuthorizerVerdict => ({ outcome: 'forbidden', reason });

/**
 * The one authorizer of every route that needs a caller (public routes never reach it): the API's Lambda
 * authorizer in AWS (functions/identity/api-authorizer.ts) and the local stack's dispatcher.
 * - A person's token: verified, and one of the route's role scopes (`opsdesk/<role>`) required.
 * - An API key (`odk_…`): looked up by its SHA-256, not expired, and the route's key scope (`keyScopeOf`) among
 *   its scopes; a route no key may call is forbidden. The handler reads the key again on every call (revocation
 *   at once, whatever this verdict's cache remembers) and applies its creator's current roles.
 */
export const authorizeRequest =
  (deps: AuthorizeRequestDeps): RequestAuthorizer =>
  async (definition: RouteAccess, authorization: string | undefined): Promise<AuthorizerVerdict> => {
    if (definition.access === 'public') throw new Error('A public route has no authorizer');
    const token = bearerToken(authorization);
    if (!token) return unauthenticated('Send Authorization: Bearer <token>, or an API key in its place.');
    if (isApiKeyToken(token)) {
      if (!API_KEY_PATTERN.test(token)) return unauthenticated('This is not an Opsdesk API key.');
      const found = await deps.findApiKey(deps.hash(token));
      if (!found) return unauthenticated('Unknown or revoked API key.');
      if (found.expiresAt !== null && Date.parse(found.expiresAt) <= deps.clock.now().getTime()) {
        return unauthenticated(`This API key expired at ${found.expiresAt}.`);
      }
      const scope = keyScopeOf(definition);
      if (!scope) return forbidden('API keys cannot call this route: sign in as a person.');
      if (!found.scopes.includes(scope)) return forbidden(`This API key lacks the scope ${scope}.`);
      return {
        outcome: 'allow',
        context: { kind: 'apiKey', apiKeyId: found.apiKeyId, tenantId: found.tenantId, createdBy: found.createdBy },
      };
    }
    const verified = await deps.verifyToken(token);
    if (!verified) return unauthenticated('Send a valid bearer token: this one is not valid or has expired.');
    const required = definition.access.map(scopeForRole);
    if (!verified.scopes.some((scope) => required.includes(scope))) {
      return forbidden(`This needs one of the roles: ${definition.access.join(', ')}.`);
    }
    return {
      outcome: 'allow',
      context: {
        kind: 'token',
        claims: JSON.stringify(verified.claims),
        userId: String(verified.claims.username ?? verified.claims.sub ?? ''),
      },
    };
  };
