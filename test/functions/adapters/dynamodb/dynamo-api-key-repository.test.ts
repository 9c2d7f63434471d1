import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoApiKeyRepository } from '../../../../functions/adapters/dynamodb/dynamo-api-key-repository.js';
import { DynamoTenantRepository } from '../../../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { RandomIds } from '../../../../functions/adapters/system/random-ids.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { StoredApiKey } from '../../../../shared/tenancy/api-keys.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';
import { seedTenantWithAdmin } from '../../../support/seed.js';

let table: TestTable;
let apiKeys: DynamoApiKeyRepository;
let tenants: DynamoTenantRepository;
const ids = new RandomIds();
const at = '2026-11-18T09:30:00.000Z';
let n = 0;

beforeAll(async () => {
  table = await createTestTable();
  apiKeys = new DynamoApiKeyRepository(table.client, table.tableName);
  tenants = new DynamoTenantRepository(table.client, table.tableName);
});

const audit = (tenantId: string, action: string, when = at): AuditEntry => ({
  id: ids.newId(),
  tenantId,
  at: when,
  actor: { userId: 'u', email: 'kim@verein.example', roles: ['customer-admin'] },
  action,
  target: { type: 'api_key', id: 'k' },
  details: {},
});

const newKey = (tenantId: string, createdBy: string, overrides: Partial<StoredApiKey> = {}): StoredApiKey => {
  n += 1;
  return {
    id: `0mwlx78w${n}-0000000000${String(n).padStart(2, '0')}`,
    tenantId,
    name: `Key ${n}`,
    scopes: ['tasks:read'],
    prefix: 'odk_AbCd1234',
    createdAt: at,
    createdBy: { userId: createdBy },
    expiresAt: null,
    lastUsedAt: null,
    keyHash: `${String(n).padStart(2, '0')}${'ab'.repeat(31)}`,
    ...overrides,
  };
};

const organisation = async () => seedTenantWithAdmin(tenants, ids, { name: 'Verein', at });

describe('DynamoApiKeyRepository', () => {
  it('writes the key, its hash’s lookup and the audit entry at once; finds the key by its hash', async () => {
    const { tenant, admin } = await organisation();
    const key = newKey(tenant.id, admin.id, {
      scopes: ['tasks:read', 'tasks:write'],
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
    await apiKeys.create({ key, audit: audit(tenant.id, 'api_key.created') });
    expect(await apiKeys.findByHash(key.keyHash)).toEqual({
      tenantId: tenant.id,
      apiKeyId: key.id,
      createdBy: admin.id,
      scopes: ['tasks:read', 'tasks:write'],
      expiresAt: '2027-01-01T00:00:00.000Z',
    });
    expect(await apiKeys.get(tenant.id, key.id)).toEqual(key);
    expect(await apiKeys.count(tenant.id)).toBe(1);
    const items = await table.items();
    expect(items.filter((item) => item.pk === `P#APIKEY#${key.keyHash}`)).toHaveLength(1);
    expect(items.filter((item) => item.pk === `T#${tenant.id}` && item.sk === `APIKEY#${key.id}`)).toHaveLength(1);
    expect(items.some((item) => item.action === 'api_key.created' && item.tenantId === tenant.id)).toBe(true);
    expect(await apiKeys.findByHash('ff'.repeat(32))).toBeNull();
  });

  it('refuses a second key of the same hash and writes nothing of it', async () => {
    const { tenant, admin } = await organisation();
    const first = newKey(tenant.id, admin.id);
    await apiKeys.create({ key: first, audit: audit(tenant.id, 'api_key.created') });
    const clash = newKey(tenant.id, admin.id, { keyHash: first.keyHash });
    await expect(apiKeys.create({ key: clash, audit: audit(tenant.id, 'api_key.created') })).rejects.toMatchObject({
      code: 'STATE.CONFLICT',
    });
    expect(await apiKeys.get(tenant.id, clash.id)).toBeNull();
  });

  it('lists a tenant’s keys newest first and no other tenant’s', async () => {
    const a = await organisation();
    const b = await organisation();
    const older = newKey(a.tenant.id, a.admin.id, { id: '0mwlx78w0-aaaaaaaaaaaa' });
    const newer = newKey(a.tenant.id, a.admin.id, { id: '0mwlx78w9-aaaaaaaaaaaa' });
    const other = newKey(b.tenant.id, b.admin.id);
    for (const key of [older, newer, other])
      await apiKeys.create({ key, audit: audit(key.tenantId, 'api_key.created') });
    expect((await apiKeys.list(a.tenant.id)).map((key) => key.id)).toEqual([newer.id, older.id]);
    expect(await apiKeys.get(b.tenant.id, older.id)).toBeNull();
  });

  it('revokes both items with the audit entry; a second revocation is 404', async () => {
    const { tenant, admin } = await organisation();
    const key = newKey(tenant.id, admin.id);
    await apiKeys.create({ key, audit: audit(tenant.id, 'api_key.created') });
    await apiKeys.revoke({ key, audit: audit(tenant.id, 'api_key.revoked') });
    expect(await apiKeys.findByHash(key.keyHash)).toBeNull();
    expect(await apiKeys.get(tenant.id, key.id)).toBeNull();
    expect(await tenants.findKeyCaller(tenant.id, key.id, admin.id)).toBeNull();
    await expect(apiKeys.revoke({ key, audit: audit(tenant.id, 'api_key.revoked') })).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
  });

  it('audits every use and writes lastUsedAt at most once a minute; nothing of a key that is gone', async () => {
    const { tenant, admin } = await organisation();
    const key = newKey(tenant.id, admin.id);
    await apiKeys.create({ key, audit: audit(tenant.id, 'api_key.created') });
    const use = (when: string) =>
      apiKeys.recordUse({
        tenantId: tenant.id,
        apiKeyId: key.id,
        at: when,
        audit: audit(tenant.id, 'api_key.used', when),
      });
    await use('2026-11-18T09:31:00.000Z');
    await use('2026-11-18T09:31:30.000Z');
    expect((await apiKeys.get(tenant.id, key.id))?.lastUsedAt).toBe('2026-11-18T09:31:00.000Z');
    await use('2026-11-18T09:32:00.000Z');
    expect((await apiKeys.get(tenant.id, key.id))?.lastUsedAt).toBe('2026-11-18T09:32:00.000Z');
    const used = (await table.items()).filter((item) => item.action === 'api_key.used' && item.tenantId === tenant.id);
    expect(used).toHaveLength(3);
    await apiKeys.revoke({ key, audit: audit(tenant.id, 'api_key.revoked') });
    await use('2026-11-18T09:40:00.000Z');
    expect(await apiKeys.get(tenant.id, key.id)).toBeNull();
  });
});

describe('API keys in the tenant repository', () => {
  it('finds a key’s caller (key, creator, tenant) in one read, and none when the creator is gone', async () => {
    const { tenant, admin } = await organisation();
    const key = newKey(tenant.id, admin.id);
    await apiKeys.create({ key, audit: audit(tenant.id, 'api_key.created') });
    expect(await tenants.findKeyCaller(tenant.id, key.id, admin.id)).toMatchObject({
      key: { id: key.id, tenantId: tenant.id, keyHash: key.keyHash },
      user: { id: admin.id, tenantId: tenant.id },
      tenant: { id: tenant.id },
    });
    expect(await tenants.findKeyCaller(tenant.id, key.id, 'someone-else')).toBeNull();
  });

  it('exports keys without their hash and purges their lookup items with the tenant', async () => {
    const { tenant, admin } = await organisation();
    const key = newKey(tenant.id, admin.id);
    await apiKeys.create({ key, audit: audit(tenant.id, 'api_key.created') });
    const exported = await tenants.exportTenantData(tenant.id);
    expect(exported.api_key).toEqual([expect.objectContaining({ id: key.id, name: key.name })]);
    expect(JSON.stringify(exported)).not.toContain(key.keyHash);
    await tenants.purgeTenant(tenant, audit(tenant.id, 'tenant.purged'));
    expect(await apiKeys.findByHash(key.keyHash)).toBeNull();
    expect((await table.items()).some((item) => String(item.pk).includes(key.keyHash))).toBe(false);
  });
});
