import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/platform/actor.js';
import type { Tenant, User } from '../../../shared/tenancy/model.js';
import type { CallerDirectory } from '../../../shared/tenancy/ports.js';
import { resolveCaller } from '../../../shared/tenancy/resolve-caller.js';

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
