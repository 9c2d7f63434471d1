import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import type { User } from './model.js';
import type { TenantRepository } from './ports.js';

/**
 * One user of the caller's own tenant. Another tenant's user id is "not found", never "forbidden":
 * the lookup is keyed by the caller's tenant, so another tenant's user cannot even be read.
 */
export async function getTenantUser(deps: { tenants: TenantRepository }, actor: Actor, userId: string): Promise<User> {
  const user = actor.tenantId ? await deps.tenants.getUser(actor.tenantId, userId) : null;
  if (!user) throw new DomainError('RESOURCE.NOT_FOUND', `No user ${userId} in your organisation.`);
  return user;
}
