import { describe, expect, it } from 'vitest';
import { sendDueNotifications } from '../../../shared/booking/bookings.js';
import type { BookingNotification } from '../../../shared/booking/notifications.js';

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

/** An outbox in memory and a mailer that refuses the ids it is told to. */
const sending = (queued: BookingNotification[], refuse: Set<string>) => {
  const outbox = [...queued];
  const sent: string[] = [];
  return {
    outbox,
    sent,
    deps: {
      outbox: {
        due: async (now: string, limit: number) => outbox.filter((item) => item.dueAt <= now).slice(0, limit),
        remove: async (item: BookingNotification) => {
          outbox.splice(outbox.indexOf(item), 1);
        },
      },
      notifier: {
        send: async (item: BookingNotification) => {
          if (refuse.has(item.id)) throw new Error(`refused ${item.id}`);
          sent.push(item.id);
        },
      },
      clock: { now: () => new Date('2026-12-06T12:00:00.000Z') },
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

  it('keeps one that cannot be sent for the next run without holding back the others, and fails the run naming it', async () => {
    const run = sending(
      [
        notification('first', '2026-12-06T10:00:00.000Z'),
        notification('broken', '2026-12-06T10:30:00.000Z'),
        notification('third', '2026-12-06T11:00:00.000Z'),
      ],
      new Set(['broken']),
    );
    await expect(sendDueNotifications(run.deps)).rejects.toThrow(
      '1 of 3 due e-mails could not be sent (kept for the next run): broken',
    );
    expect(run.sent).toEqual(['first', 'third']);
    expect(run.outbox.map((item) => item.id)).toEqual(['broken']);
  });
});
