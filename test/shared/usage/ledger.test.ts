import { describe, expect, it } from 'vitest';
import { activeLedgerSubscription } from '../../../shared/billing/subscription.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { getUsage, type UsageSources } from '../../../shared/usage/ledger.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';

const TENANT = 'tenant-1';
const BOOKING = '6396e644-1111-4222-8333-444455556666';
const TASK = '7a1b2c3d-1111-4222-8333-444455556666';
const MONITOR = '8b2c3d4e-1111-4222-8333-444455556666';
const GONE = '9c3d4e5f-1111-4222-8333-444455556666';
const admin: Actor = { userId: 'admin-1', email: 'admin@example.com', roles: ['customer-admin'], tenantId: TENANT };

const record = (id: string, kind: UsageRecord['kind'], sourceId: string, extra: Partial<UsageRecord> = {}) =>
  ({
    id,
    tenantId: TENANT,
    kind,
    quantity: 1,
    unit: 'runs',
    occurredAt: '2026-12-03T10:00:00.000Z',
    sourceId,
    unitPrice: null,
    ...extra,
  }) as UsageRecord;

const RECORDS: UsageRecord[] = [
  record(`booking-${BOOKING}`, 'webmaster_minutes', BOOKING, { quantity: 70, unit: 'minutes' }),
  record(`task-${TASK}`, 'webmaster_minutes', TASK, { quantity: 20, unit: 'minutes' }),
  record(`task-run-${TASK}`, 'task_runs', TASK),
  record(`no-show-${BOOKING}`, 'late_cancellation', BOOKING, {
    unit: 'fees',
    unitPrice: { amount: 5000, currency: 'EUR' },
  }),
  record(`monitor-${MONITOR}-2026-12`, 'monitors', MONITOR, { unit: 'monitor-months' }),
  record(`monitor-${GONE}-2026-12`, 'monitors', GONE, { unit: 'monitor-months' }),
];

const sources: UsageSources = {
  bookings: {
    get: async (_tenant, id) => (id === BOOKING ? { typeId: 'consultation', start: '2026-12-03T09:00:00.000Z' } : null),
  },
  tasks: {
    get: async (_tenant, id) =>
      id === TASK ? { typeName: 'Update WordPress', hostName: 'web-1', requestedAt: '2026-12-02T08:00:00.000Z' } : null,
  },
  monitors: { get: async (_tenant, id) => (id === MONITOR ? { name: 'Shop home page' } : null) },
};

const usageOf = (records: UsageRecord[]) =>
  getUsage(
    {
      ledger: { append: async () => ({ appended: 0 }), list: async () => records },
      subscriptions: {
        get: async () =>
          activeLedgerSubscription(
            TENANT,
            'webmaster-eighth',
            { id: '2026-12', start: '2026-12-01T00:00:00.000Z', end: '2027-01-01T00:00:00.000Z' },
            '2026-12-01T00:00:00.000Z',
          ),
      } as never,
      hosts: { list: async () => [] },
      sources,
      clock: { now: () => new Date('2026-12-07T09:00:00.000Z') },
    },
    admin,
    {},
  );

describe('the usage view', () => {
  it('names what each record is — the booking type, the task on its host, the monitor — with its date', async () => {
    const view = await usageOf(RECORDS);
    const byId = new Map(view.records.map((entry) => [entry.id, entry.source]));
    expect(byId.get(`booking-${BOOKING}`)).toEqual({
      type: 'booking',
      name: 'Consultation',
      at: '2026-12-03T09:00:00.000Z',
    });
    expect(byId.get(`task-${TASK}`)).toEqual({
      type: 'task',
      name: 'Update WordPress on web-1',
      at: '2026-12-02T08:00:00.000Z',
    });
    expect(byId.get(`task-run-${TASK}`)).toEqual(byId.get(`task-${TASK}`));
    expect(byId.get(`no-show-${BOOKING}`)).toEqual({
      type: 'booking',
      name: 'No-show fee: Consultation',
      at: '2026-12-03T09:00:00.000Z',
    });
    expect(byId.get(`monitor-${MONITOR}-2026-12`)).toEqual({ type: 'monitor', name: 'Shop home page', at: null });
  });

  it('describes a record whose source is gone by its kind, never by an id', async () => {
    const view = await usageOf(RECORDS);
    const gone = view.records.find((entry) => entry.sourceId === GONE);
    expect(gone?.source).toEqual({ type: 'other', name: 'Monitor', at: null });
    for (const entry of view.records) expect(entry.source.name).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  });
});
