import { describe, expect, it } from 'vitest';
import { hourRange, minuteOfDay, placeOnDay } from '../../web/src/components/calendar/calendar-layout.js';

const ZONE = 'Europe/Berlin';
// 2026-11-18 is in CET (UTC+1): 10:00 in Berlin is 09:00Z.
const item = (id: string, start: string, end: string) => ({ id, start, end });

describe('the calendar grid’s hours', () => {
  it('shows 07:00–20:00 for an operator without working hours and nothing booked', () => {
    expect(hourRange([], [])).toEqual({ first: 7, last: 20 });
  });

  it('shows the working hours of any weekday, widened to every hour a booking touches', () => {
    const working = [
      { day: 'mon' as const, start: '09:00', end: '17:00' },
      { day: 'sat' as const, start: '10:00', end: '12:30' },
    ];
    expect(hourRange(working, [])).toEqual({ first: 9, last: 17 });
    expect(hourRange(working, [{ startMinute: 7 * 60 + 30, endMinute: 18 * 60 + 15 }])).toEqual({ first: 7, last: 19 });
  });
});

describe('placing bookings on a day', () => {
  it('puts a booking at its minutes from midnight in the zone', () => {
    const [placed] = placeOnDay([item('a', '2026-11-18T09:00:00Z', '2026-11-18T09:30:00Z')], '2026-11-18', ZONE);
    expect(placed).toMatchObject({ startMinute: 600, endMinute: 630, lane: 0, lanes: 1 });
    expect(placeOnDay([item('a', '2026-11-18T09:00:00Z', '2026-11-18T09:30:00Z')], '2026-11-19', ZONE)).toEqual([]);
  });

  it('gives overlapping bookings lanes of their own, and a later one the whole width again', () => {
    const placed = placeOnDay(
      [
        item('a', '2026-11-18T09:00:00Z', '2026-11-18T10:00:00Z'),
        item('b', '2026-11-18T09:30:00Z', '2026-11-18T10:30:00Z'),
        item('c', '2026-11-18T10:00:00Z', '2026-11-18T10:15:00Z'),
        item('d', '2026-11-18T12:00:00Z', '2026-11-18T12:30:00Z'),
      ],
      '2026-11-18',
      ZONE,
    );
    const byId = Object.fromEntries(placed.map((piece) => [piece.item.id, piece]));
    expect(byId.a).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.b).toMatchObject({ lane: 1, lanes: 2 });
    expect(byId.c).toMatchObject({ lane: 0, lanes: 2 });
    expect(byId.d).toMatchObject({ lane: 0, lanes: 1 });
  });

  it('clips a night call-out to each day it touches', () => {
    const night = [item('n', '2026-11-18T21:00:00Z', '2026-11-19T01:00:00Z')];
    expect(placeOnDay(night, '2026-11-18', ZONE)[0]).toMatchObject({
      startMinute: 22 * 60,
      endMinute: 24 * 60,
      continuesBefore: false,
      continuesAfter: true,
    });
    expect(placeOnDay(night, '2026-11-19', ZONE)[0]).toMatchObject({
      startMinute: 0,
      endMinute: 120,
      continuesBefore: true,
      continuesAfter: false,
    });
  });

  it('says where now is on a day, and nothing on another', () => {
    expect(minuteOfDay(Date.parse('2026-11-18T13:30:00Z'), '2026-11-18', ZONE)).toBe(14 * 60 + 30);
    expect(minuteOfDay(Date.parse('2026-11-18T13:30:00Z'), '2026-11-17', ZONE)).toBeNull();
  });
});
