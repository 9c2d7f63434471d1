import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import type { Actor } from '../../../shared/platform/actor.js';
import {
  type ApiKeyDeps,
  type ApiKeyLookup,
  type ApiKeyRepository,
  createApiKey,
  listApiKeys,
  MAX_API_KEY_LIFETIME_DAYS,
  MAX_API_KEYS_PER_TENANT,
  recordApiKeyUse,
  revokeApiKey,
  type StoredApiKey,
} from '../../../shared/tenancy/api-keys.js';
import type { User } from '../../../shared/tenancy/model.js';

const NOW = new Date('2026-11-18T09:30:00.000Z');

/** A repository in memory that keeps what it was given, audit entries included. */
const memoryKeys = () => {
  const stored = new Map<string, StoredApiKey>();
  const audit: AuditEntry[] = [];
  const uses: { tenantId: string; apiKeyId: string; at: string }[] = [];
  const repository: ApiKeyRepository = {
    create: async ({ key, audit: entry }) => {
      stored.set(`${key.tenantId}/${key.id}`, key);
      audit.push(entry);
    },
    count: async (tenantId) => [...stored.values()].filter((key) => key.tenantId === tenantId).length,
    list: async (tenantId) =>
      [...stored.values()].filter((key) => key.tenantId === tenantId).sort((a, b) => (a.id < b.id ? 1 : -1)),
    get: async (tenantId, id) => stored.get(`${tenantId}/${id}`) ?? null,
    revoke: async ({ key, audit: entry }) => {
      stored.delete(`${key.tenantId}/${key.id}`);
      audit.push(entry);
    },
    findByHash: async (hash): Promise<ApiKeyLookup | null> => {
      const key = [...stored.values()].find((candidate) => candidate.keyHash === hash);
      return key
        ? {
            tenantId: key.tenantId,
            apiKeyId: key.id,
            createdBy: key.createdBy.userId,
            scopes: key.scopes,
            expiresAt: key.expiresAt,
          }
        : null;
    },
    recordUse: async ({ tenantId, apiKeyId, at, audit: entry }) => {
      uses.push({ tenantId, apiKeyId, at });
      audit.push(entry);
    },
  };
  return { repository, stored, audit, uses };
};

const kim: User = {
  id: 'user-kim',
  tenantId: 'tenant-a',
  email: 'kim@verein.example',
  name: 'Kim Nord',
  roles: ['customer-admin'],
  createdAt: NOW.toISOString(),
};
const admin: Actor = { userId: kim.id, email: kim.email, roles: ['customer-admin'], tenantId: 'tenant-a' };

const setup = (now = NOW) => {
  const keys = memoryKeys();
  let n = 0;
  let made = 0;
  const deps: ApiKeyDeps = {
    apiKeys: keys.repository,
    keyGenerator: {
      newKey: () => `odk_${String(++made).padStart(43, 'k')}`,
      hash: (key) => `h:${Buffer.from(key).toString('hex')}`,
    },
    tenants: { getUser: async (tenantId, userId) => (tenantId === kim.tenantId && userId === kim.id ? kim : null) },
    clock: { now: () => now },
    ids: { newId: () => `${String(++n).padStart(8, '0')}-0000-4000-8000-000000000000` },
  };
  return { deps, ...keys };
};

describe('createApiKey', () => {
  it('answers the key once and stores only its hash, a prefix and who made it; the audit entry names no secret', async () => {
    const { deps, stored, audit } = setup();
    const created = await createApiKey(deps, admin, { name: 'Deploy pipeline', scopes: ['tasks:read', 'tasks:write'] });
    expect(created.key).toMatch(/^odk_/);
    expect(created).toMatchObject({
      name: 'Deploy pipeline',
      scopes: ['tasks:read', 'tasks:write'],
      prefix: created.key.slice(0, 12),
      createdBy: { userId: kim.id, name: 'Kim Nord' },
      createdAt: NOW.toISOString(),
      expiresAt: null,
      lastUsedAt: null,
    });
    const [kept] = [...stored.values()];
    expect(kept?.keyHash).toBe(`h:${Buffer.from(created.key).toString('hex')}`);
    expect(JSON.stringify(kept)).not.toContain(created.key);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      action: 'api_key.created',
      tenantId: 'tenant-a',
      target: { type: 'api_key', id: created.id, name: 'Deploy pipeline' },
      details: { name: 'Deploy pipeline', scopes: ['tasks:read', 'tasks:write'] },
    });
    expect(JSON.stringify(audit)).not.toContain(created.key);
    expect(JSON.stringify(audit)).not.toContain('h:');
  });

  it('gives ids that sort by creation time', async () => {
    const first = setup(new Date('2026-11-18T09:30:00.000Z'));
    const a = await createApiKey(first.deps, admin, { name: 'A', scopes: ['tasks:read'] });
    const later = setup(new Date('2026-11-18T09:30:01.000Z'));
    const b = await createApiKey(later.deps, admin, { name: 'B', scopes: ['tasks:read'] });
    expect(b.id > a.id).toBe(true);
  });

  it('refuses an expiry in the past or over the longest lifetime (422 on body.expiresAt), and keeps one within it', async () => {
    const { deps } = setup();
    for (const expiresAt of [
      '2026-11-18T09:30:00.000Z',
      '2020-01-01T00:00:00Z',
      new Date(NOW.getTime() + (MAX_API_KEY_LIFETIME_DAYS + 1) * 86_400_000).toISOString(),
    ]) {
      await expect(createApiKey(deps, admin, { name: 'x', scopes: ['tasks:read'], expiresAt })).rejects.toMatchObject({
        code: 'REQUEST.INVALID',
        errors: [{ path: 'body.expiresAt' }],
      });
    }
    const latest = new Date(NOW.getTime() + MAX_API_KEY_LIFETIME_DAYS * 86_400_000).toISOString();
    const created = await createApiKey(deps, admin, { name: 'x', scopes: ['tasks:read'], expiresAt: latest });
    expect(created.expiresAt).toBe(latest);
  });

  it(`refuses a key over the ${MAX_API_KEYS_PER_TENANT} an organisation may have with 409, saying what to do`, async () => {
    const { deps } = setup();
    for (let i = 0; i < MAX_API_KEYS_PER_TENANT; i++) {
      await createApiKey(deps, admin, { name: `key ${i}`, scopes: ['tasks:read'] });
    }
    const refused = createApiKey(deps, admin, { name: 'one too many', scopes: ['tasks:read'] });
    await expect(refused).rejects.toMatchObject({ code: 'STATE.CONFLICT' });
    await expect(refused).rejects.toThrow(/revoke one/);
  });

  it('refuses a call made with an API key (a key cannot make keys) and staff without an organisation', async () => {
    const { deps } = setup();
    const viaKey: Actor = { ...admin, apiKey: { id: 'k', name: 'k', scopes: ['tasks:read'] } };
    await expect(createApiKey(deps, viaKey, { name: 'x', scopes: ['tasks:read'] })).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
    const staff: Actor = { userId: 'op', email: 'op@opsdesk', roles: ['operator'], tenantId: null };
    await expect(createApiKey(deps, staff, { name: 'x', scopes: ['tasks:read'] })).rejects.toMatchObject({
      code: 'AUTH.FORBIDDEN',
    });
  });
});

describe('listApiKeys and revokeApiKey', () => {
  it('lists newest first with the creator’s name and never a hash or a key', async () => {
    const { deps } = setup();
    const older = await createApiKey(deps, admin, { name: 'Older', scopes: ['tasks:read'] });
    const later = setup(new Date(NOW.getTime() + 1000));
    later.stored.set(`tenant-a/${older.id}`, { ...(await deps.apiKeys.get('tenant-a', older.id))! });
    const newer = await createApiKey(later.deps, admin, { name: 'Newer', scopes: ['billing:read'] });
    const { items } = await listApiKeys(later.deps, admin);
    expect(items.map((key) => key.name)).toEqual(['Newer', 'Older']);
    expect(items[0]?.createdBy).toEqual({ userId: kim.id, name: 'Kim Nord' });
    expect(JSON.stringify(items)).not.toContain('h:');
    expect(JSON.stringify(items)).not.toContain(newer.key);
  });

  it('revokes with an audit entry; an unknown id and another organisation’s key are 404', async () => {
    const { deps, stored, audit } = setup();
    const created = await createApiKey(deps, admin, { name: 'Cron', scopes: ['monitoring:write'] });
    const otherAdmin: Actor = { ...admin, userId: 'user-b', tenantId: 'tenant-b' };
    await expect(revokeApiKey(deps, otherAdmin, created.id)).rejects.toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
    await expect(revokeApiKey(deps, admin, 'no-such-key')).rejects.toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
    expect(stored.size).toBe(1);
    await revokeApiKey(deps, admin, created.id);
    expect(stored.size).toBe(0);
    expect(audit.at(-1)).toMatchObject({
      action: 'api_key.revoked',
      target: { type: 'api_key', id: created.id, name: 'Cron' },
    });
    await expect(revokeApiKey(deps, admin, created.id)).rejects.toMatchObject({ code: 'RESOURCE.NOT_FOUND' });
  });
});

describe('recordApiKeyUse', () => {
  it('audits the call as the key (method, route template, status) and stamps the key’s use', async () => {
    const { deps, audit, uses } = setup();
    const viaKey: Actor = { ...admin, apiKey: { id: 'key-1', name: 'Deploy pipeline', scopes: ['tasks:write'] } };
    await recordApiKeyUse(deps, viaKey, { method: 'POST', route: '/api/tasks', status: 201 });
    expect(uses).toEqual([{ tenantId: 'tenant-a', apiKeyId: 'key-1', at: NOW.toISOString() }]);
    expect(audit[0]).toMatchObject({
      action: 'api_key.used',
      tenantId: 'tenant-a',
      actor: { userId: kim.id, apiKey: { id: 'key-1', name: 'Deploy pipeline' } },
      target: { type: 'api_key', id: 'key-1', name: 'Deploy pipeline' },
      details: { method: 'POST', route: '/api/tasks', status: 201 },
    });
  });

  it('records nothing for a call made without a key', async () => {
    const { deps, audit, uses } = setup();
    await recordApiKeyUse(deps, admin, { method: 'GET', route: '/api/tasks', status: 200 });
    expect(audit).toEqual([]);
    expect(uses).toEqual([]);
  });
});
