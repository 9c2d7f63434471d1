import { addDays, zonedParts, zonedToUtc } from '../platform/zoned-time.js';
import type { BookingType } from './booking-types.js';
import type { StaffAvailability } from './model.js';

export const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;

export interface Interval {
  start: number;
  end: number;
}

export interface StaffCalendar {
  staffId: string;
  /** Weekly working hours; or, for on-call types, `shifts` instead. */
  availability?: StaffAvailability;
  /** On-call shifts (emergency call-outs book these at any hour). */
  shifts?: Interval[];
  /** What confirmed bookings hold (buffers included). */
  holds: (Interval & { bookingId?: string })[];
}

const WEEKDAY_OF_UTC_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekdayOf = (date: string) => WEEKDAY_OF_UTC_DAY[new Date(`${date}T12:00:00Z`).getUTCDay()];

/** The staff member's working time between `from` and `to`, as instants, computed in their own zone. */
export const workingIntervals = (availability: StaffAvailability, from: number, to: number): Interval[] => {
  const zone = availability.timeZone;
  const unavailable = new Set(availability.exceptions.map((exception) => exception.date));
  const intervals: Interval[] = [];
  const last = zonedParts(to + DAY_MS, zone).date;
  for (let date = zonedParts(from - DAY_MS, zone).date; date <= last; date = addDays(date, 1)) {
    if (unavailable.has(date)) continue;
    for (const block of availability.weekly) {
      if (block.day !== weekdayOf(date)) continue;
      const start = zonedToUtc(date, block.start, zone);
      const end =
        block.end === '24:00' ? zonedToUtc(addDays(date, 1), '00:00', zone) : zonedToUtc(date, block.end, zone);
      if (end > from && start < to + DAY_MS) intervals.push({ start, end });
    }
  }
  intervals.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const previous = merged.at(-1);
    if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
};

/** When the staff member can be booked between `from` and `to`: on-call shifts, or working hours. */
const bookableIntervals = (calendar: StaffCalendar, from: number, to: number): Interval[] =>
  calendar.shifts
    ? calendar.shifts.filter((s) => s.end > from && s.start < to).sort((a, b) => a.start - b.start)
    : calendar.availability
      ? workingIntervals(calendar.availability, from, to)
      : [];

/** What a booking starting at `start` holds: the session plus the type's buffers. */
export const holdOf = (type: BookingType, start: number, durationMinutes: number): Interval => ({
  start: start - type.bufferBeforeMinutes * 60_000,
  end: start + (durationMinutes + type.bufferAfterMinutes) * 60_000,
});

const overlaps = (a: Interval, b: Interval) => a.start < b.end && b.start < a.end;

/** Why a start is not bookable for a type, or null when notice and horizon allow it. */
export const outsideBookingWindow = (type: BookingType, start: number, now: number): string | null => {
  if (start % QUARTER_MS !== 0) return 'starts on a quarter hour';
  if (start < now + type.minNoticeMinutes * 60_000) return `needs ${type.minNoticeMinutes} minutes’ notice`;
  if (start > now + type.horizonDays * DAY_MS) return `can be booked at most ${type.horizonDays} days ahead`;
  return null;
};

/** True when the session lies in the staff member's working time and its hold touches no other hold. */
export const isFree = (calendar: StaffCalendar, type: BookingType, start: number, durationMinutes: number): boolean => {
  const session = { start, end: start + durationMinutes * 60_000 };
  const working = bookableIntervals(calendar, session.start, session.end);
  if (!working.some((w) => w.start <= session.start && session.end <= w.end)) return false;
  const hold = holdOf(type, start, durationMinutes);
  return !calendar.holds.some((h) => overlaps(h, hold));
};

export interface Slot {
  start: number;
  end: number;
  staffIds: string[];
}

/**
 * Free slots for a booking type and duration between `from` and `to`, on the quarter-hour grid, for
 * every staff member: inside their working hours (their zone, their exceptions), clear of other
 * bookings and both bookings' buffers, within the type's notice and horizon.
 */
export const freeSlots = (input: {
  staff: StaffCalendar[];
  type: BookingType;
  durationMinutes: number;
  from: number;
  to: number;
  now: number;
}): Slot[] => {
  const { type, durationMinutes } = input;
  const duration = durationMinutes * 60_000;
  const earliest = Math.max(input.from, input.now + type.minNoticeMinutes * 60_000);
  const latest = Math.min(input.to, input.now + type.horizonDays * DAY_MS);
  const byStart = new Map<number, Slot>();
  for (const calendar of input.staff) {
    const holds = [...calendar.holds].sort((a, b) => a.start - b.start);
    for (const working of bookableIntervals(calendar, earliest, latest)) {
      let start = Math.ceil(Math.max(working.start, earliest) / QUARTER_MS) * QUARTER_MS;
      for (; start + duration <= working.end && start < latest; start += QUARTER_MS) {
        const hold = holdOf(type, start, durationMinutes);
        if (holds.some((h) => overlaps(h, hold))) continue;
        const slot = byStart.get(start) ?? { start, end: start + duration, staffIds: [] };
        slot.staffIds.push(calendar.staffId);
        byStart.set(start, slot);
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start).map((s) => ({ ...s, staffIds: s.staffIds.sort() }));
};

/** The quarter hours a hold occupies, as UTC date and time: one lock item each. */
export const quarterHoursOf = (hold: Interval): { date: string; time: string }[] => {
  const quarters: { date: string; time: string }[] = [];
  for (let t = hold.start; t < hold.end; t += QUARTER_MS) {
    const iso = new Date(t).toISOString();
    quarters.push({ date: iso.slice(0, 10), time: iso.slice(11, 16) });
  }
  return quarters;
};
