import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import { DEFAULT_TIME_ZONE, type MeResponse } from './model.js';
import type { TenantRepository } from './ports.js';

/** The zone a staff member set for their own working hours, if any. */
export interface StaffZones {
  zoneOf(staffId: string): Promise<string | null>;
}

/**
 * The caller's own user, tenant (customers), roles and the zone their pages show times in: the organisation's for
 * customers, the staff member's own (their working hours' zone) for staff, else the provider's default.
 */
export async function getMe(
  deps: { tenants: TenantRepository; staffZones: StaffZones },
  actor: Actor,
): Promise<MeResponse> {
  const user = await deps.tenants.getUser(actor.tenantId, actor.userId);
  if (!user) throw new DomainError('RESOURCE.NOT_FOUND', 'Your user no longer exists.');
  const tenant = actor.tenantId ? await deps.tenants.getTenant(actor.tenantId) : null;
  if (actor.tenantId && !tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'Your organisation no longer exists.');
  const timeZone = tenant ? tenant.timeZone : ((await deps.staffZones.zoneOf(user.id)) ?? DEFAULT_TIME_ZONE);
  return { user, tenant, roles: actor.roles, timeZone };
}
