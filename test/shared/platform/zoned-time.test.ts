import { describe, expect, it } from 'vitest';
import { addDays, formatInZone, offsetMinutes, zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('zoned time', () => {
  it('knows Berlin’s offsets around the 2026 changes', () => {
    expect(offsetMinutes(Date.parse('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-10-25T00:59:00Z'), 'Europe/Berlin')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-10-25T01:00:00Z'), 'Europe/Berlin')).toBe(60);
  });

  it('maps wall times to instants on both sides of a change', () => {
    expect(iso(zonedToUtc('2026-03-28', '09:00', 'Europe/Berlin'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(zonedToUtc('2026-03-29', '09:00', 'Europe/Berlin'))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(zonedToUtc('2026-10-25', '09:00', 'Europe/Berlin'))).toBe('2026-10-25T08:00:00.000Z');
    expect(iso(zonedToUtc('2026-03-08', '09:00', 'America/New_York'))).toBe('2026-03-08T13:00:00.000Z');
    expect(iso(zonedToUtc('2026-07-01', '00:00', 'Asia/Kathmandu'))).toBe('2026-06-30T18:15:00.000Z');
  });

  it('handles the skipped and the repeated hour', () => {
    // 02:30 does not exist that night: shifted forward by the gap, to 03:30 CEST.
    expect(iso(zonedToUtc('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToUtc('2026-10-25', '02:30', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
  });

  it('formats instants in a viewer’s zone with its offset', () => {
    expect(formatInZone(Date.parse('2026-03-29T07:00:00Z'), 'America/New_York')).toBe('2026-03-29T03:00:00-04:00');
    expect(formatInZone(Date.parse('2026-10-25T08:00:00Z'), 'Europe/Berlin')).toBe('2026-10-25T09:00:00+01:00');
    expect(zonedParts(Date.parse('2026-10-25T08:00:00Z'), 'Europe/Berlin').weekday).toBe('sun');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
  });
});
