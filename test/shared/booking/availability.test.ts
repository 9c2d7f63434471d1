import { describe, expect, it } from 'vitest';
import { freeSlots, isFree, quarterHoursOf, workingIntervals } from '../../../shared/booking/availability.js';
import { findBookingType } from '../../../shared/booking/booking-types.js';
import { StaffAvailabilitySchema } from '../../../shared/booking/model.js';
import { formatInZone, WEEKDAYS } from '../../../shared/platform/zoned-time.js';

const everyDay = (timeZone: string, start = '09:00', end = '17:00') =>
  StaffAvailabilitySchema.parse({ timeZone, weekly: WEEKDAYS.map((day) => ({ day, start, end })) });
const consultation = findBookingType('consultation')!;
const iso = (ms: number) => new Date(ms).toISOString();
/** A few days before the dates asked about: inside the consultation's notice and 60-day horizon. */
const daysBefore = (date: string) => Date.parse(date) - 3 * 86_400_000;

describe('availability across daylight-saving changes', () => {
  it('Berlin 09:00–17:00 is 08:00Z the day before spring forward and 07:00Z on 2026-03-29', () => {
    const intervals = workingIntervals(
      everyDay('Europe/Berlin'),
      Date.parse('2026-03-28T00:00:00Z'),
      Date.parse('2026-03-29T23:00:00Z'),
    );
    const byDay = intervals.filter((i) => iso(i.start) >= '2026-03-28');
    expect(byDay.slice(0, 2).map((i) => [iso(i.start), iso(i.end)])).toEqual([
      ['2026-03-28T08:00:00.000Z', '2026-03-28T16:00:00.000Z'],
      ['2026-03-29T07:00:00.000Z', '2026-03-29T15:00:00.000Z'],
    ]);
  });

  it('on 2026-10-25 the day has the same eight working hours, one hour later in UTC', () => {
    const slots = freeSlots({
      staff: [{ staffId: 's1', availability: everyDay('Europe/Berlin'), holds: [] }],
      type: consultation,
      durationMinutes: 60,
      from: Date.parse('2026-10-25T00:00:00Z'),
      to: Date.parse('2026-10-26T00:00:00Z'),
      now: daysBefore('2026-10-25T00:00:00Z'),
    });
    expect(iso(slots[0]!.start)).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(slots.at(-1)!.start)).toBe('2026-10-25T15:00:00.000Z');
    expect(slots).toHaveLength(29); // 09:00 … 16:00 local, every quarter hour
  });

  it('a viewer in New York sees the Berlin slots in their own zone, whose change is on another date', () => {
    const slots = freeSlots({
      staff: [{ staffId: 's1', availability: everyDay('Europe/Berlin'), holds: [] }],
      type: consultation,
      durationMinutes: 30,
      from: Date.parse('2026-03-29T00:00:00Z'),
      to: Date.parse('2026-03-30T00:00:00Z'),
      now: daysBefore('2026-03-29T00:00:00Z'),
    });
    expect(formatInZone(slots[0]!.start, 'America/New_York')).toBe('2026-03-29T03:00:00-04:00');
    expect(formatInZone(slots[0]!.start, 'Europe/Berlin')).toBe('2026-03-29T09:00:00+02:00');
  });
});

describe('free slots', () => {
  const calendar = (holds: { start: number; end: number }[] = []) => ({
    staffId: 's1',
    availability: everyDay('UTC'),
    holds,
  });
  const day = {
    from: Date.parse('2026-05-04T00:00:00Z'),
    to: Date.parse('2026-05-05T00:00:00Z'),
    now: daysBefore('2026-05-04T00:00:00Z'),
  };

  it('leaves out a booking and both buffers around it', () => {
    // A hold from 10:00 to 11:15 (a 60-minute consultation at 10:00 plus its 15-minute buffer after).
    const holds = [{ start: Date.parse('2026-05-04T10:00:00Z'), end: Date.parse('2026-05-04T11:15:00Z') }];
    const starts = freeSlots({ ...day, staff: [calendar(holds)], type: consultation, durationMinutes: 30 }).map((s) =>
      iso(s.start).slice(11, 16),
    );
    expect(starts).toContain('09:15'); // 09:15–09:45 + buffer to 10:00 touches nothing
    expect(starts).not.toContain('09:30'); // its buffer would run into 10:00
    expect(starts).not.toContain('11:00');
    expect(starts).toContain('11:15');
  });

  it('respects exceptions, notice and horizon', () => {
    const off = StaffAvailabilitySchema.parse({
      ...everyDay('UTC'),
      exceptions: [{ date: '2026-05-04', available: false }],
    });
    expect(
      freeSlots({
        ...day,
        staff: [{ staffId: 's1', availability: off, holds: [] }],
        type: consultation,
        durationMinutes: 30,
      }),
    ).toEqual([]);
    const now = Date.parse('2026-05-04T12:10:00Z');
    const soon = freeSlots({ ...day, now, staff: [calendar()], type: consultation, durationMinutes: 30 });
    expect(iso(soon[0]!.start)).toBe('2026-05-04T14:15:00.000Z'); // two hours' notice, next quarter hour
    const far = { from: Date.parse('2026-09-01T00:00:00Z'), to: Date.parse('2026-09-02T00:00:00Z'), now };
    expect(freeSlots({ ...far, staff: [calendar()], type: consultation, durationMinutes: 30 })).toEqual([]);
  });

  it('lists every staff member free at a start, and locks one item per quarter hour of the hold', () => {
    const slots = freeSlots({
      ...day,
      staff: [calendar(), { ...calendar(), staffId: 's2' }],
      type: consultation,
      durationMinutes: 15,
    });
    expect(slots[0]!.staffIds).toEqual(['s1', 's2']);
    expect(isFree(calendar(), consultation, Date.parse('2026-05-04T16:45:00Z'), 15)).toBe(true);
    expect(isFree(calendar(), consultation, Date.parse('2026-05-04T16:45:00Z'), 30)).toBe(false);
    expect(
      quarterHoursOf({ start: Date.parse('2026-05-04T23:45:00Z'), end: Date.parse('2026-05-05T00:30:00Z') }),
    ).toEqual([
      { date: '2026-05-04', time: '23:45' },
      { date: '2026-05-05', time: '00:00' },
      { date: '2026-05-05', time: '00:15' },
    ]);
  });
});
