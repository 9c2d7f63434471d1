import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import { planInForce } from '../billing/periods.js';
import type { BalanceWatch, SubscriptionRepository } from '../billing/ports.js';
import type { Subscription } from '../billing/subscription.js';
import { DomainError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import { formatInZone } from '../platform/zoned-time.js';
import type { TenantRepository } from '../tenancy/ports.js';
import type { UsageRecord } from '../usage/usage-record.js';
import { freeSlots, holdOf, type Interval, isFree, outsideBookingWindow, type StaffCalendar } from './availability.js';
import { BOOKING_TYPES, type BookingType, findBookingType } from './booking-types.js';
import { bookingCalendar } from './ics.js';
import type {
  AvailabilityQuery,
  Booking,
  BookingView,
  BookRequest,
  OnCallRota,
  OnCallRotaView,
  StaffAvailability,
  StaffMember,
} from './model.js';
import { notificationsFor, pendingRemindersOf, type Recipient, withCalendar } from './notifications.js';
import type {
  BookingContext,
  BookingRepository,
  NotificationOutbox,
  Notifier,
  OnCallRotaRepository,
  StaffAvailabilityRepository,
} from './ports.js';

/** The person who booked, in the organisation's time zone. */
const recipientFrom = (
  user: { email: string; name: string },
  tenant: { name: string; timeZone: string },
): Recipient => ({ email: user.email, name: user.name, organisation: tenant.name, timeZone: tenant.timeZone });

/** Who hears about a booking: the person who booked it, in the organisation's time zone. */
const recipientOf = async (deps: BookingDeps, booking: Booking): Promise<Recipient | null> => {
  const [user, tenant] = await Promise.all([
    deps.tenants.getUser(booking.tenantId, booking.bookedBy),
    deps.tenants.getTenant(booking.tenantId),
  ]);
  return user && tenant ? recipientFrom(user, tenant) : null;
};

const notificationChanges = async (
  deps: BookingDeps,
  event: 'booked' | 'rescheduled' | 'cancelled',
  before: Booking | null,
  after: Booking,
  now: Date,
) => {
  const recipient = await recipientOf(deps, after);
  if (!recipient) return { queue: [], withdraw: [] };
  const type = findBookingType(after.typeId);
  return {
    queue: notificationsFor(event, after, type, recipient, now),
    withdraw: before ? pendingRemindersOf(before, type, recipient, now) : [],
  };
};

export interface BookingDeps {
  bookings: BookingRepository;
  staff: StaffAvailabilityRepository;
  onCall: OnCallRotaRepository;
  tenants: TenantRepository;
  subscriptions: SubscriptionRepository;
  clock: Clock;
  ids: IdGenerator;
  /** Balance warnings (shared/billing/balance.ts), checked after the write committed; never fails the request. */
  balance?: BalanceWatch;
}

const DAY_MS = 86_400_000;
/** The longest span one availability query may cover. */
export const MAX_AVAILABILITY_DAYS = 62;

const invalid = (path: string, message: string) =>
  new DomainError('REQUEST.INVALID', `The request is not valid: ${path} ${message}.`, [{ path, message }]);

const typeOrThrow = (typeId: string, path: string): BookingType => {
  const type = findBookingType(typeId);
  if (!type) throw invalid(path, `is not a booking type (${BOOKING_TYPES.map((t) => t.id).join(', ')})`);
  return type;
};

const durationOrThrow = (type: BookingType, durationMinutes: number | undefined, path: string): number => {
  const duration = durationMinutes ?? type.durations[0]!;
  if (!type.durations.includes(duration))
    throw invalid(path, `must be one of ${type.durations.join(', ')} minutes for ${type.name}`);
  return duration;
};

/**
 * The names a person reads next to a booking's ids — organisation, booking type, operator — resolved when read (one
 * query of the staff users, one read per organisation), so a renamed organisation or operator shows its new name.
 */
export async function withNames(
  deps: Pick<BookingDeps, 'staff' | 'tenants'>,
  bookings: Booking[],
): Promise<BookingView[]> {
  if (bookings.length === 0) return [];
  const tenantIds = [...new Set(bookings.map((booking) => booking.tenantId))];
  // Names are read after a booking's write has committed: a failed read (a throttle) falls back to the generic names
  // below rather than turning a booking that happened into an error the client would retry.
  const [members, tenants] = await Promise.all([
    deps.staff.members().catch(() => []),
    Promise.all(tenantIds.map((tenantId) => deps.tenants.getTenant(tenantId).catch(() => null))),
  ]);
  return namedWith(bookings, members, tenants);
}

/** Bookings with the names of their organisation, type and staff member, from names already read. */
const namedWith = (
  bookings: Booking[],
  members: { id: string; name: string }[],
  tenants: ({ id: string; name: string } | null)[],
): BookingView[] => {
  const staffNames = new Map(members.map((member) => [member.id, member.name]));
  const tenantNames = new Map(tenants.flatMap((tenant) => (tenant ? [[tenant.id, tenant.name] as const] : [])));
  return bookings.map((booking) => ({
    ...booking,
    tenantName: tenantNames.get(booking.tenantId) ?? 'A removed organisation',
    typeName: findBookingType(booking.typeId)?.name ?? booking.typeId,
    staffName: staffNames.get(booking.staffId) ?? 'A former staff member',
  }));
};

const named = async (deps: Pick<BookingDeps, 'staff' | 'tenants'>, booking: Booking): Promise<BookingView> =>
  (await withNames(deps, [booking]))[0]!;

export const listBookingTypes = () => ({ items: [...BOOKING_TYPES] });

export const getStaffAvailability = async (deps: Pick<BookingDeps, 'staff'>, actor: Actor) => {
  const availability = await deps.staff.get(actor.userId);
  return availability ?? { timeZone: 'Europe/Berlin', weekly: [], exceptions: [] };
};

/** An operator keeps their own weekly hours and exceptions, in their own zone. */
export const setStaffAvailability = async (
  deps: Pick<BookingDeps, 'staff' | 'clock' | 'ids'>,
  actor: Actor,
  availability: StaffAvailability,
) => {
  await deps.staff.put(
    actor.userId,
    availability,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: null,
      action: 'staff.availability_set',
      target: { type: 'staff', id: actor.userId },
      details: {
        timeZone: availability.timeZone,
        blocks: availability.weekly.length,
        exceptions: availability.exceptions.length,
      },
    }),
  );
  return availability;
};

/**
 * The calendars a type books: staff in their working hours, or — for on-call types — whoever is on
 * call, in their shifts.
 */
const calendarsFor = async (
  deps: BookingDeps,
  type: BookingType,
  window: Interval,
  staffId?: string,
): Promise<StaffCalendar[]> => {
  let calendars: Omit<StaffCalendar, 'holds'>[];
  if (type.schedule === 'on-call') {
    const { shifts } = await deps.onCall.get();
    const byStaff = new Map<string, Interval[]>();
    for (const shift of shifts) {
      const interval = { start: Date.parse(shift.start), end: Date.parse(shift.end) };
      if (interval.end <= window.start || interval.start >= window.end) continue;
      byStaff.set(shift.staffId, [...(byStaff.get(shift.staffId) ?? []), interval]);
    }
    calendars = [...byStaff].map(([id, intervals]) => ({ staffId: id, shifts: intervals }));
  } else {
    calendars = await deps.staff.list();
  }
  const chosen = staffId ? calendars.filter((s) => s.staffId === staffId) : calendars;
  const holds = await deps.bookings.holdsOf(
    chosen.map((s) => s.staffId),
    window,
  );
  return chosen.map((s) => ({ ...s, holds: holds.get(s.staffId) ?? [] }));
};

/** Free slots of a booking type, computed in each staff member's zone and shown in the viewer's. */
export async function findAvailability(deps: BookingDeps, query: AvailabilityQuery) {
  const type = typeOrThrow(query.type, 'query.type');
  const durationMinutes = durationOrThrow(type, query.durationMinutes, 'query.durationMinutes');
  const from = Date.parse(query.from);
  const to = Date.parse(query.to);
  if (to <= from) throw invalid('query.to', 'must be after from');
  if (to - from > MAX_AVAILABILITY_DAYS * DAY_MS)
    throw invalid('query.to', `must be at most ${MAX_AVAILABILITY_DAYS} days after from`);
  const margin = (durationMinutes + type.bufferBeforeMinutes + type.bufferAfterMinutes + 8 * 60) * 60_000;
  const staff = await calendarsFor(deps, type, { start: from - margin, end: to + margin }, query.staffId);
  const slots = freeSlots({ staff, type, durationMinutes, from, to, now: deps.clock.now().getTime() });
  return {
    timeZone: query.timeZone,
    durationMinutes,
    slots: slots.map((slot) => ({
      start: formatInZone(slot.start, query.timeZone),
      end: formatInZone(slot.end, query.timeZone),
      staffIds: slot.staffIds,
    })),
  };
}

/** Suspended tenants cannot book. */
const assertTenantMayBook = (tenant: Pick<BookingContext, 'tenant'>['tenant']) => {
  if (!tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'Your organisation no longer exists.');
  if (tenant.status === 'suspended' || tenant.status === 'pending_deletion') {
    throw new DomainError(
      'BOOKING.NOT_ALLOWED',
      `Your organisation is ${tenant.status.replace('_', ' ')}: bookings are closed.`,
    );
  }
};

/** Plans that do not allow the type cannot book it. */
const assertPlanAllows = (subscription: Subscription | null, type: BookingType, now: Date) => {
  if (type.requires === 'nothing') return;
  const plan = planInForce(subscription, now);
  if (!plan) throw new DomainError('BOOKING.NOT_ALLOWED', `${type.name} needs an active plan: choose one first.`);
  if (type.requires === 'call-outs' && !plan.callOutsAllowed) {
    throw new DomainError('BOOKING.NOT_ALLOWED', `Your plan (${plan.name}) does not include ${type.name}.`);
  }
};

/** Suspended tenants and plans that do not allow the type cannot book. */
const assertMayBook = async (deps: BookingDeps, tenantId: string, type: BookingType) => {
  assertTenantMayBook(await deps.tenants.getTenant(tenantId));
  if (type.requires === 'nothing') return;
  assertPlanAllows(await deps.subscriptions.get(tenantId), type, deps.clock.now());
};

/** The calendars a type books (as `calendarsFor` reads them), from what a booking read at once. */
const calendarsIn = (
  context: BookingContext,
  type: BookingType,
  window: Interval,
  staffId?: string,
): StaffCalendar[] => {
  let calendars: Omit<StaffCalendar, 'holds'>[];
  if (type.schedule === 'on-call') {
    const byStaff = new Map<string, Interval[]>();
    for (const shift of context.onCall.shifts) {
      const interval = { start: Date.parse(shift.start), end: Date.parse(shift.end) };
      if (interval.end <= window.start || interval.start >= window.end) continue;
      byStaff.set(shift.staffId, [...(byStaff.get(shift.staffId) ?? []), interval]);
    }
    calendars = [...byStaff].map(([id, intervals]) => ({ staffId: id, shifts: intervals }));
  } else {
    calendars = context.availability;
  }
  const chosen = staffId ? calendars.filter((s) => s.staffId === staffId) : calendars;
  return chosen.map((s) => ({ ...s, holds: context.holds.get(s.staffId) ?? [] }));
};

const startOrThrow = (type: BookingType, start: string, now: number, path: string): number => {
  const at = Date.parse(start);
  const reason = outsideBookingWindow(type, at, now);
  if (reason) throw invalid(path, reason);
  return at;
};

/** Monday 00:00 UTC of the week of `at`. */
const weekOf = (at: number): Interval => {
  const day = new Date(at);
  const monday = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return { start: monday, end: monday + 7 * DAY_MS };
};

/**
 * Books a slot. Without a chosen staff member, the one free at that time with the fewest bookings
 * that week takes it. The table makes double booking impossible: the booking and a lock per quarter
 * hour of its hold are written in one transaction (409 names the first taken quarter hour).
 */
export async function book(deps: BookingDeps, actor: Actor, request: BookRequest): Promise<BookingView> {
  const tenantId = tenantOf(actor, 'Only members of an organisation book webmaster time.');
  const type = typeOrThrow(request.typeId, 'body.typeId');
  const durationMinutes = durationOrThrow(type, request.durationMinutes, 'body.durationMinutes');
  const now = deps.clock.now();
  const start = startOrThrow(type, request.start, now.getTime(), 'body.start');
  const week = weekOf(start);
  const hold = holdOf(type, start, durationMinutes);
  const window = { start: Math.min(week.start, hold.start - DAY_MS), end: Math.max(week.end, hold.end + DAY_MS) };
  // Every read in one stage — tenant, subscription, the person booking, the staff and their holds — then the one
  // transaction; the names in the answer and the notifications' recipient come from the same reads.
  const context = await deps.bookings.bookingContext({
    tenantId,
    userId: actor.userId,
    window,
    staffId: request.staffId,
  });
  assertTenantMayBook(context.tenant);
  assertPlanAllows(context.subscription, type, now);

  const calendars = calendarsIn(context, type, window, request.staffId);
  if (request.staffId && calendars.length === 0)
    throw invalid('body.staffId', 'is not a staff member who takes bookings');
  const free = calendars.filter((calendar) => isFree(calendar, type, start, durationMinutes));
  if (free.length === 0) {
    throw new DomainError(
      'BOOKING.SLOT_TAKEN',
      `Nobody is free for ${durationMinutes} minutes at ${request.start}; pick another slot.`,
    );
  }
  const bookedThisWeek = (calendar: StaffCalendar) =>
    calendar.holds.filter((h) => h.start >= week.start && h.start < week.end).length;
  const [chosen] = [...free].sort(
    (a, b) => bookedThisWeek(a) - bookedThisWeek(b) || a.staffId.localeCompare(b.staffId),
  );

  const at = now.toISOString();
  const booking: Booking = {
    id: deps.ids.newId(),
    tenantId,
    typeId: type.id,
    staffId: chosen!.staffId,
    bookedBy: actor.userId,
    start: new Date(start).toISOString(),
    end: new Date(start + durationMinutes * 60_000).toISOString(),
    durationMinutes,
    holdStart: new Date(hold.start).toISOString(),
    holdEnd: new Date(hold.end).toISOString(),
    status: 'confirmed',
    notes: request.notes ?? null,
    lateCancellationFee: null,
    minutesSpent: null,
    createdAt: at,
    updatedAt: at,
  };
  await deps.bookings.create(
    booking,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId,
      action: 'booking.created',
      target: { type: 'booking', id: booking.id },
      details: { typeId: type.id, start: booking.start, durationMinutes, staffId: booking.staffId },
    }),
    // Queued in the transaction; their calendars are made when they are sent (`withCalendar`), so a request that
    // loses the slot renders nothing.
    {
      queue:
        context.user && context.tenant
          ? notificationsFor('booked', booking, type, recipientFrom(context.user, context.tenant), now)
          : [],
      withdraw: [],
    },
  );
  await deps.balance?.bookingMade(booking);
  return {
    ...booking,
    tenantName: context.tenant?.name ?? 'A removed organisation',
    typeName: type.name,
    staffName: context.members.find((member) => member.id === booking.staffId)?.name ?? 'A former staff member',
  };
}

export async function listBookings(
  deps: Pick<BookingDeps, 'bookings' | 'staff' | 'tenants'>,
  actor: Actor,
  page: PageQuery,
): Promise<Page<BookingView>> {
  // One stage: the organisation is the caller's, so its name is read beside the page, not after it.
  const tenantId = tenantOf(actor);
  const [found, members, tenant] = await Promise.all([
    deps.bookings.listForTenant(tenantId, page),
    deps.staff.members().catch(() => []),
    deps.tenants.getTenant(tenantId).catch(() => null),
  ]);
  return { ...found, items: namedWith(found.items, members, [tenant]) };
}

const ownBooking = async (deps: BookingDeps, actor: Actor, bookingId: string): Promise<Booking> => {
  const booking = await deps.bookings.get(tenantOf(actor), bookingId);
  if (!booking) throw new DomainError('RESOURCE.NOT_FOUND', `No booking ${bookingId} in your organisation.`);
  return booking;
};

const mustBeConfirmed = (booking: Booking) => {
  if (booking.status !== 'confirmed') throw new DomainError('STATE.CONFLICT', `The booking is ${booking.status}.`);
};

/** Free before the type's cancellation notice; after it, a late-cancellation fee is recorded. */
export async function cancelBooking(deps: BookingDeps, actor: Actor, bookingId: string): Promise<BookingView> {
  const booking = await ownBooking(deps, actor, bookingId);
  mustBeConfirmed(booking);
  const type = typeOrThrow(booking.typeId, 'booking.typeId');
  const now = deps.clock.now();
  const late = now.getTime() > Date.parse(booking.start) - type.cancellationNoticeHours * 3_600_000;
  const cancelled: Booking = {
    ...booking,
    status: 'cancelled',
    lateCancellationFee: late ? type.lateCancellationFee : null,
    updatedAt: now.toISOString(),
  };
  const fee: UsageRecord | null = late
    ? {
        id: `late-cancellation-${booking.id}`,
        tenantId: booking.tenantId,
        kind: 'late_cancellation',
        quantity: 1,
        unit: 'fees',
        occurredAt: now.toISOString(),
        sourceId: booking.id,
        unitPrice: type.lateCancellationFee,
      }
    : null;
  await deps.bookings.cancel(
    booking,
    cancelled,
    fee,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: booking.tenantId,
      action: 'booking.cancelled',
      target: { type: 'booking', id: booking.id },
      details: { late, fee: cancelled.lateCancellationFee },
    }),
    await notificationChanges(deps, 'cancelled', booking, cancelled, now),
  );
  return named(deps, cancelled);
}

/** Moves a booking with the same staff member; the old and new locks change in one transaction. */
export async function rescheduleBooking(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  request: { start: string; durationMinutes?: number | undefined },
): Promise<BookingView> {
  const booking = await ownBooking(deps, actor, bookingId);
  mustBeConfirmed(booking);
  const type = typeOrThrow(booking.typeId, 'booking.typeId');
  const durationMinutes = durationOrThrow(
    type,
    request.durationMinutes ?? booking.durationMinutes,
    'body.durationMinutes',
  );
  const now = deps.clock.now();
  const start = startOrThrow(type, request.start, now.getTime(), 'body.start');
  await assertMayBook(deps, booking.tenantId, type);
  const hold = holdOf(type, start, durationMinutes);
  const [calendar] = await calendarsFor(
    deps,
    type,
    { start: hold.start - DAY_MS, end: hold.end + DAY_MS },
    booking.staffId,
  );
  const others = calendar
    ? { ...calendar, holds: calendar.holds.filter((h) => h.bookingId !== booking.id) }
    : undefined;
  if (!others || !isFree(others, type, start, durationMinutes)) {
    throw new DomainError(
      'BOOKING.SLOT_TAKEN',
      `Your webmaster is not free for ${durationMinutes} minutes at ${request.start}.`,
    );
  }
  const moved: Booking = {
    ...booking,
    start: new Date(start).toISOString(),
    end: new Date(start + durationMinutes * 60_000).toISOString(),
    durationMinutes,
    holdStart: new Date(hold.start).toISOString(),
    holdEnd: new Date(hold.end).toISOString(),
    updatedAt: now.toISOString(),
  };
  await deps.bookings.reschedule(
    booking,
    moved,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: booking.tenantId,
      action: 'booking.rescheduled',
      target: { type: 'booking', id: booking.id },
      details: { from: booking.start, to: moved.start, durationMinutes },
    }),
    await notificationChanges(deps, 'rescheduled', booking, moved, now),
  );
  return named(deps, moved);
}

export async function listStaffBookings(
  deps: Pick<BookingDeps, 'bookings' | 'staff' | 'tenants'>,
  actor: Actor,
  window: { from: string; to: string },
): Promise<{ items: BookingView[] }> {
  const items = await deps.bookings.listForStaff(actor.userId, {
    start: Date.parse(window.from),
    end: Date.parse(window.to),
  });
  return { items: await withNames(deps, items) };
}

/**
 * The operator logs the minutes actually spent; that becomes usage, with an id derived from the
 * booking, so a retry records nothing new and returns the completed booking.
 */
export async function completeBooking(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  request: { minutesSpent: number; note?: string | undefined },
): Promise<BookingView> {
  const booking = await deps.bookings.find(bookingId);
  if (!booking) throw new DomainError('RESOURCE.NOT_FOUND', `No booking ${bookingId}.`);
  if (booking.status === 'completed') return named(deps, booking);
  mustBeConfirmed(booking);
  const now = deps.clock.now();
  if (now.getTime() < Date.parse(booking.start)) {
    throw new DomainError('STATE.CONFLICT', 'The booking has not started yet.');
  }
  const completed: Booking = {
    ...booking,
    status: 'completed',
    minutesSpent: request.minutesSpent,
    updatedAt: now.toISOString(),
  };
  const usage: UsageRecord[] = [
    {
      id: `booking-${booking.id}`,
      tenantId: booking.tenantId,
      kind: 'webmaster_minutes',
      quantity: request.minutesSpent,
      unit: 'minutes',
      occurredAt: booking.start,
      sourceId: booking.id,
      unitPrice: null,
    },
    ...(findBookingType(booking.typeId)?.schedule === 'on-call'
      ? [
          {
            id: `call-out-${booking.id}`,
            tenantId: booking.tenantId,
            kind: 'call_outs' as const,
            quantity: 1,
            unit: 'call-outs' as const,
            occurredAt: booking.start,
            sourceId: booking.id,
            unitPrice: null,
          },
        ]
      : []),
  ];
  await deps.bookings.complete(
    booking,
    completed,
    usage,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: booking.tenantId,
      action: 'booking.completed',
      target: { type: 'booking', id: booking.id },
      details: { minutesSpent: request.minutesSpent, note: request.note ?? null },
    }),
  );
  await deps.balance?.minutesRecorded(booking.tenantId, { type: 'booking', id: booking.id, occurredAt: booking.start });
  return named(deps, completed);
}

/** One of the organisation's bookings as an ICS calendar, in the organisation's time zone. */
export async function getBookingCalendar(deps: BookingDeps, actor: Actor, bookingFile: string): Promise<string> {
  const booking = await ownBooking(deps, actor, bookingFile.replace(/\.ics$/, ''));
  const tenant = await deps.tenants.getTenant(booking.tenantId);
  return bookingCalendar({
    booking,
    type: findBookingType(booking.typeId),
    timeZone: tenant?.timeZone ?? 'UTC',
    organisation: tenant?.name ?? '',
    now: deps.clock.now(),
  });
}

/** How long an e-mail that could not be sent waits before its next attempt: 1, 2, 4 … minutes, at most an hour. */
export const retryDelayMs = (attempts: number): number => Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;

/**
 * Scheduled: sends the notifications that are due and takes them out of the outbox (at least once). One that cannot be
 * sent (the mail service refused it, its attachment could not be made) waits for a retry with backoff (`postpone`), so
 * it never holds the head of the outbox; the run then fails, naming it, so the job's heartbeat and alarms show it.
 */
export async function sendDueNotifications(
  deps: { outbox: NotificationOutbox; notifier: Notifier; clock: Clock },
  batchSize = 25,
): Promise<{ sent: number }> {
  const now = deps.clock.now();
  const due = await deps.outbox.due(now.toISOString(), batchSize);
  const failures: { id: string; error: unknown }[] = [];
  for (const notification of due) {
    try {
      // A booking e-mail's calendar is made here, not in the request that queued it (shared/booking/notifications.ts).
      await deps.notifier.send(withCalendar(notification));
      await deps.outbox.remove(notification);
    } catch (error) {
      failures.push({ id: notification.id, error });
      const attempts = (notification.attempts ?? 0) + 1;
      // Best effort: if even this fails, the e-mail is simply tried again at the next run.
      await deps.outbox
        .postpone(notification, new Date(now.getTime() + retryDelayMs(attempts)).toISOString())
        .catch(() => undefined);
    }
  }
  if (failures.length > 0) {
    throw new Error(
      `${failures.length} of ${due.length} due e-mails could not be sent (tried again later, with backoff): ${failures
        .map((failure) => failure.id)
        .join(', ')}`,
      { cause: failures[0]?.error },
    );
  }
  return { sent: due.length };
}

/** The people who can be on call: the staff users with the operator role, by name. */
const onCallCandidates = async (deps: Pick<BookingDeps, 'staff'>): Promise<StaffMember[]> =>
  (await deps.staff.members())
    .filter((member) => member.roles.includes('operator'))
    .map(({ id, name, email }) => ({ id, name, email }));

/** The rota with the people a picker offers (every operator), so a page shows names and never asks for an id. */
export async function getOnCallRota(deps: Pick<BookingDeps, 'onCall' | 'staff'>): Promise<OnCallRotaView> {
  const [rota, staff] = await Promise.all([deps.onCall.get(), onCallCandidates(deps)]);
  return { shifts: rota.shifts, staff };
}

/** Provider-admin sets who is on call when; every shift's staff member must be an operator. */
export async function setOnCallRota(deps: BookingDeps, actor: Actor, rota: OnCallRota): Promise<OnCallRotaView> {
  const staff = await onCallCandidates(deps);
  const operators = new Set(staff.map((member) => member.id));
  rota.shifts.forEach((shift, index) => {
    if (!operators.has(shift.staffId)) throw invalid(`body.shifts.${index}.staffId`, 'is not an operator');
  });
  await deps.onCall.put(
    rota,
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: null,
      action: 'staff.on_call_set',
      target: { type: 'rota', id: 'on-call' },
      details: { shifts: rota.shifts.length },
    }),
  );
  return { shifts: rota.shifts, staff };
}

/**
 * The customer did not turn up: the booking becomes `no_show` once its start has passed, and the
 * type's late-cancellation fee is recorded, as for a cancellation without notice. The webmaster's
 * hold stays (the time was kept for them).
 */
export async function markNoShow(deps: BookingDeps, actor: Actor, bookingId: string): Promise<BookingView> {
  const booking = await deps.bookings.find(bookingId);
  if (!booking) throw new DomainError('RESOURCE.NOT_FOUND', `No booking ${bookingId}.`);
  if (booking.status === 'no_show') return named(deps, booking);
  mustBeConfirmed(booking);
  const now = deps.clock.now();
  if (now.getTime() < Date.parse(booking.start))
    throw new DomainError('STATE.CONFLICT', 'The booking has not started yet.');
  const type = typeOrThrow(booking.typeId, 'booking.typeId');
  const fee = type.lateCancellationFee.amount > 0 ? type.lateCancellationFee : null;
  const noShow: Booking = { ...booking, status: 'no_show', lateCancellationFee: fee, updatedAt: now.toISOString() };
  await deps.bookings.complete(
    booking,
    noShow,
    fee
      ? [
          {
            id: `no-show-${booking.id}`,
            tenantId: booking.tenantId,
            kind: 'late_cancellation',
            quantity: 1,
            unit: 'fees',
            occurredAt: booking.start,
            sourceId: booking.id,
            unitPrice: fee,
          },
        ]
      : [],
    newAuditEntry(deps, {
      actor: auditActorOf(actor),
      tenantId: booking.tenantId,
      action: 'booking.no_show',
      target: { type: 'booking', id: booking.id },
      details: { fee },
    }),
  );
  return named(deps, noShow);
}
