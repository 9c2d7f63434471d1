import { describe, expect, it } from 'vitest';
import { getMe } from '../../../shared/tenancy/get-me.js';
import { DEFAULT_TIME_ZONE } from '../../../shared/tenancy/model.js';
import { InMemoryTenantRepository } from '../../support/in-memory-tenants.js';

const staffUser = (id: string, roles: ('operator' | 'finance')[]) => ({
  id,
  tenantId: null,
  email: `${id}@opsdesk.local`,
  name: id,
  roles,
  createdAt: '2026-01-01T00:00:00.000Z',
});

describe('getMe: the zone a user’s pages show', () => {
  it('is a staff member’s own working-hours zone when they set one', async () => {
    const tenants = new InMemoryTenantRepository();
    tenants.users.set('op-1', staffUser('op-1', ['operator']));
    const me = await getMe(
      { tenants, staffZones: { zoneOf: async (id) => (id === 'op-1' ? 'America/New_York' : null) } },
      { userId: 'op-1', email: 'op-1@opsdesk.local', roles: ['operator'], tenantId: null },
    );
    expect(me.timeZone).toBe('America/New_York');
    expect(me.tenant).toBeNull();
  });

  it('is the provider’s zone for staff without working hours (finance, provider admins)', async () => {
    const tenants = new InMemoryTenantRepository();
    tenants.users.set('fin-1', staffUser('fin-1', ['finance']));
    const me = await getMe(
      { tenants, staffZones: { zoneOf: async () => null } },
      { userId: 'fin-1', email: 'fin-1@opsdesk.local', roles: ['finance'], tenantId: null },
    );
    expect(me.timeZone).toBe(DEFAULT_TIME_ZONE);
  });
});
