import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoHostRepository } from '../../../../functions/adapters/dynamodb/dynamo-host-repository.js';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { Host } from '../../../../shared/tasks/model.js';
import type { Tenant, User } from '../../../../shared/tenancy/model.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

let table: TestTable;
let hosts: DynamoHostRepository;
let tenants: DynamoTenantRepository;
let n = 0;
const at = '2026-12-06T10:00:00.000Z';

beforeAll(async () => {
  table = await createTestTable();
  hosts = new DynamoHostRepository(table.client, table.tableName);
  tenants = new DynamoTenantRepository(table.client, table.tableName);
});

const audit = (tenantId: string, action: string): AuditEntry => ({
  id: `a-${++n}`,
  tenantId,
  at,
  actor: { userId: 'u', email: 'ada@verein.example', roles: ['customer-admin'] },
  action,
  target: { type: 'tenant', id: tenantId },
  details: {},
});

const newTenant = async (): Promise<Tenant> => {
  const tenant: Tenant = {
    id: `t-${++n}`,
    name: 'Verein',
    status: 'active',
    timeZone: 'Europe/Berlin',
    planId: 'webmaster-eighth',
    createdAt: at,
    deletionDueAt: null,
  };
  const admin: User = {
    id: `u-${++n}`,
    tenantId: tenant.id,
    email: `ada${n}@verein.example`,
    name: 'Ada',
    roles: ['customer-admin'],
    createdAt: at,
  };
  await tenants.createTenantWithAdmin({ tenant, admin, audit: audit(tenant.id, 'tenant.signed_up') });
  return tenant;
};

const host = (tenantId: string, name: string): Host => ({
  id: `mi-${String(++n).padStart(17, '0')}`,
  tenantId,
  name,
  platform: 'Ubuntu',
  agentVersion: '3.3',
  pingStatus: 'Online',
  lastSeenAt: at,
  registeredAt: at,
  ipAddress: null,
  syncedAt: at,
});

describe('the host count on the tenant', () => {
  it('follows the inventory: two registered hosts count two, a removal counts one off', async () => {
    const tenant = await newTenant();
    expect((await tenants.getTenant(tenant.id))?.hostCount).toBeUndefined();
    const web = host(tenant.id, 'web-01');
    const db = host(tenant.id, 'db-01');
    await hosts.replaceAll(tenant.id, [web, db]);
    expect((await tenants.getTenant(tenant.id))?.hostCount).toBe(2);
    expect(await hosts.list(tenant.id)).toHaveLength(2);

    await hosts.remove(web, { ...audit(tenant.id, 'host.deregistered'), target: { type: 'host', id: web.id } });
    expect((await tenants.getTenant(tenant.id))?.hostCount).toBe(1);
    // Removing it again (a sync was quicker) counts nothing off.
    await hosts.remove(web, { ...audit(tenant.id, 'host.deregistered'), target: { type: 'host', id: web.id } });
    expect((await tenants.getTenant(tenant.id))?.hostCount).toBe(1);

    await hosts.replaceAll(tenant.id, []);
    expect((await tenants.getTenant(tenant.id))?.hostCount).toBe(0);
    expect(await hosts.list(tenant.id)).toEqual([]);
  });

  it('writes no count (and no tenant item) for a tenant that does not exist', async () => {
    await hosts.replaceAll('t-gone', [host('t-gone', 'orphan')]);
    expect(await tenants.getTenant('t-gone')).toBeNull();
  });
});

describe('the suspension reason on the tenant', () => {
  it('is stored with the suspension, read back, and cleared by reactivation', async () => {
    const tenant = await newTenant();
    expect((await tenants.getTenant(tenant.id))?.suspendedReason).toBeNull();
    const suspended = await tenants.setTenantStatus({
      tenantId: tenant.id,
      from: ['active'],
      to: 'suspended',
      deletionDueAt: null,
      suspendedReason: 'Two invoices are unpaid.',
      audit: audit(tenant.id, 'tenant.suspended'),
    });
    expect(suspended.suspendedReason).toBe('Two invoices are unpaid.');
    expect((await tenants.getTenant(tenant.id))?.suspendedReason).toBe('Two invoices are unpaid.');

    const active = await tenants.setTenantStatus({
      tenantId: tenant.id,
      from: ['suspended'],
      to: 'active',
      deletionDueAt: null,
      audit: audit(tenant.id, 'tenant.reactivated'),
    });
    expect(active.suspendedReason).toBeNull();
    expect((await tenants.getTenant(tenant.id))?.suspendedReason).toBeNull();
  });
});
