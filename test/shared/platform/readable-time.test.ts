import { describe, expect, it } from 'vitest';
import {
  readableDate,
  readableDateTime,
  readableDuration,
  readableTime,
  readableZone,
} from '../../../shared/platform/readable-time.js';

const at = (iso: string) => Date.parse(iso);

describe('readable time', () => {
  it('writes a date and time in the reader’s zone, naming the zone', () => {
    expect(readableDateTime(at('2026-12-09T13:00:00Z'), 'Europe/Berlin')).toBe('Wed 9 Dec 2026, 14:00 (Europe/Berlin)');
    expect(readableDate(at('2026-12-09T13:00:00Z'), 'Europe/Berlin')).toBe('Wed 9 Dec 2026');
    expect(readableTime(at('2026-12-09T13:00:00Z'), 'Europe/Berlin')).toBe('14:00');
  });

  it('writes a zone with spaces for underscores', () => {
    expect(readableZone('America/New_York')).toBe('America/New York');
    expect(readableDateTime(at('2026-12-09T13:00:00Z'), 'America/New_York')).toBe(
      'Wed 9 Dec 2026, 08:00 (America/New York)',
    );
  });

  it('uses 24-hour times, midnight as 00:00', () => {
    expect(readableDateTime(at('2025-12-31T23:00:00Z'), 'Europe/Berlin')).toBe('Thu 1 Jan 2026, 00:00 (Europe/Berlin)');
    expect(readableDateTime(at('2026-06-30T21:45:00Z'), 'UTC')).toBe('Tue 30 Jun 2026, 21:45 (UTC)');
  });

  it('moves to the previous or next day with the zone', () => {
    const instant = at('2026-12-09T02:00:00Z');
    expect(readableDate(instant, 'Europe/Berlin')).toBe('Wed 9 Dec 2026');
    expect(readableDate(instant, 'America/Los_Angeles')).toBe('Tue 8 Dec 2026');
    expect(readableDate(at('2026-12-09T22:00:00Z'), 'Pacific/Auckland')).toBe('Thu 10 Dec 2026');
  });

  it('follows Berlin across the spring change on 29 Mar 2026', () => {
    expect(readableDateTime(at('2026-03-29T00:59:00Z'), 'Europe/Berlin')).toBe(
      'Sun 29 Mar 2026, 01:59 (Europe/Berlin)',
    );
    expect(readableDateTime(at('2026-03-29T01:00:00Z'), 'Europe/Berlin')).toBe(
      'Sun 29 Mar 2026, 03:00 (Europe/Berlin)',
    );
    expect(readableDateTime(at('2026-03-29T07:00:00Z'), 'Europe/Berlin')).toBe(
      'Sun 29 Mar 2026, 09:00 (Europe/Berlin)',
    );
  });

  it('follows Berlin across the autumn change on 25 Oct 2026, showing the repeated hour twice', () => {
    expect(readableDateTime(at('2026-10-25T00:30:00Z'), 'Europe/Berlin')).toBe(
      'Sun 25 Oct 2026, 02:30 (Europe/Berlin)',
    );
    expect(readableDateTime(at('2026-10-25T01:30:00Z'), 'Europe/Berlin')).toBe(
      'Sun 25 Oct 2026, 02:30 (Europe/Berlin)',
    );
    expect(readableDateTime(at('2026-10-25T08:00:00Z'), 'Europe/Berlin')).toBe(
      'Sun 25 Oct 2026, 09:00 (Europe/Berlin)',
    );
  });

  it('handles a zone with a non-hour offset', () => {
    expect(readableDateTime(at('2026-12-09T13:00:00Z'), 'Asia/Kolkata')).toBe('Wed 9 Dec 2026, 18:30 (Asia/Kolkata)');
    expect(readableDateTime(at('2026-12-09T18:45:00Z'), 'Asia/Kolkata')).toBe('Thu 10 Dec 2026, 00:15 (Asia/Kolkata)');
  });

  it('writes durations as the web app does', () => {
    expect(readableDuration(45)).toBe('45 min');
    expect(readableDuration(60)).toBe('1 h');
    expect(readableDuration(70)).toBe('1 h 10 min');
    expect(readableDuration(1200)).toBe('20 h');
    expect(readableDuration(-90)).toBe('-1 h 30 min');
  });
});
