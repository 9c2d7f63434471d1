import { beforeEach, describe, expect, it } from 'vitest';
import {
  type BalanceDeps,
  checkBalance,
  formatHours,
  quoteBooking,
  warnIfOverBooked,
  watchBalance,
} from '../../../shared/billing/balance.js';
import { periodOf } from '../../../shared/billing/periods.js';
import type { BalanceLevel, BalanceNotices } from '../../../shared/billing/ports.js';
import type { Subscription } from '../../../shared/billing/subscription.js';
import type { Booking } from '../../../shared/booking/model.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import type { Actor } from '../../../shared/platform/actor.js';
import type { UsageRecord } from '../../../shared/usage/usage-record.js';
import { InMemoryTenantRepository } from '../../support/in-memory-tenants.js';

const TENANT = 'tenant-1';
const START = '2026-12-10T12:00:00.000Z';

/** The guard and the outbox in memory: the same contract as DynamoBalanceNotices. */
class InMemoryBalanceNotices implements BalanceNotices {
  readonly guards = new Set<string>();
  readonly outbox: BookingNotification[] = [];
  async queue(tenantId: string, periodId: string, level: BalanceLevel, notifications: BookingNotification[]) {
    const key = `${tenantId}#${periodId}#${level}`;
    if (this.guards.has(key)) return false;
    this.guards.add(key);
    this.outbox.push(...notifications);
    return true;
  }
}

const subscriptionOn = (planId: string, status: Subscription['status'] = 'active'): Subscription => ({
  tenantId: TENANT,
  planId,
  status,
  paymentStatus: 'current',
  period: periodOf(new Date('2026-12-01T00:00:00Z')),
  pendingPlanId: null,
  planHistory: [{ planId, effectiveFrom: '2026-11-15T00:00:00.000Z' }],
  stripeCustomerId: null,
  paymentMethodOnFile: false,
  pastDueSince: null,
  suspendedForNonPayment: false,
  paymentStateAt: null,
  paymentMethodAt: null,
  createdAt: '2026-11-15T00:00:00.000Z',
  updatedAt: '2026-11-15T00:00:00.000Z',
  revision: 0,
});

let now: Date;
let records: UsageRecord[];
let bookings: Booking[];
let subscription: Subscription | null;
let notices: InMemoryBalanceNotices;
let tenants: InMemoryTenantRepository;
let deps: BalanceDeps;
let recordCount = 0;

const minutes = (quantity: number, at = now.toISOString()): UsageRecord => {
  const record: UsageRecord = {
    id: `record-${++recordCount}`,
    tenantId: TENANT,
    kind: 'webmaster_minutes',
    quantity,
    unit: 'minutes',
    occurredAt: at,
    sourceId: `source-${recordCount}`,
    unitPrice: null,
  };
  records.push(record);
  return record;
};

const reverse = (record: UsageRecord) =>
  records.push({ ...record, id: `reversal-${record.id}`, quantity: -record.quantity, reversalOf: record.id });

const booking = (overrides: Partial<Booking> = {}): Booking => {
  const start = overrides.start ?? START;
  const durationMinutes = overrides.durationMinutes ?? 60;
  return {
    id: `booking-${bookings.length + 1}`,
    tenantId: TENANT,
    typeId: 'hands-on',
    staffId: 'staff-1',
    bookedBy: 'admin-1',
    start,
    end: new Date(Date.parse(start) + durationMinutes * 60_000).toISOString(),
    durationMinutes,
    holdStart: start,
    holdEnd: start,
    status: 'confirmed',
    notes: null,
    lateCancellationFee: null,
    minutesSpent: null,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...overrides,
  };
};

const check = () => checkBalance(deps, TENANT, { type: 'task', id: 'task-1', occurredAt: now.toISOString() });
const kinds = () => notices.outbox.map((n) => n.kind);
const customer: Actor = { userId: 'admin-1', email: 'admin@example.com', roles: ['customer-admin'], tenantId: TENANT };

beforeEach(async () => {
  now = new Date('2026-12-05T09:00:00.000Z');
  records = [];
  bookings = [];
  subscription = subscriptionOn('webmaster-eighth'); // 20 h included, 80.00 EUR an hour beyond
  notices = new InMemoryBalanceNotices();
  tenants = new InMemoryTenantRepository();
  const at = '2026-11-01T00:00:00.000Z';
  const user = (id: string, role: 'customer-admin' | 'customer-member', tenantId = TENANT) => ({
    id,
    tenantId,
    email: `${id}@example.com`,
    name: `Name ${id}`,
    roles: [role],
    createdAt: at,
  });
  await tenants.createTenantWithAdmin({
    tenant: {
      id: TENANT,
      name: 'Acme',
      status: 'active',
      timeZone: 'Europe/Berlin',
      planId: 'webmaster-eighth',
      createdAt: at,
      deletionDueAt: null,
    },
    admin: user('admin-1', 'customer-admin'),
    audit: {
      id: 'a',
      tenantId: TENANT,
      at,
      actor: { userId: 't', email: 't@x', roles: [] },
      action: 'test.seeded',
      target: { type: 't', id: 't' },
      details: {},
    },
  });
  tenants.users.set('admin-2', user('admin-2', 'customer-admin'));
  tenants.users.set('member-1', user('member-1', 'customer-member'));
  tenants.users.set('other-admin', user('other-admin', 'customer-admin', 'tenant-2'));
  let ids = 0;
  deps = {
    clock: { now: () => now },
    ids: { newId: () => `id-${++ids}` },
    subscriptions: { get: async () => subscription },
    ledger: {
      list: async (tenantId, periodId) =>
        records.filter((r) => r.tenantId === tenantId && periodOf(new Date(r.occurredAt)).id === periodId),
    },
    bookings: {
      confirmedStartingBetween: async (tenantId, start, end) =>
        bookings.filter(
          (b) => b.tenantId === tenantId && b.status === 'confirmed' && b.start >= start && b.start < end,
        ),
    },
    tenants,
    notices,
  };
});

describe('80 % and 95 % warnings after recorded minutes', () => {
  it('warn 80 % once when the used minutes go from 79 % to 81 %, to every customer-admin of the tenant', async () => {
    minutes(945); // 78.75 %
    expect(await check()).toEqual([]);
    minutes(30); // 975 of 1200: 81.25 %
    expect(await check()).toEqual(['80']);
    expect(kinds()).toEqual(['balance_80', 'balance_80']);
    expect(notices.outbox.map((n) => n.to).sort()).toEqual(['admin-1@example.com', 'admin-2@example.com']);
    const [mail] = notices.outbox;
    expect(mail?.text).toContain('Acme has used 16 h 15 min of 20 h of webmaster time included in December 2026');
    expect(mail?.text).toContain('80.00 EUR an hour');
    expect(mail?.subject).toBe('80 % of your included webmaster hours used — December 2026');
    expect(mail?.tenantId).toBe(TENANT);

    minutes(30); // 83.75 %: the same level again sends nothing
    expect(await check()).toEqual([]);
    expect(notices.outbox).toHaveLength(2);
  });

  it('warn 95 % only when one engagement jumps from 70 % to 96 %, and never 80 % after it', async () => {
    minutes(840); // 70 %
    expect(await check()).toEqual([]);
    const jump = minutes(315); // 1155: 96.25 %
    expect(await check()).toEqual(['95']);
    expect(kinds()).toEqual(['balance_95', 'balance_95']);
    expect(notices.outbox[0]?.text).toContain('19 h 15 min of 20 h');
    // A correction brings the month back to 70 %, new minutes to 85 %: the 80 % warning was spent with the 95 % one.
    reverse(jump);
    minutes(180);
    expect(await check()).toEqual([]);
    expect(kinds()).toEqual(['balance_95', 'balance_95']);
  });

  it('warn 80 % and later 95 % as the month fills up', async () => {
    minutes(960); // exactly 80 %
    expect(await check()).toEqual(['80']);
    minutes(180); // exactly 95 %
    expect(await check()).toEqual(['95']);
    expect(kinds()).toEqual(['balance_80', 'balance_80', 'balance_95', 'balance_95']);
  });

  it('count each engagement rounded up to a quarter hour, as the invoice does', async () => {
    // 64 engagements of 1 minute: 64 minutes worked, 16 h billed = 80 %.
    for (let i = 0; i < 64; i++) minutes(1);
    expect(await check()).toEqual(['80']);
  });

  it('leave reversed records out', async () => {
    const big = minutes(1000);
    reverse(big);
    minutes(900); // 75 % net
    expect(await check()).toEqual([]);
    expect(notices.outbox).toEqual([]);
  });

  it('warn again in the next month', async () => {
    minutes(1000);
    expect(await check()).toEqual(['80']);
    now = new Date('2027-01-03T10:00:00.000Z');
    expect(await check()).toEqual([]); // nothing used in January yet
    minutes(960);
    expect(await check()).toEqual(['80']);
    expect(notices.guards).toEqual(new Set([`${TENANT}#2026-12#80`, `${TENANT}#2027-01#80`]));
    expect(notices.outbox.at(-1)?.subject).toContain('January 2027');
  });

  it('say nothing without a plan in force or with no included hours', async () => {
    minutes(2000);
    subscription = null;
    expect(await check()).toEqual([]);
    subscription = subscriptionOn('webmaster-eighth', 'incomplete');
    expect(await check()).toEqual([]);
    subscription = subscriptionOn('on-demand'); // 0 h included
    expect(await check()).toEqual([]);
    expect(notices.outbox).toEqual([]);
  });

  it('say nothing about minutes of a month that is over (a booking of last month completed late)', async () => {
    minutes(1100, '2026-11-30T15:00:00.000Z');
    now = new Date('2026-12-01T08:00:00.000Z');
    const late = await checkBalance(deps, TENANT, {
      type: 'booking',
      id: 'booking-late',
      occurredAt: '2026-11-30T15:00:00.000Z',
    });
    expect(late).toEqual([]);
  });

  it('queue one warning when two checks race', async () => {
    minutes(1000);
    const results = await Promise.all([check(), check()]);
    expect(results.flat()).toEqual(['80']);
    expect(kinds()).toEqual(['balance_80', 'balance_80']);
  });
});

describe('the booking quote', () => {
  it('counts used, booked and this booking; bills whole quarter hours beyond the included minutes', async () => {
    minutes(1130); // rounded: 1140 (19 h)
    bookings.push(booking({ durationMinutes: 30 })); // confirmed this month: booked
    bookings.push(booking({ id: 'cancelled', status: 'cancelled', durationMinutes: 240 }));
    bookings.push(booking({ id: 'next-month', start: '2027-01-05T10:00:00.000Z', durationMinutes: 240 }));
    const quote = await quoteBooking(deps, customer, 50);
    // 1140 + 30 + 50 = 1220: 20 minutes beyond 1200 → 2 quarter hours at 20.00 EUR.
    expect(quote).toEqual({
      periodId: '2026-12',
      includedMinutes: 1200,
      usedMinutes: 1140,
      bookedMinutes: 30,
      afterMinutes: 1220,
      overageMinutes: 20,
      overageCost: { amount: 4000, currency: 'EUR' },
      overageHourPrice: { amount: 8000, currency: 'EUR' },
      shareAfter: 1220 / 1200,
    });
  });

  it('includes what the invoice includes in a plan’s first month: its hours prorated by the days in force', async () => {
    // Subscribed on 20 December: 12 of 31 days of 20 h = 464.5 → 465 minutes (rounded half up, as rating does).
    subscription = {
      ...subscriptionOn('webmaster-eighth'),
      planHistory: [{ planId: 'webmaster-eighth', effectiveFrom: '2026-12-20T00:00:00.000Z' }],
    };
    const quote = await quoteBooking(deps, customer, 480);
    expect(quote).toMatchObject({ periodId: '2026-12', includedMinutes: 465, overageMinutes: 15 });
  });

  it('quotes a slot in another month against that month (its own used and booked time)', async () => {
    minutes(1300); // December is past its included hours
    bookings.push(booking({ id: 'january', start: '2027-01-05T10:00:00.000Z', durationMinutes: 60 }));
    const quote = await quoteBooking(deps, customer, 60, '2027-01-12T09:00:00.000Z');
    expect(quote).toMatchObject({
      periodId: '2027-01',
      includedMinutes: 1200,
      usedMinutes: 0,
      bookedMinutes: 60,
      afterMinutes: 120,
      overageMinutes: 0,
    });
  });

  it('prices the whole booking when the month is already past its included hours', async () => {
    minutes(1300);
    const quote = await quoteBooking(deps, customer, 45);
    expect(quote.overageMinutes).toBe(45);
    expect(quote.overageCost).toEqual({ amount: 6000, currency: 'EUR' }); // 3 quarter hours of 80.00 EUR / 4
  });

  it('is zero money when the booking fits', async () => {
    minutes(60);
    const quote = await quoteBooking(deps, customer, 60);
    expect(quote).toMatchObject({ afterMinutes: 120, overageMinutes: 0, overageCost: { amount: 0, currency: 'EUR' } });
    expect(quote.shareAfter).toBeCloseTo(0.1);
  });

  it('with no plan in force: nothing included, nothing priced; on a plan with 0 hours: every minute priced', async () => {
    subscription = null;
    expect(await quoteBooking(deps, customer, 60)).toMatchObject({
      includedMinutes: 0,
      overageMinutes: 0,
      overageCost: { amount: 0, currency: 'EUR' },
      overageHourPrice: null,
      shareAfter: null,
    });
    subscription = subscriptionOn('on-demand'); // 96.00 EUR an hour
    expect(await quoteBooking(deps, customer, 60)).toMatchObject({
      includedMinutes: 0,
      overageMinutes: 60,
      overageCost: { amount: 9600, currency: 'EUR' },
      overageHourPrice: { amount: 9600, currency: 'EUR' },
      shareAfter: null,
    });
  });

  it('is refused to provider staff (no organisation)', async () => {
    await expect(
      quoteBooking(deps, { userId: 'op', email: 'op@opsdesk', roles: ['operator'], tenantId: null }, 60),
    ).rejects.toMatchObject({ code: 'AUTH.FORBIDDEN' });
  });
});

describe('a booking past the included hours', () => {
  it('warns once per month with what the time beyond costs', async () => {
    minutes(1140);
    const first = booking({ durationMinutes: 90 });
    bookings.push(first);
    expect(await warnIfOverBooked(deps, first)).toBe(true);
    expect(kinds()).toEqual(['balance_over', 'balance_over']);
    const [mail] = notices.outbox;
    expect(mail?.bookingId).toBe(first.id);
    expect(mail?.text).toContain('booked for Thu 10 Dec 2026, 13:00 (Europe/Berlin), 1 h 30 min');
    expect(mail?.text).toContain('Used so far: 19 h of 20 h; booked before this booking: 0 min; with it: 20 h 30 min.');
    expect(mail?.text).toContain(
      '30 min of this booking is beyond the included hours and costs 40.00 EUR (at 80.00 EUR an hour',
    );

    const second = booking({ id: 'booking-second', durationMinutes: 60 });
    bookings.push(second);
    expect(await warnIfOverBooked(deps, second)).toBe(false);
    expect(notices.outbox).toHaveLength(2);
  });

  it('writes the booking’s time in the organisation’s zone, named', async () => {
    const tenant = tenants.tenants.get(TENANT);
    if (!tenant) throw new Error('no tenant');
    tenants.tenants.set(TENANT, { ...tenant, timeZone: 'America/New_York' });
    minutes(1140);
    const first = booking({ durationMinutes: 90 });
    bookings.push(first);
    expect(await warnIfOverBooked(deps, first)).toBe(true);
    const [mail] = notices.outbox;
    expect(mail?.text).toContain('booked for Thu 10 Dec 2026, 07:00 (America/New York), 1 h 30 min');
    expect(mail?.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('does not warn while used and booked minutes stay within the included ones', async () => {
    minutes(600);
    bookings.push(booking({ id: 'earlier', durationMinutes: 240 }));
    const fits = booking({ durationMinutes: 360 }); // 600 + 240 + 360 = 1200: exactly the included minutes
    bookings.push(fits);
    expect(await warnIfOverBooked(deps, fits)).toBe(false);
    expect(notices.outbox).toEqual([]);
  });

  it('judges a booking of next month against next month', async () => {
    minutes(1190); // this month is nearly full; January is empty
    const january = booking({ start: '2027-01-12T10:00:00.000Z', durationMinutes: 240 });
    bookings.push(january);
    expect(await warnIfOverBooked(deps, january)).toBe(false);
  });

  it('does not warn tenants without included hours', async () => {
    subscription = subscriptionOn('on-demand');
    const one = booking();
    bookings.push(one);
    expect(await warnIfOverBooked(deps, one)).toBe(false);
  });
});

describe('the watch the use cases call', () => {
  it('logs a failure to warn and never throws', async () => {
    const warnings: string[] = [];
    const broken = { ...deps, notices: { queue: () => Promise.reject(new Error('table unavailable')) } };
    const watch = watchBalance(broken, (message) => warnings.push(message));
    minutes(1150);
    await expect(watch.minutesRecorded(TENANT, { type: 'task', id: 't', occurredAt: now.toISOString() })).resolves.toBe(
      undefined,
    );
    const over = booking();
    bookings.push(over);
    await expect(watch.bookingMade(over)).resolves.toBe(undefined);
    expect(warnings).toEqual([
      'Balance warning not queued after webmaster minutes were recorded',
      'Balance warning not queued after a booking',
    ]);
  });
});

describe('durations in warnings', () => {
  it('use one format for hours and minutes', () => {
    expect([formatHours(0), formatHours(45), formatHours(60), formatHours(975), formatHours(1200)]).toEqual([
      '0 min',
      '45 min',
      '1 h',
      '16 h 15 min',
      '20 h',
    ]);
  });
});
