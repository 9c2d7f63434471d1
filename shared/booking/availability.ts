import { addDays, dateOfWall, inFastRange, wallOf, wallToUtc, zonedParts, zonedToUtc } from '../platform/zoned-time.js';
import type { BookingType } from './booking-types.js';
import type { StaffAvailability } from './model.js';

export const QUARTER_MS = 15 * 60_000;
const DAY_MS = 86_400_000;
/** Quarter hours the slot grid holds in an array (62 days are 5,952); a longer span keeps the rest in a map. */
const MAX_GRID_CELLS = 100_000;

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

/** Minutes after midnight of an `HH:MM` exactly as zonedParts writes it, or null for any other spelling. */
const clockMinutes = (time: string): number | null => {
  if (!/^\d\d:\d\d$/.test(time)) return null;
  const hours = Number(time.slice(0, 2));
  const minutes = Number(time.slice(3));
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
};

/** Sorted by start, touching or overlapping intervals joined. */
const mergeIntervals = (intervals: Interval[]): Interval[] => {
  intervals.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const interval of intervals) {
    const previous = merged.at(-1);
    if (previous && interval.start <= previous.end) previous.end = Math.max(previous.end, interval.end);
    else merged.push({ ...interval });
  }
  return merged;
};

/** The staff member's working time between `from` and `to`, as instants, computed in their own zone. */
export const workingIntervals = (availability: StaffAvailability, from: number, to: number): Interval[] => {
  const zone = availability.timeZone;
  if (!inFastRange(from - 2 * DAY_MS) || !inFastRange(to + 2 * DAY_MS))
    return workingIntervalsByDate(availability, from, to);
  const unavailable = new Set(availability.exceptions.map((exception) => exception.date));
  // Local days as day numbers (days since 1970-01-01 of the wall clock); each block's times as minutes when spelled
  // as a wall clock shows them, so a day's start and end are found by arithmetic on the zone's day records.
  const byWeekday = Array.from(
    WEEKDAY_OF_UTC_DAY,
    () => [] as { start: string; end: string; from: number | null; to: number | null }[],
  );
  for (const block of availability.weekly) {
    const blocks = byWeekday[WEEKDAY_OF_UTC_DAY.indexOf(block.day)];
    blocks?.push({ start: block.start, end: block.end, from: clockMinutes(block.start), to: clockMinutes(block.end) });
  }
  const intervals: Interval[] = [];
  const first = Math.floor(wallOf(from - DAY_MS, zone) / DAY_MS);
  const last = Math.floor(wallOf(to + DAY_MS, zone) / DAY_MS);
  for (let day = first; day <= last; day++) {
    const blocks = byWeekday[(((day + 4) % 7) + 7) % 7]!;
    if (blocks.length === 0) continue;
    const midnight = day * DAY_MS;
    if (unavailable.size > 0 && unavailable.has(dateOfWall(midnight))) continue;
    for (const block of blocks) {
      const start =
        block.from === null
          ? zonedToUtc(dateOfWall(midnight), block.start, zone)
          : wallToUtc(midnight + block.from * 60_000, zone);
      const end =
        block.end === '24:00'
          ? wallToUtc(midnight + DAY_MS, zone)
          : block.to === null
            ? zonedToUtc(dateOfWall(midnight), block.end, zone)
            : wallToUtc(midnight + block.to * 60_000, zone);
      if (end > from && start < to + DAY_MS) intervals.push({ start, end });
    }
  }
  return mergeIntervals(intervals);
};

/** workingIntervals date by date with Intl, for instants outside the zone day records (before 1900, after 2200). */
const workingIntervalsByDate = (availability: StaffAvailability, from: number, to: number): Interval[] => {
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
  return mergeIntervals(intervals);
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
  // A hold starting at `start` spans [start - before, start + after) (holdOf).
  const before = type.bufferBeforeMinutes * 60_000;
  const after = (durationMinutes + type.bufferAfterMinutes) * 60_000;
  // Slots on the quarter-hour grid from `earliest`, one cell per quarter: in order without sorting. Staff in id
  // order, so each slot's staffIds come out sorted.
  const first = Math.ceil(earliest / QUARTER_MS);
  const cells = Math.ceil(latest / QUARTER_MS) - first;
  const grid: (Slot | undefined)[] = cells > 0 && cells <= MAX_GRID_CELLS ? new Array(cells) : [];
  const byStart = new Map<number, Slot>();
  const staff = [...input.staff].sort((a, b) => (a.staffId < b.staffId ? -1 : a.staffId > b.staffId ? 1 : 0));
  for (const calendar of staff) {
    const holds = [...calendar.holds].sort((a, b) => a.start - b.start);
    for (const working of bookableIntervals(calendar, earliest, latest)) {
      let start = Math.ceil(Math.max(working.start, earliest) / QUARTER_MS) * QUARTER_MS;
      // Only holds reaching into what this interval's slots could hold can take one of them.
      const near = holds.filter((hold) => hold.start < working.end + after && start - before < hold.end);
      for (; start + duration <= working.end && start < latest; start += QUARTER_MS) {
        const holdStart = start - before;
        const holdEnd = start + after;
        let taken = false;
        for (const hold of near) {
          if (hold.start >= holdEnd) break; // sorted by start: no later hold reaches back into this one
          if (holdStart < hold.end) {
            taken = true;
            break;
          }
        }
        if (taken) continue;
        const cell = start / QUARTER_MS - first;
        let slot = cell < grid.length ? grid[cell] : byStart.get(start);
        if (!slot) {
          slot = { start, end: start + duration, staffIds: [] };
          if (cell < grid.length) grid[cell] = slot;
          else byStart.set(start, slot);
        }
        slot.staffIds.push(calendar.staffId);
      }
    }
  }
  const slots: Slot[] = [];
  for (const slot of grid) if (slot) slots.push(slot);
  if (byStart.size > 0) return [...slots, ...byStart.values()].sort((a, b) => a.start - b.start);
  return slots;
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
