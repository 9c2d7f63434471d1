import type { ApiKeyScope } from '../contracts/api-key-scopes.js';
import type { Role } from '../contracts/roles.js';
import { DomainError } from '../errors.js';

/**
 * Who is calling. Every use case receives it explicitly. Customers carry `tenantId`;
 * provider staff (operator, finance, provider-admin) carry none.
 */
export interface Actor {
  userId: string;
  email: string;
  roles: Role[];
  tenantId: string | null;
  /**
   * Set when the call was made with an API key: the actor is then the key's creator (with their current roles),
   * limited to the key's scopes. Every audit entry written during the call names the key (`auditActorOf`).
   */
  apiKey?: { id: string; name: string; scopes: ApiKeyScope[] };
}

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.roles.some((role) => roles.includes(role));

/** The caller's organisation; provider staff have none, and customer routes refuse them. */
export const tenantOf = (actor: Actor, refusal = 'Only members of an organisation can do this.'): string => {
  if (!actor.tenantId) throw new DomainError('AUTH.FORBIDDEN', refusal);
  return actor.tenantId;
};
