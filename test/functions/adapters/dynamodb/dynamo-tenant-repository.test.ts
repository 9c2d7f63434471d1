import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { Tenant, User } from '../../../../shared/tenancy/model.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

let table: TestTable;
let repository: DynamoTenantRepository;
let n = 0;

beforeAll(async () => {
  table = await createTestTable();
  repository = new DynamoTenantRepository(table.client, table.tableName);
});

const at = '2026-11-21T10:00:00.000Z';
const fixture = (email = `user${++n}@example.com`) => {
  const tenant: Tenant = {
    id: `t-${++n}`,
    name: 'Verein',
    status: 'active',
    timeZone: 'Europe/Berlin',
    planId: null,
    deletionDueAt: null,
    suspendedReason: null,
    createdAt: at,
  };
  const admin: User = {
    id: `u-${++n}`,
    tenantId: tenant.id,
    email,
    name: 'Ada',
    roles: ['customer-admin'],
    createdAt: at,
  };
  const audit: AuditEntry = {
    id: `a-${++n}`,
    tenantId: tenant.id,
    at,
    actor: { userId: admin.id, email, roles: admin.roles },
    action: 'tenant.signed_up',
    target: { type: 'tenant', id: tenant.id },
    details: {},
  };
  return { tenant, admin, audit };
};

describe('DynamoTenantRepository on DynamoDB Local', () => {
  it('creates a tenant with its admin and reads both back, also by e-mail', async () => {
    const { tenant, admin, audit } = fixture();
    await repository.createTenantWithAdmin({ tenant, admin, audit });
    expect(await repository.getTenant(tenant.id)).toEqual(tenant);
    expect(await repository.getUser(tenant.id, admin.id)).toEqual(admin);
    expect(await repository.findUserByEmail(admin.email)).toEqual(admin);
  });

  it('keys every tenant-owned item under T#<tenantId> and stores entity and schema version', async () => {
    const { tenant, admin, audit } = fixture();
    await repository.createTenantWithAdmin({ tenant, admin, audit });
    const items = (await table.items()).filter((item) => item.tenantId === tenant.id || item.id === tenant.id);
    for (const item of items.filter((i) => i.entity !== 'email')) expect(String(item.pk)).toBe(`T#${tenant.id}`);
    expect(items.every((item) => typeof item.entity === 'string' && item.v === 1)).toBe(true);
  });

  it('refuses a taken e-mail and writes nothing of the second tenant (one transaction)', async () => {
    const first = fixture('same@example.com');
    await repository.createTenantWithAdmin(first);
    const second = fixture('same@example.com');
    await expect(repository.createTenantWithAdmin(second)).rejects.toMatchObject({ code: 'USER.ALREADY_EXISTS' });
    expect(await repository.getTenant(second.tenant.id)).toBeNull();
    expect(await repository.getUser(second.tenant.id, second.admin.id)).toBeNull();
  });

  it('deletes everything a failed sign-up wrote', async () => {
    const created = fixture();
    const before = (await table.items()).length;
    await repository.createTenantWithAdmin(created);
    await repository.deleteTenantWithAdmin(created);
    expect((await table.items()).length).toBe(before);
    expect(await repository.findUserByEmail(created.admin.email)).toBeNull();
  });

  it('adds staff and tenant users; a user of a tenant that does not exist is refused', async () => {
    const { tenant, admin, audit } = fixture();
    await repository.createTenantWithAdmin({ tenant, admin, audit });
    const staff: User = {
      id: `s-${++n}`,
      tenantId: null,
      email: `staff${n}@opsdesk.local`,
      name: 'Otto',
      roles: ['operator'],
      createdAt: at,
    };
    await repository.createUser(staff, { ...audit, id: `a-${++n}`, tenantId: null });
    expect(await repository.findUserByEmail(staff.email)).toEqual(staff);
    expect(await repository.getUser(tenant.id, staff.id)).toBeNull();

    const member: User = { ...admin, id: `m-${++n}`, email: `member${n}@example.com`, roles: ['customer-member'] };
    await repository.createUser(member, { ...audit, id: `a-${++n}` });
    expect(await repository.getUser(tenant.id, member.id)).toEqual(member);

    const orphan: User = { ...member, id: `o-${++n}`, tenantId: 'no-such-tenant', email: `orphan${n}@example.com` };
    await expect(
      repository.createUser(orphan, { ...audit, id: `a-${++n}`, tenantId: 'no-such-tenant' }),
    ).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
    expect(await repository.findUserByEmail(orphan.email)).toBeNull();
  });

  it('returns null for unknown tenants, users and e-mails', async () => {
    expect(await repository.getTenant('nope')).toBeNull();
    expect(await repository.getUser(null, 'nope')).toBeNull();
    expect(await repository.findUserByEmail('nobody@example.com')).toBeNull();
  });

  it('finds a caller (user and organisation) in one read, and no one once either is gone', async () => {
    const { tenant, admin, audit } = fixture();
    await repository.createTenantWithAdmin({ tenant, admin, audit });
    expect(await repository.findCaller(tenant.id, admin.id)).toEqual({ user: admin, tenant });
    expect(await repository.findCaller('t-other', admin.id)).toBeNull();
    expect(await repository.findCaller(tenant.id, 'u-nobody')).toBeNull();
    const staff: User = {
      ...admin,
      id: `u-staff-${++n}`,
      tenantId: null,
      email: `op${n}@opsdesk.local`,
      roles: ['operator'],
    };
    await repository.createUser(staff, { ...audit, id: `a-${++n}`, tenantId: null });
    expect(await repository.findCaller(null, staff.id)).toEqual({ user: staff, tenant: null });
  });

  it('keeps a suspension’s reason while the tenant waits for deletion, and shows it only then and while suspended', async () => {
    const { tenant, admin, audit } = fixture();
    await repository.createTenantWithAdmin({ tenant, admin, audit });
    const move = (from: Tenant['status'][], to: Tenant['status'], suspendedReason: string | null) =>
      repository.setTenantStatus({
        tenantId: tenant.id,
        from,
        to,
        deletionDueAt: to === 'pending_deletion' ? '2026-12-21T10:00:00.000Z' : null,
        audit: { ...audit, id: `a-${++n}`, action: `tenant.${to}` },
        suspendedReason,
      });
    await move(['active'], 'suspended', 'Unpaid.');
    await move(['suspended'], 'pending_deletion', 'Unpaid.');
    expect(await repository.getTenant(tenant.id)).toMatchObject({
      status: 'pending_deletion',
      suspendedReason: 'Unpaid.',
    });
    await move(['pending_deletion'], 'active', 'ignored');
    expect(await repository.getTenant(tenant.id)).toMatchObject({ status: 'active', suspendedReason: null });
  });
});
