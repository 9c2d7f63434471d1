import { describe, expect, it } from 'vitest';
import { getOnCallRota, withNames } from '../../../shared/booking/bookings.js';
import type { Booking } from '../../../shared/booking/model.js';
import type { StaffAvailabilityRepository } from '../../../shared/booking/ports.js';
import type { Role } from '../../../shared/contracts/roles.js';
import type { Tenant } from '../../../shared/tenancy/model.js';

const tenant = (id: string, name: string): Tenant => ({
  id,
  name,
  status: 'active',
  timeZone: 'Europe/Berlin',
  planId: 'webmaster-eighth',
  createdAt: '2026-01-01T00:00:00.000Z',
  deletionDueAt: null,
});

const booking = (overrides: Partial<Booking>): Booking => ({
  id: 'b-1',
  tenantId: 't-1',
  typeId: 'consultation',
  staffId: 's-otto',
  bookedBy: 'u-1',
  start: '2026-12-09T13:00:00.000Z',
  end: '2026-12-09T13:30:00.000Z',
  durationMinutes: 30,
  holdStart: '2026-12-09T13:00:00.000Z',
  holdEnd: '2026-12-09T13:45:00.000Z',
  status: 'confirmed',
  notes: null,
  lateCancellationFee: null,
  minutesSpent: null,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

const member = (id: string, name: string, roles: Role[]) => ({ id, name, email: `${id}@opsdesk.local`, roles });

/** Fakes counting their reads: the names cost one staff query and one read per organisation. */
const fakes = () => {
  const reads = { members: 0, tenants: [] as string[] };
  const staff = {
    members: async () => {
      reads.members += 1;
      return [
        member('s-otto', 'Otto Operator', ['operator']),
        member('s-olga', 'Olga Operator', ['operator']),
        member('s-fin', 'Fiona Finance', ['finance']),
        member('s-admin', 'Ada Admin', ['provider-admin']),
      ];
    },
  } as unknown as StaffAvailabilityRepository;
  const names: Record<string, Tenant> = { 't-1': tenant('t-1', 'Demo Verein'), 't-2': tenant('t-2', 'Acme GmbH') };
  const tenants = {
    getTenant: async (id: string) => {
      reads.tenants.push(id);
      return names[id] ?? null;
    },
  } as unknown as Parameters<typeof withNames>[0]['tenants'];
  const onCall = {
    get: async () => ({ shifts: [{ staffId: 's-olga', start: '2026-12-09T00:00:00Z', end: '2026-12-09T08:00:00Z' }] }),
    put: async () => undefined,
  };
  return { reads, deps: { staff, tenants, onCall } };
};

describe('names next to a booking’s ids', () => {
  it('names the organisation, the type and the operator, reading each organisation once', async () => {
    const { deps, reads } = fakes();
    const named = await withNames(deps, [
      booking({ id: 'b-1' }),
      booking({ id: 'b-2', tenantId: 't-2', typeId: 'emergency', staffId: 's-olga' }),
      booking({ id: 'b-3' }),
    ]);
    expect(named.map((b) => [b.id, b.tenantName, b.typeName, b.staffName])).toEqual([
      ['b-1', 'Demo Verein', 'Consultation', 'Otto Operator'],
      ['b-2', 'Acme GmbH', 'Emergency call-out', 'Olga Operator'],
      ['b-3', 'Demo Verein', 'Consultation', 'Otto Operator'],
    ]);
    expect(reads.members).toBe(1);
    expect(reads.tenants.sort()).toEqual(['t-1', 't-2']);
  });

  it('never falls back to an id for a person or an organisation that is gone', async () => {
    const { deps } = fakes();
    const [gone] = await withNames(deps, [booking({ tenantId: 't-removed', staffId: 's-left' })]);
    expect(gone).toMatchObject({ tenantName: 'A removed organisation', staffName: 'A former staff member' });
    expect(JSON.stringify([gone?.tenantName, gone?.staffName])).not.toMatch(/t-removed|s-left/);
  });

  it('reads nothing for an empty list', async () => {
    const { deps, reads } = fakes();
    expect(await withNames(deps, [])).toEqual([]);
    expect(reads).toEqual({ members: 0, tenants: [] });
  });
});

describe('the on-call view', () => {
  it('offers every operator, by name, and nobody from finance or administration', async () => {
    const { deps } = fakes();
    const view = await getOnCallRota(deps);
    expect(view.shifts).toHaveLength(1);
    expect(view.staff).toEqual([
      { id: 's-otto', name: 'Otto Operator', email: 's-otto@opsdesk.local' },
      { id: 's-olga', name: 'Olga Operator', email: 's-olga@opsdesk.local' },
    ]);
  });
});
