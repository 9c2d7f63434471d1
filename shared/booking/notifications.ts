import { plainText, singleLine } from '../platform/plain-text.js';
import { readableDateTime, readableDuration } from '../platform/readable-time.js';
import { type BookingType, findBookingType } from './booking-types.js';
import { bookingCalendar } from './ics.js';
import type { Booking } from './model.js';

export const BOOKING_NOTIFICATION_KINDS = [
  'confirmation',
  'change',
  'cancellation',
  'reminder_24h',
  'reminder_1h',
] as const;
/** Incidents (shared/monitoring): a page to the person on call, an escalation, the customer told. */
export const INCIDENT_NOTIFICATION_KINDS = ['incident_page', 'incident_escalation', 'incident_customer'] as const;
/**
 * Reports (shared/reports): the monthly service report (its PDF attached); the included webmaster hours at 80 % and
 * 95 %, and a booking that takes them past 100 %.
 */
export const REPORT_NOTIFICATION_KINDS = ['service_report', 'balance_80', 'balance_95', 'balance_over'] as const;
export const NOTIFICATION_KINDS = [
  ...BOOKING_NOTIFICATION_KINDS,
  ...INCIDENT_NOTIFICATION_KINDS,
  ...REPORT_NOTIFICATION_KINDS,
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * An e-mail of the outbox: about a booking (with the booking as an ICS attachment) or about an incident. The outbox,
 * its sender and the mail adapters handle both alike.
 */
export interface BookingNotification {
  /** Deterministic: kind, booking and the booking's version — queued twice, sent once. */
  id: string;
  kind: NotificationKind;
  /** The booking it is about; null for incident e-mails. */
  bookingId: string | null;
  /** The incident it is about; absent (or null) for booking e-mails. */
  incidentId?: string | null;
  tenantId: string;
  to: string;
  subject: string;
  text: string;
  /**
   * The calendar attachment; null when there is none or while it is not made yet (`calendar`). Booking e-mails are
   * queued without it and made when sent (`withCalendar`); items queued before that carry the finished file.
   */
  ics: string | null;
  /**
   * What a booking e-mail's calendar is made from when it is sent: the booking as queued, the recipient's zone and
   * organisation, and the instant it was queued (the calendar's DTSTAMP). The file is the same as one made at
   * queueing; only a booking that wins its slot queues it, and no request waits for it. Absent (or null) otherwise.
   */
  calendar?: CalendarSource | null;
  /**
   * A file made when the e-mail is sent (the outbox keeps the reference, not the bytes): the service report's PDF of
   * the notification's tenant and this period. Absent (or null) on other e-mails.
   */
  attachment?: { type: 'service_report'; periodId: string } | null;
  /** When to send: now for confirmations and changes, before the start for reminders. */
  dueAt: string;
  /** Failed sending attempts so far (absent: none). */
  attempts?: number;
  /** After a failed attempt: not tried again before this instant. */
  retryAt?: string | null;
}

/** What `withCalendar` makes a booking e-mail's ICS from. */
export interface CalendarSource {
  booking: Booking;
  timeZone: string;
  organisation: string;
  /** When the e-mail was queued: the calendar's DTSTAMP. */
  queuedAt: string;
}

export interface Recipient {
  email: string;
  name: string;
  organisation: string;
  timeZone: string;
}

type BookingNotificationKind = (typeof BOOKING_NOTIFICATION_KINDS)[number];

const SUBJECTS: Record<BookingNotificationKind, string> = {
  confirmation: 'Booking confirmed',
  change: 'Booking moved',
  cancellation: 'Booking cancelled',
  reminder_24h: 'Reminder: your booking is tomorrow',
  reminder_1h: 'Reminder: your booking starts in an hour',
};

const REMINDER_OFFSETS: Partial<Record<NotificationKind, number>> = {
  reminder_24h: 24 * 3_600_000,
  reminder_1h: 3_600_000,
};

const notification = (
  kind: BookingNotificationKind,
  booking: Booking,
  type: BookingType | undefined,
  recipient: Recipient,
  now: Date,
): BookingNotification => {
  // `Wed 9 Dec 2026, 14:00 (Europe/Berlin)`: the recipient's zone, named (shared/platform/readable-time.ts).
  const when = readableDateTime(Date.parse(booking.start), recipient.timeZone);
  // What people typed (names, the organisation) stays on its line: no header or line of its own.
  const name = singleLine(type?.name ?? booking.typeId);
  const organisation = singleLine(recipient.organisation);
  const offset = REMINDER_OFFSETS[kind];
  return {
    id: `${kind}-${booking.id}-${Date.parse(booking.updatedAt)}`,
    kind,
    bookingId: booking.id,
    tenantId: booking.tenantId,
    // Headers: one line, no control characters (no header injection).
    to: singleLine(recipient.email),
    subject: singleLine(`${SUBJECTS[kind]}: ${name}, ${when}`),
    // The body: LF line breaks only, no other control characters but tab.
    text: plainText(
      [
        `Hello ${singleLine(recipient.name)},`,
        '',
        kind === 'cancellation'
          ? `your ${name} on ${when} is cancelled.${booking.lateCancellationFee ? ` A late-cancellation fee of ${(booking.lateCancellationFee.amount / 100).toFixed(2)} ${booking.lateCancellationFee.currency} applies.` : ''}`
          : `your ${name} for ${organisation} is on ${when}, ${readableDuration(booking.durationMinutes)}.`,
        '',
        'The attached calendar file updates your calendar.',
        '— Opsdesk',
      ].join('\n'),
    ),
    // The calendar is made when the e-mail is sent (`withCalendar`): a request that loses its slot never makes it.
    ics: null,
    calendar: {
      booking,
      timeZone: recipient.timeZone,
      organisation: recipient.organisation,
      queuedAt: now.toISOString(),
    },
    dueAt: offset ? new Date(Date.parse(booking.start) - offset).toISOString() : now.toISOString(),
  };
};

/**
 * What a booking event queues: a confirmation (or change) now plus the reminders that are still in
 * the future; a cancellation only the cancellation notice. Queued in the same transaction as the
 * booking change (an outbox), so nothing is lost and nothing sent for a change that did not happen.
 */
export const notificationsFor = (
  event: 'booked' | 'rescheduled' | 'cancelled',
  booking: Booking,
  type: BookingType | undefined,
  recipient: Recipient,
  now: Date,
): BookingNotification[] => {
  if (event === 'cancelled') return [notification('cancellation', booking, type, recipient, now)];
  const reminders = (['reminder_24h', 'reminder_1h'] as const)
    .map((kind) => notification(kind, booking, type, recipient, now))
    .filter((n) => n.dueAt > now.toISOString());
  return [notification(event === 'booked' ? 'confirmation' : 'change', booking, type, recipient, now), ...reminders];
};

/** The reminders a booking had queued, so a cancellation or move can withdraw them. */
export const pendingRemindersOf = (booking: Booking, type: BookingType | undefined, recipient: Recipient, now: Date) =>
  (['reminder_24h', 'reminder_1h'] as const).map((kind) => notification(kind, booking, type, recipient, now));

/**
 * The e-mail as it is sent: a booking e-mail queued with its `calendar` source gets its ICS made now (the same file a
 * request would have made when queueing it) and loses the source; any other e-mail is returned as it is. Throws when
 * the calendar cannot be made (the sender retries it later).
 */
export const withCalendar = (notification: BookingNotification): BookingNotification => {
  const { calendar, ...rest } = notification;
  if (!calendar) return notification;
  const ics =
    rest.ics ??
    bookingCalendar({
      booking: calendar.booking,
      type: findBookingType(calendar.booking.typeId),
      timeZone: calendar.timeZone,
      organisation: calendar.organisation,
      now: new Date(calendar.queuedAt),
    });
  return { ...rest, ics };
};
