import { beforeAll, describe, expect, it } from 'vitest';
import {
  DynamoNotificationOutbox,
  LocalMailbox,
} from '../../../functions/adapters/dynamodb/dynamo-notification-outbox.js';
import { sendDueNotifications } from '../../../shared/booking/bookings.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';
import { createTestApi, type TestApi } from '../../support/api.js';

/**
 * Balance warnings through the local handlers: the quote before booking, 80 % after a completed booking, 95 % after a
 * completed manual task, and a booking past the included hours — all in one month of the handlers' clock.
 */
let api: TestApi;
const customer = { persona: 'customer-admin-A' as const };
const operator = { persona: 'operator' as const };
// The first of March: subscribed today, the whole month's 20 h are included (a plan taken later in the month includes
// its hours prorated by its days, as the invoice does); the month has room for a hands-on session on the 18th.
const CLOCK_START = new Date('2030-03-01T10:00:00.000Z');

const balanceMails = async () =>
  (await api.table.items())
    .filter((item) => item.entity === 'notification' && String(item.kind).startsWith('balance_'))
    .map((item) => item as unknown as BookingNotification);

const quote = (durationMinutes: number | string, persona: 'customer-admin-A' | 'operator' = 'customer-admin-A') =>
  api.request('GET', `/api/booking-quote?durationMinutes=${durationMinutes}`, { persona });

beforeAll(async () => {
  api = await createTestApi({ clockStart: CLOCK_START });
  expect(
    (await api.request('POST', '/api/subscription', { ...customer, body: { planId: 'webmaster-eighth' } })).status,
  ).toBe(200);
  const hours = {
    timeZone: 'UTC',
    weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })),
  };
  expect((await api.request('PUT', '/api/ops/availability', { ...operator, body: hours })).status).toBe(200);
});

describe('GET /api/booking-quote', () => {
  it('quotes a booking against the month’s included webmaster hours', async () => {
    const response = await quote(60);
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      periodId: '2030-03',
      includedMinutes: 1200,
      usedMinutes: 0,
      bookedMinutes: 0,
      afterMinutes: 60,
      overageMinutes: 0,
      overageCost: { amount: 0, currency: 'EUR' },
      overageHourPrice: { amount: 8000, currency: 'EUR' },
      shareAfter: 0.05,
    });
  });

  it('names the field of a length it does not quote; staff have no organisation to quote for', async () => {
    const short = await quote(5);
    expect(short.status).toBe(422);
    expect(short.json().errors[0].path).toBe('query.durationMinutes');
    expect((await quote(60, 'operator')).status).toBe(403);
  });
});

describe('balance warnings', () => {
  it('warn the customer-admins at 80 % after a completed booking, at 95 % after a completed task, and when a booking goes past 100 %', async () => {
    // A booking that began 3 hours ago, completed with 16 h 10 min: 16 h 15 min billed, 81 % of 20 h.
    const past = await api.addBooking({
      tenantId: api.tenantA.id,
      bookedBy: api.users['customer-admin-A'].id,
      start: api.now().getTime() - 3 * 3_600_000,
    });
    const completed = await api.request('POST', `/api/ops/bookings/${past.id}/complete`, {
      ...operator,
      body: { minutesSpent: 970 },
    });
    expect(completed.status).toBe(200);
    let mails = await balanceMails();
    expect(mails.map((m) => [m.kind, m.to])).toEqual([['balance_80', api.users['customer-admin-A'].email]]);
    expect(mails[0]?.text).toContain('has used 16 h 15 min of 20 h of webmaster time included in March 2030');

    // A manual task of 3 hours: 19 h 15 min, 96 %.
    const task = await api.addTaskOfTenantA();
    expect((await api.request('POST', `/api/ops/tasks/${task.id}/claim`, operator)).status).toBe(200);
    const done = await api.request('POST', `/api/ops/tasks/${task.id}/complete`, {
      ...operator,
      body: { minutesSpent: 180, note: 'Renewed.', outcome: 'succeeded' },
    });
    expect(done.status).toBe(200);
    mails = await balanceMails();
    expect(mails.map((m) => m.kind).sort()).toEqual(['balance_80', 'balance_95']);

    // 45 minutes are left: an hour costs one quarter hour beyond them.
    expect((await quote(60)).json()).toMatchObject({
      usedMinutes: 1155,
      afterMinutes: 1215,
      overageMinutes: 15,
      overageCost: { amount: 2000, currency: 'EUR' },
    });
    // Booked as the web app books, with an Idempotency-Key: the warning's transaction runs under the request's fence.
    const booking = {
      ...customer,
      headers: { 'idempotency-key': 'balance-over-1' },
      body: { typeId: 'hands-on', start: '2030-03-18T09:00:00.000Z', durationMinutes: 60 },
    };
    const booked = await api.request('POST', '/api/bookings', booking);
    expect(booked.status).toBe(201);
    // A retry replays the answer and queues nothing more.
    expect((await api.request('POST', '/api/bookings', booking)).json().id).toBe(booked.json().id);
    expect((await balanceMails()).filter((m) => m.kind === 'balance_over')).toHaveLength(1);
    mails = await balanceMails();
    const over = mails.find((m) => m.kind === 'balance_over');
    expect(over).toMatchObject({ bookingId: booked.json().id, to: api.users['customer-admin-A'].email });
    expect(over?.text).toContain('15 min of this booking is beyond the included hours and costs 20.00 EUR');

    // The quote now counts that booking as booked.
    expect((await quote(30)).json()).toMatchObject({ bookedMinutes: 60, overageMinutes: 30 });

    // The sender delivers them to the local mailbox, where the customer reads them.
    await sendDueNotifications({
      outbox: new DynamoNotificationOutbox(api.table.client, api.table.tableName),
      notifier: new LocalMailbox(api.table.client, api.table.tableName, () => api.now()),
      clock: { now: () => api.now() },
    });
    const mailbox = (await api.request('GET', '/auth/dev/mailbox', customer)).json().items as BookingNotification[];
    expect(mailbox.map((m) => m.kind)).toEqual(expect.arrayContaining(['balance_80', 'balance_95', 'balance_over']));
  });
});
