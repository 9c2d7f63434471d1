import { describe, expect, it } from 'vitest';
import { findBookingType } from '../../../shared/booking/booking-types.js';
import { bookingCalendar, transitionsIn } from '../../../shared/booking/ics.js';
import type { Booking } from '../../../shared/booking/model.js';

const booking: Booking = {
  id: 'b-1',
  tenantId: 't-1',
  typeId: 'hands-on',
  staffId: 's-1',
  bookedBy: 'u-1',
  start: '2026-03-29T07:00:00.000Z',
  end: '2026-03-29T08:30:00.000Z',
  durationMinutes: 90,
  holdStart: '2026-03-29T06:45:00.000Z',
  holdEnd: '2026-03-29T08:45:00.000Z',
  status: 'confirmed',
  notes: 'Update WordPress; back up first, please',
  lateCancellationFee: null,
  minutesSpent: null,
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
};

const calendar = (overrides: Partial<Booking> = {}, timeZone = 'Europe/Berlin') =>
  bookingCalendar({
    booking: { ...booking, ...overrides },
    type: findBookingType('hands-on'),
    timeZone,
    organisation: 'Demo Verein',
    now: new Date('2026-03-02T12:00:00Z'),
  });

describe('ICS for a booking (RFC 5545)', () => {
  it('carries the organisation’s zone with its 2026 transitions and local times', () => {
    const ics = calendar();
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    const lines = ics.split('\r\n');
    expect(lines).toContain('TZID:Europe/Berlin');
    expect(lines).toContain('DTSTART;TZID=Europe/Berlin:20260329T090000'); // 07:00Z, after the spring change
    expect(lines).toContain('DTEND;TZID=Europe/Berlin:20260329T103000');
    const daylight = lines.slice(lines.indexOf('BEGIN:DAYLIGHT'), lines.indexOf('END:DAYLIGHT'));
    expect(daylight).toEqual(['BEGIN:DAYLIGHT', 'DTSTART:20260329T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200']);
    const standard = lines.slice(lines.indexOf('BEGIN:STANDARD'), lines.indexOf('END:STANDARD'));
    expect(standard).toEqual(['BEGIN:STANDARD', 'DTSTART:20261025T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100']);
    expect(lines).toContain('UID:booking-b-1@opsdesk');
    expect(lines).toContain('STATUS:CONFIRMED');
    expect(ics.replace(/\r\n /g, '')).toContain('back up first\\, please'); // unfolded
  });

  it('knows New York changes on other dates, and zones without changes', () => {
    expect(transitionsIn('America/New_York', 2026).map((t) => new Date(t.at).toISOString())).toEqual([
      '2026-03-08T07:00:00.000Z',
      '2026-11-01T06:00:00.000Z',
    ]);
    expect(transitionsIn('Asia/Tokyo', 2026)).toEqual([]);
    expect(calendar({}, 'Asia/Tokyo')).toContain('TZOFFSETTO:+0900');
  });

  it('marks a cancelled booking, and a reschedule raises SEQUENCE', () => {
    expect(calendar({ status: 'cancelled' })).toContain('STATUS:CANCELLED');
    const moved = calendar({ updatedAt: '2026-03-01T10:05:00.000Z' });
    expect(moved).toContain('SEQUENCE:300');
  });
});
