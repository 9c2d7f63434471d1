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
}

export const hasAnyRole = (actor: Actor, roles: readonly Role[]): boolean =>
  actor.roles.some((role) => roles.includes(role));

/** The caller's organisation; provider staff have none, and customer routes refuse them. */
export const tenantOf = (actor: Actor, refusal = 'Only members of an organisation can do this.'): string => {
  if (!actor.tenantId) throw new DomainError('AUTH.FORBIDDEN', refusal);
  return actor.tenantId;
};
