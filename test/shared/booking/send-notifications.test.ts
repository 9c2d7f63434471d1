import { describe, expect, it } from 'vitest';
import { findBookingType } from '../../../shared/booking/booking-types.js';
import { retryDelayMs, sendDueNotifications } from '../../../shared/booking/bookings.js';
import type { Booking } from '../../../shared/booking/model.js';
import { type BookingNotification, notificationsFor } from '../../../shared/booking/notifications.js';

const notification = (id: string, dueAt: string): BookingNotification => ({
  id,
  kind: 'confirmation',
  bookingId: `booking-${id}`,
  tenantId: 'tenant-a',
  to: 'owner@example.com',
  subject: `Booking ${id}`,
  text: 'Booked.',
  ics: null,
  dueAt,
});

/** An outbox in memory (retries honoured as the table's outbox does) and a mailer that refuses the ids it is told to. */
const sending = (queued: BookingNotification[], refuse: Set<string>) => {
  const outbox = [...queued];
  const sent: string[] = [];
  const delivered: BookingNotification[] = [];
  let now = new Date('2026-12-06T12:00:00.000Z');
  return {
    outbox,
    sent,
    delivered,
    at: (instant: string) => {
      now = new Date(instant);
    },
    deps: {
      outbox: {
        due: async (at: string, limit: number) =>
          outbox.filter((item) => item.dueAt <= at && (!item.retryAt || item.retryAt <= at)).slice(0, limit),
        remove: async (item: BookingNotification) => {
          outbox.splice(outbox.indexOf(item), 1);
        },
        postpone: async (item: BookingNotification, retryAt: string) => {
          item.retryAt = retryAt;
          item.attempts = (item.attempts ?? 0) + 1;
        },
      },
      notifier: {
        send: async (item: BookingNotification) => {
          if (refuse.has(item.id)) throw new Error(`refused ${item.id}`);
          sent.push(item.id);
          delivered.push(item);
        },
      },
      clock: { now: () => now },
    },
  };
};

describe('sending due e-mails from the outbox', () => {
  it('sends the due ones in order and takes them out; later ones wait', async () => {
    const run = sending(
      [notification('a', '2026-12-06T11:00:00.000Z'), notification('later', '2026-12-06T13:00:00.000Z')],
      new Set(),
    );
    expect(await sendDueNotifications(run.deps)).toEqual({ sent: 1 });
    expect(run.sent).toEqual(['a']);
    expect(run.outbox.map((item) => item.id)).toEqual(['later']);
  });

  it('sends the others when one cannot be sent, fails the run naming it, and tries it again with backoff', async () => {
    const refused = new Set(['broken']);
    const run = sending(
      [
        notification('first', '2026-12-06T10:00:00.000Z'),
        notification('broken', '2026-12-06T10:30:00.000Z'),
        notification('third', '2026-12-06T11:00:00.000Z'),
      ],
      refused,
    );
    await expect(sendDueNotifications(run.deps)).rejects.toThrow(
      '1 of 3 due e-mails could not be sent (tried again later, with backoff): broken',
    );
    expect(run.sent).toEqual(['first', 'third']);
    expect(run.outbox).toMatchObject([{ id: 'broken', attempts: 1, retryAt: '2026-12-06T12:01:00.000Z' }]);

    // Within the minute it waits (the run has nothing to do); after it, it is tried again — and waits twice as long.
    run.at('2026-12-06T12:00:30.000Z');
    expect(await sendDueNotifications(run.deps)).toEqual({ sent: 0 });
    run.at('2026-12-06T12:01:00.000Z');
    await expect(sendDueNotifications(run.deps)).rejects.toThrow('broken');
    expect(run.outbox).toMatchObject([{ id: 'broken', attempts: 2, retryAt: '2026-12-06T12:03:00.000Z' }]);

    refused.clear();
    run.at('2026-12-06T12:03:00.000Z');
    expect(await sendDueNotifications(run.deps)).toEqual({ sent: 1 });
    expect(run.outbox).toEqual([]);
  });

  it('waits 1, 2, 4 … minutes between attempts, at most an hour', () => {
    expect([1, 2, 3, 4, 7, 8, 30].map((attempts) => retryDelayMs(attempts) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});

describe('a booking e-mail’s calendar', () => {
  it('is made when the e-mail is sent, from what was queued', async () => {
    const booking: Booking = {
      id: 'b-1',
      tenantId: 'tenant-a',
      typeId: 'consultation',
      staffId: 's-1',
      bookedBy: 'u-1',
      start: '2026-12-09T13:00:00.000Z',
      end: '2026-12-09T13:30:00.000Z',
      durationMinutes: 30,
      holdStart: '2026-12-09T13:00:00.000Z',
      holdEnd: '2026-12-09T13:30:00.000Z',
      status: 'confirmed',
      notes: null,
      lateCancellationFee: null,
      minutesSpent: null,
      createdAt: '2026-12-06T11:00:00.000Z',
      updatedAt: '2026-12-06T11:00:00.000Z',
    };
    const recipient = { email: 'owner@example.com', name: 'Olga', organisation: 'Demo', timeZone: 'Europe/Berlin' };
    const [confirmation] = notificationsFor(
      'booked',
      booking,
      findBookingType('consultation'),
      recipient,
      new Date('2026-12-06T11:00:00.000Z'),
    );
    expect(confirmation?.ics).toBeNull();
    const run = sending([confirmation!], new Set());
    expect(await sendDueNotifications(run.deps)).toEqual({ sent: 1 });
    expect(run.delivered[0]?.ics).toContain('DTSTART;TZID=Europe/Berlin:20261209T140000');
    expect(run.delivered[0]).not.toHaveProperty('calendar');
  });

  it('that cannot be made waits for a retry like a refused e-mail', async () => {
    const [confirmation] = notificationsFor(
      'booked',
      {
        id: 'b-2',
        tenantId: 'tenant-a',
        typeId: 'consultation',
        staffId: 's-1',
        bookedBy: 'u-1',
        start: '2026-12-09T13:00:00.000Z',
        end: '2026-12-09T13:30:00.000Z',
        durationMinutes: 30,
        holdStart: '2026-12-09T13:00:00.000Z',
        holdEnd: '2026-12-09T13:30:00.000Z',
        status: 'confirmed',
        notes: null,
        lateCancellationFee: null,
        minutesSpent: null,
        createdAt: '2026-12-06T11:00:00.000Z',
        updatedAt: '2026-12-06T11:00:00.000Z',
      },
      findBookingType('consultation'),
      { email: 'owner@example.com', name: 'Olga', organisation: 'Demo', timeZone: 'Europe/Berlin' },
      new Date('2026-12-06T11:00:00.000Z'),
    );
    const broken = { ...confirmation!, calendar: { ...confirmation!.calendar!, timeZone: 'Not/A_Zone' } };
    const run = sending([broken], new Set());
    await expect(sendDueNotifications(run.deps)).rejects.toThrow(/1 of 1 due e-mails could not be sent/);
    expect(run.sent).toEqual([]);
    expect(run.outbox[0]?.attempts).toBe(1);
  });
});
