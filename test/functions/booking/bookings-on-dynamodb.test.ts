import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DynamoBookingRepository } from '../../../functions/adapters/dynamodb/dynamo-booking-repository.js';
import {
  DynamoNotificationOutbox,
  LocalMailbox,
} from '../../../functions/adapters/dynamodb/dynamo-notification-outbox.js';
import {
  DynamoOnCallRotaRepository,
  DynamoStaffAvailabilityRepository,
} from '../../../functions/adapters/dynamodb/dynamo-staff-availability-repository.js';
import { DynamoSubscriptionRepository } from '../../../functions/adapters/dynamodb/dynamo-subscription-repository.js';
import { RandomIds } from '../../../functions/adapters/system/random-ids.js';
import {
  book,
  cancelBooking,
  completeBooking,
  getOnCallRota,
  listBookings,
  listStaffBookings,
  markNoShow,
  rescheduleBooking,
  sendDueNotifications,
  setOnCallRota,
} from '../../../shared/booking/bookings.js';
import type { Booking } from '../../../shared/booking/model.js';
import { isDomainError } from '../../../shared/errors.js';
import type { Actor } from '../../../shared/platform/actor.js';
import { createTestApi, type TestApi } from '../../support/api.js';

let api: TestApi;
let deps: Parameters<typeof book>[0] & { clock: { now: () => Date; set: (iso: string) => void } };
let customer: Actor;
let operator: Actor;
const MONDAY = '2030-03-04';

beforeAll(async () => {
  api = await createTestApi();
  let now = new Date(`${MONDAY}T00:00:00Z`).getTime() - 3 * 86_400_000;
  const clock = {
    now: () => new Date(now),
    set: (iso: string) => {
      now = Date.parse(iso);
    },
  };
  const { client, tableName } = api.table;
  deps = {
    bookings: new DynamoBookingRepository(client, tableName),
    staff: new DynamoStaffAvailabilityRepository(client, tableName),
    onCall: new DynamoOnCallRotaRepository(client, tableName),
    tenants: api.tenants,
    subscriptions: new DynamoSubscriptionRepository(client, tableName),
    clock,
    ids: new RandomIds(),
  };
  const u = api.users['customer-admin-A'];
  customer = { userId: u.id, email: u.email, roles: u.roles, tenantId: u.tenantId };
  const o = api.users.operator;
  operator = { userId: o.id, email: o.email, roles: o.roles, tenantId: null };
  const weekly = (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, start: '08:00', end: '18:00' }));
  await deps.staff.put(
    o.id,
    { timeZone: 'Europe/Berlin', weekly, exceptions: [] },
    {
      id: 'a-staff',
      tenantId: null,
      at: new Date().toISOString(),
      actor: { userId: o.id, email: o.email, roles: o.roles },
      action: 'staff.availability_set',
      target: { type: 'staff', id: o.id },
      details: {},
    },
  );
});

const usageOf = async (bookingId: string) =>
  (await api.table.items()).filter((item) => item.entity === 'usage' && item.sourceId === bookingId);

describe('cancellation notice and completion, with the clock moving', () => {
  it('charges a late-cancellation fee inside the notice, as a usage record', async () => {
    deps.clock.set(`${MONDAY}T00:00:00Z`);
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T12:00:00Z`,
      durationMinutes: 30,
    });
    const cancelled = await cancelBooking(deps, customer, booking.id);
    expect(cancelled.lateCancellationFee).toEqual({ amount: 4000, currency: 'EUR' });
    expect(await usageOf(booking.id)).toEqual([
      expect.objectContaining({
        id: `late-cancellation-${booking.id}`,
        kind: 'late_cancellation',
        quantity: 1,
        unitPrice: { amount: 4000, currency: 'EUR' },
      }),
    ]);
  });

  it('records the minutes spent once: a retried completion records nothing new', async () => {
    deps.clock.set(`${MONDAY}T00:00:00Z`);
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T14:00:00Z`,
      durationMinutes: 60,
    });
    deps.clock.set(`${MONDAY}T15:05:00Z`);
    const completed = await completeBooking(deps, operator, booking.id, { minutesSpent: 50 });
    expect(completed).toMatchObject({ status: 'completed', minutesSpent: 50 });
    const again = await completeBooking(deps, operator, booking.id, { minutesSpent: 50 });
    expect(again.status).toBe('completed');
    expect(await usageOf(booking.id)).toEqual([
      expect.objectContaining({
        id: `booking-${booking.id}`,
        kind: 'webmaster_minutes',
        quantity: 50,
        sk: expect.stringMatching(/^USAGE#2030-03#/),
      }),
    ]);
  });
});

describe('no-shows', () => {
  it('are marked after the start and charge the late-cancellation fee once', async () => {
    deps.clock.set(`${MONDAY}T00:00:00Z`);
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T09:00:00Z`,
      durationMinutes: 15,
    });
    await expect(markNoShow(deps, operator, booking.id)).rejects.toMatchObject({ code: 'STATE.CONFLICT' });
    deps.clock.set(`${MONDAY}T09:20:00Z`);
    expect((await markNoShow(deps, operator, booking.id)).status).toBe('no_show');
    expect((await markNoShow(deps, operator, booking.id)).status).toBe('no_show');
    expect(await usageOf(booking.id)).toEqual([
      expect.objectContaining({
        id: `no-show-${booking.id}`,
        kind: 'late_cancellation',
        unitPrice: { amount: 4000, currency: 'EUR' },
      }),
    ]);
  });
});

describe('emergency call-outs', () => {
  it('are completed with the minutes spent and a call-out, each recorded once', async () => {
    deps.clock.set(`${MONDAY}T00:00:00Z`);
    await deps.onCall.put(
      { shifts: [{ staffId: operator.userId, start: `${MONDAY}T00:00:00.000Z`, end: `${MONDAY}T06:00:00.000Z` }] },
      {
        id: 'a-rota',
        tenantId: null,
        at: new Date().toISOString(),
        actor: { userId: 'p', email: 'p@opsdesk.local', roles: [] },
        action: 'staff.on_call_set',
        target: { type: 'rota', id: 'on-call' },
        details: {},
      },
    );
    await deps.subscriptions.commit({
      subscription: {
        tenantId: customer.tenantId!,
        planId: 'webmaster-eighth',
        status: 'active',
        paymentStatus: 'current',
        period: { id: '2030-03', start: '2030-03-01T00:00:00.000Z', end: '2030-04-01T00:00:00.000Z' },
        pendingPlanId: null,
        planHistory: [{ planId: 'webmaster-eighth', effectiveFrom: '2030-03-01T00:00:00.000Z' }],
        stripeCustomerId: null,
        paymentMethodOnFile: false,
        pastDueSince: null,
        suspendedForNonPayment: false,
        paymentStateAt: null,
        paymentMethodAt: null,
        createdAt: '2030-03-01T00:00:00.000Z',
        updatedAt: '2030-03-01T00:00:00.000Z',
        revision: 0,
      },
      expectedRevision: null,
      audit: [],
    });
    const booking = await book(deps, customer, {
      typeId: 'emergency',
      start: `${MONDAY}T02:00:00Z`,
      durationMinutes: 60,
    });
    deps.clock.set(`${MONDAY}T03:10:00Z`);
    await completeBooking(deps, operator, booking.id, { minutesSpent: 70 });
    await completeBooking(deps, operator, booking.id, { minutesSpent: 70 });
    expect((await usageOf(booking.id)).map((u) => [u.kind, u.quantity]).sort()).toEqual([
      ['call_outs', 1],
      ['webmaster_minutes', 70],
    ]);
  });
});

describe('notifications through the outbox', () => {
  it('queues a confirmation and the reminders still ahead; sends each when due; a cancellation withdraws them', async () => {
    const { client, tableName } = api.table;
    const outbox = new DynamoNotificationOutbox(client, tableName);
    const mailbox = new LocalMailbox(client, tableName, () => deps.clock.now());
    const send = () => sendDueNotifications({ outbox, notifier: mailbox, clock: deps.clock });
    const mine = async (bookingId: string) => (await mailbox.list(200)).filter((m) => m.bookingId === bookingId);

    deps.clock.set(`${MONDAY}T00:00:00Z`);
    await send(); // empty the outbox of earlier tests
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T16:00:00Z`,
      durationMinutes: 30,
    });
    await send();
    const [confirmation] = await mine(booking.id);
    expect(confirmation).toMatchObject({ kind: 'confirmation', to: api.users['customer-admin-A'].email });
    expect(confirmation?.subject).toContain('Booking confirmed: Consultation, Mon 4 Mar 2030, 17:00 (Europe/Berlin)');
    expect(confirmation?.ics).toContain('DTSTART;TZID=Europe/Berlin:20300304T170000');

    // Booked 16 hours ahead: the 24-hour reminder would be in the past, so only the 1-hour one was queued.
    deps.clock.set(`${MONDAY}T15:00:00Z`);
    await send();
    expect((await mine(booking.id)).map((m) => m.kind).sort()).toEqual(['confirmation', 'reminder_1h']);
    expect((await send()).sent).toBe(0);

    deps.clock.set(`${MONDAY}T00:00:00Z`);
    const other = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T13:00:00Z`,
      durationMinutes: 30,
    });
    await cancelBooking(deps, customer, other.id);
    deps.clock.set(`${MONDAY}T17:00:00Z`);
    await send();
    expect((await mine(other.id)).map((m) => m.kind).sort()).toEqual(['cancellation', 'confirmation']);
  });
});

describe('names next to ids', () => {
  it('every booking answered carries the organisation’s, the type’s and the operator’s name', async () => {
    deps.clock.set(`${MONDAY}T00:00:00Z`);
    const names = { tenantName: 'Tenant A', typeName: 'Consultation', staffName: api.users.operator.name };
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T10:00:00Z`,
      durationMinutes: 30,
    });
    expect(booking).toMatchObject(names);
    const listed = (await listBookings(deps, customer, { limit: 100 })).items.find((b) => b.id === booking.id);
    expect(listed).toMatchObject({ ...names, status: 'confirmed' });
    const calendar = await listStaffBookings(deps, operator, {
      from: `${MONDAY}T00:00:00Z`,
      to: `${MONDAY}T23:59:00Z`,
    });
    expect(calendar.items.find((b) => b.id === booking.id)).toMatchObject(names);
    expect(await rescheduleBooking(deps, customer, booking.id, { start: `${MONDAY}T10:30:00Z` })).toMatchObject(names);
    expect(await cancelBooking(deps, customer, booking.id)).toMatchObject({ ...names, status: 'cancelled' });
  });

  it('the names are read, not stored: the record keeps ids only', async () => {
    deps.clock.set(`${MONDAY}T00:00:00Z`);
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${MONDAY}T11:00:00Z`,
      durationMinutes: 15,
    });
    const stored = (await api.table.items()).find((item) => item.entity === 'booking' && item.id === booking.id);
    expect(stored).toMatchObject({ tenantId: customer.tenantId, staffId: operator.userId, typeId: 'consultation' });
    expect(stored).not.toHaveProperty('tenantName');
    expect(stored).not.toHaveProperty('staffName');
    expect(await deps.bookings.get(customer.tenantId!, booking.id)).not.toHaveProperty('typeName');
  });
});

/**
 * The calls a client sends while `run` runs, by stage: a call’s stage is one more than the highest stage of the calls
 * that had answered when it was sent (it may depend on them); calls in flight together share a stage.
 */
const recordStages = (client: DynamoDBDocumentClient) => {
  let calls: { stage: number; name: string }[] | null = null;
  let answered = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const recording = calls;
      if (!recording) return next(args);
      const call = { stage: answered + 1, name: String(context.commandName).replace(/Command$/, '') };
      recording.push(call);
      try {
        return await next(args);
      } finally {
        answered = Math.max(answered, call.stage);
      }
    },
    { step: 'initialize', name: 'recordStages' },
  );
  return async (run: () => Promise<unknown>): Promise<string[][]> => {
    const recording: { stage: number; name: string }[] = [];
    calls = recording;
    answered = 0;
    await run().finally(() => {
      calls = null;
    });
    const depth = Math.max(0, ...recording.map((call) => call.stage));
    return Array.from({ length: depth }, (_, index) =>
      recording
        .filter((call) => call.stage === index + 1)
        .map((call) => call.name)
        .sort(),
    );
  };
};

describe('what a booking reads', () => {
  const WEDNESDAY = '2030-03-06';

  it('reads in one stage — the tenant’s items in one BatchGetItem, the staff partition, the holds — then writes once', async () => {
    deps.clock.set(`${WEDNESDAY}T00:00:00Z`);
    const stagesOf = recordStages(api.table.client);
    // A repository of its own: what the container’s previous booking needed is part of what it reads at once.
    const fresh = { ...deps, bookings: new DynamoBookingRepository(api.table.client, api.table.tableName) };
    const bookAt = (time: string) =>
      book(fresh, customer, { typeId: 'consultation', start: `${WEDNESDAY}T${time}:00Z`, durationMinutes: 30 });

    const first = await stagesOf(() => bookAt('08:00'));
    const staffCount = first[1]?.length ?? 0;
    expect(staffCount).toBeGreaterThan(0);
    // The container’s first booking learns whose holds count from the staff partition: one stage more.
    expect(first).toEqual([
      ['BatchGetItem', 'Query'],
      Array.from({ length: staffCount }, () => 'Query'),
      ['TransactWriteItems'],
    ]);

    const second = await stagesOf(() => bookAt('09:00'));
    expect(second).toEqual([
      ['BatchGetItem', ...Array.from({ length: staffCount + 1 }, () => 'Query')],
      ['TransactWriteItems'],
    ]);

    // A named staff member’s holds need no guess.
    const named = await stagesOf(() =>
      book({ ...deps, bookings: new DynamoBookingRepository(api.table.client, api.table.tableName) }, customer, {
        typeId: 'consultation',
        start: `${WEDNESDAY}T10:00:00Z`,
        durationMinutes: 30,
        staffId: operator.userId,
      }),
    );
    expect(named).toEqual([['BatchGetItem', 'Query', 'Query'], ['TransactWriteItems']]);
  });

  it('still answers with the names, and queues the e-mails without a calendar', async () => {
    deps.clock.set('2030-03-05T00:00:00Z'); // the day before: both reminders are still ahead
    const booking = await book(deps, customer, {
      typeId: 'consultation',
      start: `${WEDNESDAY}T11:00:00Z`,
      durationMinutes: 30,
    });
    expect(booking).toMatchObject({
      tenantName: 'Tenant A',
      typeName: 'Consultation',
      staffName: api.users.operator.name,
    });
    const queued = (await api.table.items()).filter(
      (item) => item.entity === 'notification' && item.bookingId === booking.id,
    );
    expect(queued.map((item) => item.kind).sort()).toEqual(['confirmation', 'reminder_1h', 'reminder_24h']);
    for (const item of queued) {
      expect(item.ics).toBeNull();
      expect(item.calendar).toMatchObject({ booking: { id: booking.id }, timeZone: expect.any(String) });
    }
  });
});

describe('the on-call rota as the API answers it', () => {
  const admin = (): Actor => {
    const u = api.users['provider-admin'];
    return { userId: u.id, email: u.email, roles: u.roles, tenantId: null };
  };

  it('names every operator who can be on call, and no finance or admin staff', async () => {
    const { staff } = await getOnCallRota(deps);
    const o = api.users.operator;
    expect(staff).toEqual([{ id: o.id, name: o.name, email: o.email }]);
  });

  it('answers a change with the shifts and the same staff; a shift of a non-operator is refused, naming the field', async () => {
    const shift = { staffId: operator.userId, start: '2031-01-06T00:00:00.000Z', end: '2031-01-06T08:00:00.000Z' };
    const view = await setOnCallRota(deps, admin(), { shifts: [shift] });
    expect(view.shifts).toEqual([shift]);
    expect(view.staff.map((member) => member.id)).toEqual([operator.userId]);
    expect((await getOnCallRota(deps)).shifts).toEqual([shift]);

    const finance = api.users.finance;
    await expect(
      setOnCallRota(deps, admin(), {
        shifts: [shift, { ...shift, staffId: finance.id, start: shift.end, end: '2031-01-06T16:00:00.000Z' }],
      }),
    ).rejects.toMatchObject({
      code: 'REQUEST.INVALID',
      errors: [{ path: 'body.shifts.1.staffId', message: 'is not an operator' }],
    });
  });
});

describe('property: no two confirmed bookings of one staff member ever overlap', () => {
  it('holds after any sequence of book, cancel and reschedule', async () => {
    const day = '2030-03-05';
    const quarter = fc.integer({ min: 0, max: 39 }); // 08:00 … 17:45
    const operation = fc.oneof(
      fc.record({ op: fc.constant('book' as const), q: quarter, duration: fc.constantFrom(15, 30, 45, 60) }),
      fc.record({ op: fc.constant('cancel' as const), pick: fc.nat() }),
      fc.record({ op: fc.constant('reschedule' as const), pick: fc.nat(), q: quarter }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 5, maxLength: 25 }), async (operations) => {
        // Each run gets a day of its own, a week apart, so runs do not see each other's bookings.
        run += 1;
        const date = new Date(Date.parse(`${day}T00:00:00Z`) + run * 7 * 86_400_000).toISOString().slice(0, 10);
        deps.clock.set(new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString());
        const startOf = (q: number) => new Date(Date.parse(`${date}T07:00:00Z`) + q * 15 * 60_000).toISOString();
        const made: Booking[] = [];
        for (const step of operations) {
          try {
            if (step.op === 'book') {
              made.push(
                await book(deps, customer, {
                  typeId: 'consultation',
                  start: startOf(step.q),
                  durationMinutes: step.duration,
                }),
              );
            } else if (made.length > 0) {
              const target = made[step.pick % made.length]!;
              if (step.op === 'cancel') await cancelBooking(deps, customer, target.id);
              else await rescheduleBooking(deps, customer, target.id, { start: startOf(step.q) });
            }
          } catch (error) {
            if (!isDomainError(error)) throw error; // 409s and 422s are expected outcomes
          }
        }
        const confirmed = (
          await deps.bookings.listForStaff(operator.userId, {
            start: Date.parse(`${date}T00:00:00Z`),
            end: Date.parse(`${date}T23:59:00Z`),
          })
        ).filter((b) => b.status === 'confirmed');
        for (let i = 0; i < confirmed.length; i++) {
          for (let j = i + 1; j < confirmed.length; j++) {
            const a = confirmed[i]!;
            const b = confirmed[j]!;
            const overlap = a.holdStart < b.holdEnd && b.holdStart < a.holdEnd;
            expect(overlap, `${a.holdStart}–${a.holdEnd} and ${b.holdStart}–${b.holdEnd}`).toBe(false);
          }
        }
      }),
      { numRuns: 15 },
    );
  }, 120_000);
});
