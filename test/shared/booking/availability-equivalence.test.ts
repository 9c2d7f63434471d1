import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  freeSlots,
  holdOf,
  type Interval,
  type StaffCalendar,
  workingIntervals,
} from '../../../shared/booking/availability.js';
import { BOOKING_TYPES } from '../../../shared/booking/booking-types.js';
import type { StaffAvailability } from '../../../shared/booking/model.js';
import { addDays, formatInZone, WEEKDAYS } from '../../../shared/platform/zoned-time.js';
import { referenceFormatInZone, referenceParts, referenceZonedToUtc } from '../platform/zoned-time-reference.js';

const DAY_MS = 86_400_000;
const QUARTER_MS = 15 * 60_000;

// The computation as it was before the zone day records: date by date, every wall time through Intl.
const WEEKDAY_OF_UTC_DAY = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const weekdayOf = (date: string) => WEEKDAY_OF_UTC_DAY[new Date(`${date}T12:00:00Z`).getUTCDay()];

const referenceWorkingIntervals = (availability: StaffAvailability, from: number, to: number): Interval[] => {
  const zone = availability.timeZone;
  const unavailable = new Set(availability.exceptions.map((exception) => exception.date));
  const intervals: Interval[] = [];
  const last = referenceParts(to + DAY_MS, zone).date;
  for (let date = referenceParts(from - DAY_MS, zone).date; date <= last; date = addDays(date, 1)) {
    if (unavailable.has(date)) continue;
    for (const block of availability.weekly) {
      if (block.day !== weekdayOf(date)) continue;
      const start = referenceZonedToUtc(date, block.start, zone);
      const end =
        block.end === '24:00'
          ? referenceZonedToUtc(addDays(date, 1), '00:00', zone)
          : referenceZonedToUtc(date, block.end, zone);
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

const referenceFreeSlots = (input: Parameters<typeof freeSlots>[0]) => {
  const { type, durationMinutes } = input;
  const duration = durationMinutes * 60_000;
  const earliest = Math.max(input.from, input.now + type.minNoticeMinutes * 60_000);
  const latest = Math.min(input.to, input.now + type.horizonDays * DAY_MS);
  const byStart = new Map<number, { start: number; end: number; staffIds: string[] }>();
  for (const calendar of input.staff) {
    const holds = [...calendar.holds].sort((a, b) => a.start - b.start);
    const working = calendar.shifts
      ? calendar.shifts.filter((s) => s.end > earliest && s.start < latest).sort((a, b) => a.start - b.start)
      : calendar.availability
        ? referenceWorkingIntervals(calendar.availability, earliest, latest)
        : [];
    for (const interval of working) {
      let start = Math.ceil(Math.max(interval.start, earliest) / QUARTER_MS) * QUARTER_MS;
      for (; start + duration <= interval.end && start < latest; start += QUARTER_MS) {
        const hold = holdOf(type, start, durationMinutes);
        if (holds.some((h) => h.start < hold.end && hold.start < h.end)) continue;
        const slot = byStart.get(start) ?? { start, end: start + duration, staffIds: [] };
        slot.staffIds.push(calendar.staffId);
        byStart.set(start, slot);
      }
    }
  }
  return [...byStart.values()].sort((a, b) => a.start - b.start).map((s) => ({ ...s, staffIds: s.staffIds.sort() }));
};

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/Lisbon',
  'America/New_York',
  'America/St_Johns',
  'Australia/Lord_Howe',
  'Asia/Kathmandu',
  'Pacific/Chatham',
  'Pacific/Apia',
  'America/Santiago',
];
const quarter = fc.integer({ min: 0, max: 95 });
const clock = (q: number) => `${String(Math.floor(q / 4)).padStart(2, '0')}:${String((q % 4) * 15).padStart(2, '0')}`;
const block = fc
  .tuple(fc.constantFrom(...WEEKDAYS), quarter, fc.integer({ min: 1, max: 96 }))
  .map(([day, start, length]) => ({
    day,
    start: clock(start),
    end: start + length >= 96 ? '24:00' : clock(start + length),
  }));
const FROM = Date.UTC(2000, 0, 1);
const day = fc.integer({ min: 0, max: 40 * 366 });
const availability = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  // Blocks of one day may overlap here: the schema refuses that, the computation merges them either way.
  weekly: fc.array(block, { maxLength: 8 }),
  exceptions: fc.array(
    day.map((d) => ({ date: new Date(FROM + d * DAY_MS).toISOString().slice(0, 10), available: false as const })),
    { maxLength: 3 },
  ),
});

describe('availability with zone day records, against the date-by-date Intl computation (fast-check)', () => {
  it('working intervals are the same instants for random weeks, zones and windows 2000–2040', () => {
    let withIntervals = 0;
    fc.assert(
      fc.property(
        availability,
        day,
        fc.integer({ min: 0, max: DAY_MS * 40 }),
        fc.integer({ min: 1, max: DAY_MS * 62 }),
        (staff, d, shift, length) => {
          const from = FROM + d * DAY_MS + shift;
          // An exception on a day of the window, so some of them take effect.
          const exceptions = [
            ...staff.exceptions,
            { date: new Date(from + 2 * DAY_MS).toISOString().slice(0, 10), available: false as const },
          ];
          const week = { ...staff, exceptions };
          const intervals = workingIntervals(week, from, from + length);
          expect(intervals).toEqual(referenceWorkingIntervals(week, from, from + length));
          if (intervals.length > 0) withIntervals++;
        },
      ),
      { numRuns: 300 },
    );
    expect(withIntervals).toBeGreaterThan(100);
  });

  it('free slots, their staff and their text in a viewer’s zone are the same', () => {
    const calendar = fc.record({
      staffId: fc.constantFrom('a', 'b', 'c', 'B', 'a1'),
      availability,
      holds: fc.array(
        fc
          .tuple(fc.integer({ min: 0, max: 40 * 96 }), fc.integer({ min: 1, max: 32 }))
          .map(([q, n]) => ({ start: q * QUARTER_MS, end: (q + n) * QUARTER_MS })),
        { maxLength: 6 },
      ),
    });
    let withSlots = 0;
    fc.assert(
      fc.property(
        fc.array(calendar, { minLength: 1, maxLength: 5 }),
        fc.constantFrom(...BOOKING_TYPES),
        day,
        fc.integer({ min: 0, max: 7 * 96 }),
        fc.constantFrom(...ZONES),
        (calendars, type, d, q, viewer) => {
          const from = FROM + d * DAY_MS + q * 60_000;
          const now = from - type.minNoticeMinutes * 60_000 - 3 * DAY_MS;
          // Holds placed within the window's first forty days.
          const staff: StaffCalendar[] = calendars.map((c) => ({
            ...c,
            holds: c.holds.map((h) => ({ start: from + h.start, end: from + h.end })),
          }));
          const input = { staff, type, durationMinutes: type.durations.at(-1)!, from, to: from + 31 * DAY_MS, now };
          const slots = freeSlots(input);
          expect(slots).toEqual(referenceFreeSlots(input));
          if (slots.some((slot) => slot.staffIds.length > 1)) withSlots++;
          for (const slot of slots.slice(0, 40)) {
            expect(formatInZone(slot.start, viewer)).toBe(referenceFormatInZone(slot.start, viewer));
          }
        },
      ),
      { numRuns: 60 },
    );
    expect(withSlots).toBeGreaterThan(5);
  });
});
