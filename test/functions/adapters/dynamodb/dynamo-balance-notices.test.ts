import { beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoBalanceBookings,
  DynamoBalanceNotices,
} from '../../../../functions/adapters/dynamodb/dynamo-balance-notices.js';
import { DynamoBookingRepository } from '../../../../functions/adapters/dynamodb/dynamo-booking-repository.js';
import type { AuditEntry } from '../../../../shared/audit/audit-entry.js';
import type { Booking } from '../../../../shared/booking/model.js';
import type { BookingNotification } from '../../../../shared/booking/notifications.js';
import { createTestTable, type TestTable } from '../../../support/dynamo.js';

let table: TestTable;
let notices: DynamoBalanceNotices;
const TENANT = 'tenant-balance';

beforeAll(async () => {
  table = await createTestTable();
  notices = new DynamoBalanceNotices(table.client, table.tableName);
});

const mail = (id: string): BookingNotification => ({
  id,
  kind: 'balance_80',
  bookingId: null,
  tenantId: TENANT,
  to: `${id}@example.com`,
  subject: '80 % of your included webmaster hours used — December 2026',
  text: 'Hello',
  ics: null,
  dueAt: '2026-12-05T09:00:00.000Z',
});

const audit = (id: string): AuditEntry => ({
  id,
  tenantId: TENANT,
  at: '2026-12-05T09:00:00.000Z',
  actor: { userId: 'system', email: 'system@opsdesk', roles: [] },
  action: 'balance.warning_queued',
  target: { type: 'balance', id: '2026-12#80' },
  details: {},
});

describe('DynamoBalanceNotices', () => {
  it('queues a warning once when two requests race: one guard, one set of e-mails, one audit entry', async () => {
    const results = await Promise.all([
      notices.queue(TENANT, '2026-12', '80', [mail('first-a'), mail('first-b')], audit('audit-first')),
      notices.queue(TENANT, '2026-12', '80', [mail('second-a'), mail('second-b')], audit('audit-second')),
    ]);
    expect([...results].sort()).toEqual([false, true]);
    const items = await table.items();
    const guards = items.filter((item) => item.entity === 'balance_notice');
    expect(guards).toEqual([
      expect.objectContaining({ pk: `T#${TENANT}`, sk: 'BALANCE_NOTICE#2026-12#80', level: '80', periodId: '2026-12' }),
    ]);
    // Only the winner's e-mails are in the outbox.
    const winner = results[0] ? 'first' : 'second';
    const queued = items.filter((item) => item.entity === 'notification').map((item) => String(item.id));
    expect(queued.sort()).toEqual([`${winner}-a`, `${winner}-b`]);
    expect(items.filter((item) => item.entity === 'audit' && item.action === 'balance.warning_queued')).toHaveLength(1);

    expect(await notices.queue(TENANT, '2026-12', '80', [mail('third')])).toBe(false);
  });

  it('keeps levels and periods apart; a guard without e-mails spends a level', async () => {
    expect(await notices.queue(TENANT, '2026-12', '95', [mail('level-95')])).toBe(true);
    expect(await notices.queue(TENANT, '2027-01', '80', [])).toBe(true);
    expect(await notices.queue(TENANT, '2027-01', '80', [mail('late-80')])).toBe(false);
    const ids = (await table.items()).filter((item) => item.entity === 'notification').map((item) => item.id);
    expect(ids).toContain('level-95');
    expect(ids).not.toContain('late-80');
  });
});

describe('DynamoBalanceBookings', () => {
  it('lists the confirmed bookings of a tenant that start in the window', async () => {
    const repository = new DynamoBookingRepository(table.client, table.tableName);
    const at = '2026-12-01T00:00:00.000Z';
    const booking = (id: string, start: string, overrides: Partial<Booking> = {}): Booking => ({
      id,
      tenantId: TENANT,
      typeId: 'hands-on',
      staffId: `staff-${id}`,
      bookedBy: 'admin',
      start,
      end: new Date(Date.parse(start) + 3_600_000).toISOString(),
      durationMinutes: 60,
      holdStart: start,
      holdEnd: new Date(Date.parse(start) + 3_600_000).toISOString(),
      status: 'confirmed',
      notes: null,
      lateCancellationFee: null,
      minutesSpent: null,
      createdAt: at,
      updatedAt: at,
      ...overrides,
    });
    for (const b of [
      booking('in-december', '2026-12-10T10:00:00.000Z'),
      booking('first-instant', '2026-12-01T00:00:00.000Z'),
      booking('cancelled', '2026-12-11T10:00:00.000Z', { status: 'cancelled' }),
      booking('completed', '2026-12-12T10:00:00.000Z', { status: 'completed', minutesSpent: 60 }),
      booking('january', '2027-01-01T00:00:00.000Z'),
      booking('other-tenant', '2026-12-10T10:00:00.000Z', { tenantId: 'someone-else' }),
    ]) {
      await repository.create(b, audit(`audit-${b.id}`));
    }
    const reader = new DynamoBalanceBookings(table.client, table.tableName);
    const found = await reader.confirmedStartingBetween(TENANT, '2026-12-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z');
    expect(found.map((b) => b.id).sort()).toEqual(['first-instant', 'in-december']);
  });
});
