import { isCustomerRole, isRole, type Role } from '../../shared/contracts/roles.js';
import { DomainError } from '../../shared/errors.js';
import type { Actor } from '../../shared/platform/actor.js';

export type JwtClaims = Record<string, string | number | boolean | string[]>;

/**
 * API Gateway's JWT authorizer passes array claims as strings such as `[customer-admin operator]`;
 * the local stack passes them the same way. Arrays are accepted too.
 */
const parseGroups = (value: JwtClaims[string] | undefined): string[] => {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return [];
  return value
    .replace(/^\[|\]$/g, '')
    .split(/[\s,]+/)
    .map((group) => group.replace(/^"|"$/g, ''))
    .filter(Boolean);
};

/** Verified claims (Cognito access token, or the dev identity provider's) → the calling Actor. */
export const actorFromClaims = (claims: JwtClaims | undefined): Actor => {
  if (!claims) throw new DomainError('AUTH.UNAUTHENTICATED', 'Sign in: this route needs a bearer token.');
  const userId = String(claims.username ?? claims.sub ?? '');
  if (!userId) throw new DomainError('AUTH.UNAUTHENTICATED', 'The token names no user.');
  const roles = parseGroups(claims['cognito:groups']).filter(isRole) as Role[];
  const tenantClaim = claims['custom:tenantId'];
  const tenantId = typeof tenantClaim === 'string' && tenantClaim ? tenantClaim : null;
  if (roles.some(isCustomerRole) && !tenantId) {
    throw new DomainError('AUTH.FORBIDDEN', 'A customer token must carry its organisation (custom:tenantId).');
  }
  return { userId, email: String(claims.email ?? ''), roles, tenantId };
};
