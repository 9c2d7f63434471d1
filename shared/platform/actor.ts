import type { Role } from '../contracts/roles.js';

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
