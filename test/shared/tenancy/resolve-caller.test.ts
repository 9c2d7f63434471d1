import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/actor.js';
import type { StoredApiKey } from '../../../shared/tenancy/api-keys.js';
import type { Tenant, User } from '../../../shared/tenancy/model.js';
import type { CallerDirectory } from '../../../shared/tenancy/ports.js';
import { resolveCaller, resolveKeyCaller } from '../../../shared/tenancy/resolve-caller.js';

const at = '2026-12-01T09:00:00.000Z';
const tenant: Tenant = {
  id: 't-1',
  name: 'Verein',
  status: 'active',
  timeZone: 'Europe/Berlin',
  planId: null,
  createdAt: at,
  deletionDueAt: null,
};
const stored = (overrides: Partial<User> = {}): User => ({
  id: 'u-1',
  tenantId: 't-1',
  email: 'ada@verein.example',
  name: 'Ada',
  roles: ['customer-member'],
  createdAt: at,
  ...overrides,
});
const directoryOf = (user: User | null, tenantOfUser: Tenant | null = tenant): CallerDirectory => ({
  findCaller: async (tenantId, userId) =>
    user && user.id === userId && user.tenantId === tenantId && (tenantId === null || tenantOfUser)
      ? { user, tenant: tenantId ? tenantOfUser : null }
      : null,
});
const claimed: Actor = { userId: 'u-1', email: 'old@verein.example', roles: ['customer-admin'], tenantId: 't-1' };

describe('resolveCaller: the token says who, the table says what', () => {
  it('takes roles and e-mail from the table, not the token (a demoted admin is a member)', async () => {
    expect(await resolveCaller(directoryOf(stored()), claimed)).toEqual({
      userId: 'u-1',
      email: 'ada@verein.example',
      roles: ['customer-member'],
      tenantId: 't-1',
    });
  });

  it('refuses a removed user with 401', async () => {
    await expect(resolveCaller(directoryOf(null), claimed)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  });

  it('refuses a customer whose organisation is gone with 401', async () => {
    await expect(resolveCaller(directoryOf(stored(), null), claimed)).rejects.toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
    });
  });

  it('resolves staff without an organisation, with their current roles', async () => {
    const staff = stored({ id: 'u-9', tenantId: null, roles: ['operator'] });
    const token: Actor = { userId: 'u-9', email: 'x@opsdesk.local', roles: ['provider-admin'], tenantId: null };
    expect(await resolveCaller(directoryOf(staff), token)).toMatchObject({ roles: ['operator'], tenantId: null });
  });

  it('refuses a token whose organisation differs from the stored user’s', async () => {
    const directory: CallerDirectory = { findCaller: async () => ({ user: stored({ tenantId: 't-2' }), tenant }) };
    await expect(resolveCaller(directory, claimed)).rejects.toMatchObject({ code: 'AUTH.UNAUTHENTICATED' });
  });
});

describe('resolveKeyCaller: the key, its creator and their organisation, as stored now', () => {
  const key: StoredApiKey = {
    id: 'k-1',
    tenantId: 't-1',
    name: 'Deploy pipeline',
    scopes: ['tasks:read'],
    prefix: 'odk_AbCd1234',
    createdAt: at,
    createdBy: { userId: 'u-1' },
    expiresAt: null,
    lastUsedAt: null,
    keyHash: 'a'.repeat(64),
  };
  const keyDirectory = (stored: StoredApiKey | null): CallerDirectory => ({
    findCaller: async () => null,
    findKeyCaller: async (tenantId, apiKeyId, userId) =>
      stored && stored.id === apiKeyId && tenantId === 't-1' && userId === 'u-1'
        ? { key: stored, user: { ...storedCreator }, tenant }
        : null,
  });
  const storedCreator: User = stored({ roles: ['customer-admin'] });
  const credential = { apiKeyId: 'k-1', tenantId: 't-1', createdBy: 'u-1' };
  const now = new Date('2026-12-02T09:00:00.000Z');

  it('acts as the creator, with the key named and its scopes', async () => {
    expect(await resolveKeyCaller(keyDirectory(key), credential, now, key.keyHash)).toEqual({
      userId: 'u-1',
      email: 'ada@verein.example',
      roles: ['customer-admin'],
      tenantId: 't-1',
      apiKey: { id: 'k-1', name: 'Deploy pipeline', scopes: ['tasks:read'] },
    });
  });

  it('refuses with 401 a request whose presented key is not the stored one (the lookup only pointed here)', async () => {
    for (const presented of ['b'.repeat(64), null]) {
      await expect(resolveKeyCaller(keyDirectory(key), credential, now, presented)).rejects.toMatchObject({
        code: 'AUTH.UNAUTHENTICATED',
      });
    }
  });

  it('refuses with 401 a revoked key and one that expired, on the clock it is given', async () => {
    await expect(resolveKeyCaller(keyDirectory(null), credential, now, key.keyHash)).rejects.toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
    });
    const expiring = { ...key, expiresAt: '2026-12-02T09:00:00.000Z' };
    await expect(resolveKeyCaller(keyDirectory(expiring), credential, now, key.keyHash)).rejects.toMatchObject({
      code: 'AUTH.UNAUTHENTICATED',
    });
    expect(
      await resolveKeyCaller(keyDirectory(expiring), credential, new Date('2026-12-02T08:59:59.000Z'), key.keyHash),
    ).toMatchObject({ userId: 'u-1' });
  });
});
