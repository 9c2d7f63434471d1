import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import type { Role } from '../../shared/contracts/roles.js';
import type { IdGenerator } from '../../shared/platform/ports.js';
import type { Tenant, User } from '../../shared/tenancy/model.js';
import type { TenantRepository } from '../../shared/tenancy/ports.js';

/**
 * What tests write straight to the table, the way the repositories store it: an active tenant on the plan
 * `webmaster-eighth` in Berlin, its users, and the audit entry every write carries.
 */
export const testTenant = (ids: IdGenerator, name: string, at: string, id = ids.newId()): Tenant => ({
  id,
  name,
  status: 'active',
  timeZone: 'Europe/Berlin',
  planId: 'webmaster-eighth',
  createdAt: at,
  deletionDueAt: null,
});

export const testUser = (
  ids: IdGenerator,
  user: { tenantId: string | null; role: Role; email: string; at: string; id?: string; name?: string },
): User => ({
  id: user.id ?? ids.newId(),
  tenantId: user.tenantId,
  email: user.email,
  name: user.name ?? user.email.split('@')[0] ?? user.email,
  roles: [user.role],
  createdAt: user.at,
});

/** The audit entry of a test's own write (seeding is a provider-admin's act). */
export const seedAudit = (ids: IdGenerator, tenantId: string | null, at: string): AuditEntry => ({
  id: ids.newId(),
  tenantId,
  at,
  actor: { userId: 'test', email: 'test@opsdesk.local', roles: ['provider-admin'] },
  action: 'test.seeded',
  target: { type: 'test', id: 'seed' },
  details: {},
});

/** A tenant and its customer-admin, written in one transaction as sign-up does. */
export const seedTenantWithAdmin = async (
  tenants: Pick<TenantRepository, 'createTenantWithAdmin'>,
  ids: IdGenerator,
  seed: { name: string; at: string; tenantId?: string; admin?: { id?: string; email?: string; name?: string } },
): Promise<{ tenant: Tenant; admin: User }> => {
  const tenant = testTenant(ids, seed.name, seed.at, seed.tenantId);
  const admin = testUser(ids, {
    tenantId: tenant.id,
    role: 'customer-admin',
    email: seed.admin?.email ?? `admin-${tenant.id}@example.com`,
    at: seed.at,
    ...(seed.admin?.id ? { id: seed.admin.id } : {}),
    name: seed.admin?.name ?? 'Admin',
  });
  await tenants.createTenantWithAdmin({ tenant, admin, audit: seedAudit(ids, tenant.id, seed.at) });
  return { tenant, admin };
};
