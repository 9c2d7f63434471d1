import { afterEach, describe, expect, it, vi } from 'vitest';
import { noteServerDate, now, nowMs, resetServerClock } from '../../web/src/lib/clock.js';
import { formatDateTime, formatDuration, formatMoney, zoneLabel } from '../../web/src/lib/format.js';

describe('the web app’s one formats', () => {
  it('shows money always with its minor units, so amounts of one column line up', () => {
    expect(formatMoney({ amount: 119000, currency: 'EUR' })).toBe('€1,190.00');
    expect(formatMoney({ amount: 22610, currency: 'EUR' })).toBe('€226.10');
    // A currency without minor units keeps none.
    expect(formatMoney({ amount: 500, currency: 'JPY' })).toBe('¥500');
  });

  it('shows durations one way: minutes under an hour, hours and minutes above', () => {
    expect([0, 45, 60, 70, 75, 1200, -30].map(formatDuration)).toEqual([
      '0 min',
      '45 min',
      '1 h',
      '1 h 10 min',
      '1 h 15 min',
      '20 h',
      '-30 min',
    ]);
  });

  it('names the zone of every time, and shows zones one way', () => {
    expect(formatDateTime('2026-12-09T13:00:00.000Z', 'Europe/Berlin')).toBe('Dec 9, 2026, 02:00 PM GMT+1');
    expect(zoneLabel('America/New_York')).toBe('America/New York');
  });
});

describe('the web app’s clock', () => {
  afterEach(() => {
    resetServerClock();
    vi.useRealTimers();
  });

  it('is the server’s, from the Date header of its responses, not the browser’s', () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-06T10:00:00.000Z') });
    expect(now().toISOString()).toBe('2026-12-06T10:00:00.000Z');
    // The stack runs on CLOCK_START = 1 March 2027: its header moves the app's now there (plus half a second of
    // the header's truncation).
    noteServerDate('Mon, 01 Mar 2027 09:00:00 GMT');
    expect(now().toISOString()).toBe('2027-03-01T09:00:00.500Z');
    vi.advanceTimersByTime(60_000);
    expect(nowMs()).toBe(Date.parse('2027-03-01T09:01:00.500Z'));
    // Without a readable header, nothing changes.
    noteServerDate('yesterday-ish');
    noteServerDate(null);
    expect(nowMs()).toBe(Date.parse('2027-03-01T09:01:00.500Z'));
  });
});
