import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import type { MeResponse } from './model.js';
import type { TenantRepository } from './ports.js';

/** The caller's own user, tenant (customers) and roles. */
export async function getMe(deps: { tenants: TenantRepository }, actor: Actor): Promise<MeResponse> {
  const user = await deps.tenants.getUser(actor.tenantId, actor.userId);
  if (!user) throw new DomainError('RESOURCE.NOT_FOUND', 'Your user no longer exists.');
  const tenant = actor.tenantId ? await deps.tenants.getTenant(actor.tenantId) : null;
  if (actor.tenantId && !tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'Your organisation no longer exists.');
  return { user, tenant, roles: actor.roles };
}
