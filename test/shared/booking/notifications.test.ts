import { describe, expect, it } from 'vitest';
import { findBookingType } from '../../../shared/booking/booking-types.js';
import { bookingCalendar } from '../../../shared/booking/ics.js';
import type { Booking } from '../../../shared/booking/model.js';
import { notificationsFor, type Recipient, withCalendar } from '../../../shared/booking/notifications.js';

const booking: Booking = {
  id: 'b-1',
  tenantId: 't-1',
  typeId: 'consultation',
  staffId: 's-1',
  bookedBy: 'u-1',
  start: '2030-03-04T16:00:00.000Z',
  end: '2030-03-04T16:30:00.000Z',
  durationMinutes: 30,
  holdStart: '2030-03-04T16:00:00.000Z',
  holdEnd: '2030-03-04T16:30:00.000Z',
  status: 'confirmed',
  notes: 'x\r\nATTENDEE:mailto:evil@example.com\rDESCRIPTION:y\u2028\u2029\u0000\u0085\u007f',
  lateCancellationFee: null,
  minutesSpent: null,
  createdAt: '2030-03-01T10:00:00.000Z',
  updatedAt: '2030-03-01T10:00:00.000Z',
};

/** Hostile everywhere a person types: the name, the organisation, the address. */
const recipient: Recipient = {
  email: 'olga@demo.example\r\nBcc: evil@example.com',
  name: 'Olga\r\nBcc: evil@example.com\u2028Subject: x\u0000\u0085\u007f\r',
  organisation: 'Verein\rX-Injected: 1\u2029\u0001',
  timeZone: 'Europe/Berlin',
};

const now = new Date('2030-03-01T10:00:00.000Z');
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const HEADER_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
const BODY_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

describe('booking e-mails carry no header injection and no stray control characters', () => {
  const all = [
    ...notificationsFor('booked', booking, findBookingType('consultation'), recipient, now),
    ...notificationsFor('cancelled', booking, undefined, recipient, now),
    ...notificationsFor(
      'booked',
      { ...booking, typeId: 'x\r\nBcc: evil@example.com\u2028' },
      undefined,
      recipient,
      now,
    ),
  ];

  it('keeps subject and recipient on one line, without control characters', () => {
    expect(all.map((n) => n.kind)).toEqual([
      'confirmation',
      'reminder_24h',
      'reminder_1h',
      'cancellation',
      'confirmation',
      'reminder_24h',
      'reminder_1h',
    ]);
    for (const n of all) {
      expect(n.subject).not.toMatch(HEADER_UNSAFE);
      expect(n.to).not.toMatch(HEADER_UNSAFE);
    }
    expect(all[4]?.subject).toBe('Booking confirmed: x Bcc: evil@example.com, Mon 4 Mar 2030, 17:00 (Europe/Berlin)');
  });

  it('keeps the body to LF line breaks, a name on its line, nothing that starts a header', () => {
    for (const n of all) {
      expect(n.text).not.toMatch(BODY_UNSAFE);
      expect(n.text.split('\n').filter((line) => /^(Bcc|Subject|X-Injected):/i.test(line))).toEqual([]);
    }
    expect(all[0]?.text.split('\n')[0]).toBe('Hello Olga Bcc: evil@example.com Subject: x,');
    expect(all[0]?.text).toContain('for Verein X-Injected: 1 is on Mon 4 Mar 2030, 17:00 (Europe/Berlin), 30 min.');
  });

  it('attaches, when sent, a calendar whose notes cannot add a property', () => {
    for (const n of all) {
      const lines = (withCalendar(n).ics ?? '').replace(/\r\n[ \t]/g, '').split(/\r\n|[\r\n\u0085\u2028\u2029]/);
      expect(lines.filter((line) => /^(ATTENDEE|DESCRIPTION)[:;]/.test(line))).toHaveLength(1);
      expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain(
        'x\\nATTENDEE:mailto:evil@example.com\\nDESCRIPTION:y\\n\\n',
      );
    }
  });
});

describe('booking e-mails are written in the recipient’s zone with a readable date', () => {
  const reader = (timeZone: string): Recipient => ({
    email: 'olga@demo.example',
    name: 'Olga',
    organisation: 'Demo Verein',
    timeZone,
  });

  it('names the day, the time and the zone of an organisation in Berlin', () => {
    const [confirmation] = notificationsFor(
      'booked',
      booking,
      findBookingType('consultation'),
      reader('Europe/Berlin'),
      now,
    );
    expect(confirmation?.subject).toMatch(/^Booking confirmed: .+, Mon 4 Mar 2030, 17:00 \(Europe\/Berlin\)$/);
    expect(confirmation?.text).toContain('is on Mon 4 Mar 2030, 17:00 (Europe/Berlin), 30 min.');
    expect(confirmation?.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('writes the same booking in New York time for a reader in America/New_York', () => {
    const [confirmation] = notificationsFor('booked', booking, undefined, reader('America/New_York'), now);
    expect(confirmation?.subject).toBe('Booking confirmed: consultation, Mon 4 Mar 2030, 11:00 (America/New York)');
    const [cancellation] = notificationsFor('cancelled', booking, undefined, reader('America/New_York'), now);
    expect(cancellation?.text).toContain('your consultation on Mon 4 Mar 2030, 11:00 (America/New York) is cancelled.');
  });

  it('moves the date with the zone: late evening in New York is the next morning in Kolkata', () => {
    const late = { ...booking, start: '2030-03-05T02:30:00.000Z', end: '2030-03-05T03:00:00.000Z' };
    expect(notificationsFor('booked', late, undefined, reader('America/New_York'), now)[0]?.subject).toContain(
      'Mon 4 Mar 2030, 21:30 (America/New York)',
    );
    expect(notificationsFor('booked', late, undefined, reader('Asia/Kolkata'), now)[0]?.subject).toContain(
      'Tue 5 Mar 2030, 08:00 (Asia/Kolkata)',
    );
  });
});

describe('a booking e-mail’s calendar is made when it is sent, not when it is queued', () => {
  const reader: Recipient = {
    email: 'olga@demo.example',
    name: 'Olga',
    organisation: 'Demo Verein',
    timeZone: 'Europe/Berlin',
  };
  const type = findBookingType('consultation');

  it('queues the e-mails with what the calendar is made from, and no file', () => {
    for (const n of notificationsFor('booked', booking, type, reader, now)) {
      expect(n.ics).toBeNull();
      expect(n.calendar).toEqual({
        booking,
        timeZone: 'Europe/Berlin',
        organisation: 'Demo Verein',
        queuedAt: now.toISOString(),
      });
    }
  });

  it('makes the very file the request would have made, and sends no source along', () => {
    const queued = notificationsFor('booked', booking, type, reader, now);
    const expected = bookingCalendar({ booking, type, timeZone: 'Europe/Berlin', organisation: 'Demo Verein', now });
    for (const n of queued) {
      const sent = withCalendar(n);
      expect(sent.ics).toBe(expected);
      expect(sent).not.toHaveProperty('calendar');
      expect({ ...sent, ics: null }).toEqual({ ...n, calendar: undefined, ics: null });
    }
  });

  it('leaves an e-mail queued with its calendar, or without one, as it is', () => {
    const [confirmation] = notificationsFor('booked', booking, type, reader, now);
    const finished = { ...confirmation!, calendar: null, ics: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' };
    expect(withCalendar(finished)).toBe(finished);
    const incident = { ...confirmation!, kind: 'incident_page' as const, bookingId: null, calendar: undefined };
    expect(withCalendar(incident)).toBe(incident);
  });
});
