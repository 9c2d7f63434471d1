import type { AuditEntry } from '../audit/audit-entry.js';
import type { Subscription } from '../billing/subscription.js';
import type { Role } from '../contracts/roles.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { Tenant, User } from '../tenancy/model.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { Interval } from './availability.js';
import type { Booking, OnCallRota, StaffAvailability, StaffMember } from './model.js';
import type { BookingNotification } from './notifications.js';

/** Notifications to queue with a booking change, and queued reminders it withdraws. */
export interface NotificationChanges {
  queue: BookingNotification[];
  withdraw: BookingNotification[];
}

export interface StaffAvailabilityRepository {
  get(staffId: string): Promise<StaffAvailability | null>;
  put(staffId: string, availability: StaffAvailability, audit: AuditEntry): Promise<void>;
  /** Every staff member who has set working hours. */
  list(): Promise<{ staffId: string; availability: StaffAvailability }[]>;
  /** Every staff user (provider staff: tenantId null), with their roles, by name. */
  members(): Promise<(StaffMember & { roles: Role[] })[]>;
}

export interface OnCallRotaRepository {
  get(): Promise<OnCallRota>;
  put(rota: OnCallRota, audit: AuditEntry): Promise<void>;
}

/** A staff member's confirmed holds (bookings with their buffers), by staff id. */
export type HoldsByStaff = Map<string, (Interval & { bookingId: string })[]>;

/**
 * Everything a booking reads before its transaction, read in one stage (docs/data-model.md, "read what a booking
 * needs"): the organisation, its subscription and the person booking; the staff — working hours, the on-call rota,
 * the staff users (their names) — and the holds of the staff who could take it.
 */
export interface BookingContext {
  tenant: Pick<Tenant, 'id' | 'name' | 'status' | 'timeZone'> | null;
  subscription: Subscription | null;
  /** The person booking: the notifications go to them. */
  user: Pick<User, 'id' | 'email' | 'name'> | null;
  /** Every staff member who has set working hours. */
  availability: { staffId: string; availability: StaffAvailability }[];
  onCall: OnCallRota;
  /** Every staff user, with their roles. */
  members: (StaffMember & { roles: Role[] })[];
  /**
   * Holds overlapping the window asked for: of `staffId` when one was named, else of every staff member in
   * `availability` or in the rota.
   */
  holds: HoldsByStaff;
}

export interface BookingRepository {
  /**
   * Reads what booking a slot needs (`BookingContext`) at once: the tenant's items in one strongly consistent
   * `BatchGetItem`, the staff partition in one query, and the holds of the staff (of `staffId` alone, when named)
   * over `window`.
   */
  bookingContext(request: {
    tenantId: string;
    userId: string;
    window: Interval;
    staffId?: string | undefined;
  }): Promise<BookingContext>;
  /** Holds of confirmed bookings of these staff members that overlap `window`, by staff id. */
  holdsOf(staffIds: string[], window: Interval): Promise<HoldsByStaff>;
  /**
   * Writes the booking and one lock per quarter hour of its hold, in one transaction. Throws
   * `BOOKING.SLOT_TAKEN` naming the first quarter hour that is taken; writes nothing then.
   */
  create(booking: Booking, audit: AuditEntry, notifications: NotificationChanges): Promise<void>;
  get(tenantId: string, bookingId: string): Promise<Booking | null>;
  /** Any tenant's booking (operators). */
  find(bookingId: string): Promise<Booking | null>;
  listForTenant(tenantId: string, page: PageQuery): Promise<Page<Booking>>;
  listForStaff(staffId: string, window: Interval): Promise<Booking[]>;
  /** Cancels a confirmed booking and frees its locks; a late-cancellation fee is recorded with it. */
  cancel(
    booking: Booking,
    cancelled: Booking,
    usage: UsageRecord | null,
    audit: AuditEntry,
    notifications: NotificationChanges,
  ): Promise<void>;
  /** Moves a confirmed booking: frees the locks it no longer needs and takes the new ones, at once. */
  reschedule(booking: Booking, moved: Booking, audit: AuditEntry, notifications: NotificationChanges): Promise<void>;
  /** Closes a confirmed booking (completed or no-show) and records its usage (ids derived from the booking). */
  complete(booking: Booking, completed: Booking, usage: UsageRecord[], audit: AuditEntry): Promise<void>;
}

/** The outbox of booking notifications, written in the booking transactions. */
export interface NotificationOutbox {
  /** Queued notifications due at or before `now` and not waiting for a retry after then, oldest first. */
  due(now: string, limit: number): Promise<BookingNotification[]>;
  /** Removes a sent notification from the outbox. */
  remove(notification: BookingNotification): Promise<void>;
  /**
   * A notification that could not be sent waits until `retryAt` (its attempts counted): it keeps its place and key —
   * a booking change still finds it to withdraw — and the others are sent meanwhile.
   */
  postpone(notification: BookingNotification, retryAt: string): Promise<void>;
}

/** Delivers one notification: SES in AWS, the local mailbox in the local stack. */
export interface Notifier {
  send(notification: BookingNotification): Promise<void>;
}
