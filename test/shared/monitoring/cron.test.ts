import { describe, expect, it } from 'vitest';
import { cronProblem, nextCronAt } from '../../../shared/monitoring/cron.js';

const next = (expression: string, zone: string, after: string) =>
  nextCronAt(expression, zone, new Date(after))?.toISOString() ?? null;

describe('cron schedules in a time zone', () => {
  it('finds the next run after an instant, in the zone’s wall time', () => {
    expect(next('30 2 * * *', 'Europe/Berlin', '2026-01-10T00:00:00Z')).toBe('2026-01-10T01:30:00.000Z');
    expect(next('30 2 * * *', 'Europe/Berlin', '2026-01-10T01:30:00Z')).toBe('2026-01-11T01:30:00.000Z');
    expect(next('*/15 * * * *', 'UTC', '2026-01-10T10:07:00Z')).toBe('2026-01-10T10:15:00.000Z');
    expect(next('0 9 * * mon-fri', 'America/New_York', '2026-01-09T15:00:00Z')).toBe('2026-01-12T14:00:00.000Z');
  });

  it('keeps the wall time across daylight saving changes', () => {
    // Berlin: 09:00 is 08:00 UTC in winter and 07:00 UTC in summer.
    expect(next('0 9 * * *', 'Europe/Berlin', '2026-03-28T12:00:00Z')).toBe('2026-03-29T07:00:00.000Z');
    expect(next('0 9 * * *', 'Europe/Berlin', '2026-10-24T12:00:00Z')).toBe('2026-10-25T08:00:00.000Z');
  });

  it('runs a time skipped in spring right after the gap, once', () => {
    // 2026-03-29 in Berlin: 02:00 → 03:00. 02:30 does not exist; it runs at 03:30 CEST = 01:30 UTC.
    expect(next('30 2 * * *', 'Europe/Berlin', '2026-03-29T00:00:00Z')).toBe('2026-03-29T01:30:00.000Z');
    expect(next('30 2 * * *', 'Europe/Berlin', '2026-03-29T01:30:00Z')).toBe('2026-03-30T00:30:00.000Z');
  });

  it('runs a time shown twice in autumn once, at its first occurrence', () => {
    // 2026-10-25 in Berlin: 03:00 CEST → 02:00 CET; 02:30 is 00:30 UTC and again 01:30 UTC.
    expect(next('30 2 * * *', 'Europe/Berlin', '2026-10-25T00:00:00Z')).toBe('2026-10-25T00:30:00.000Z');
    expect(next('30 2 * * *', 'Europe/Berlin', '2026-10-25T00:30:00Z')).toBe('2026-10-26T01:30:00.000Z');
  });

  it('applies the day-of-month or day-of-week rule when both are given', () => {
    // The 1st of the month or any Sunday: after Friday 2026-05-01 comes Sunday the 3rd.
    expect(next('0 12 1 * sun', 'UTC', '2026-05-01T13:00:00Z')).toBe('2026-05-03T12:00:00.000Z');
    expect(next('0 0 29 2 *', 'UTC', '2026-03-01T00:00:00Z')).toBe('2028-02-29T00:00:00.000Z');
  });

  it('explains what is wrong with an expression, and refuses one that never runs', () => {
    expect(cronProblem('0 3 * * *')).toBeNull();
    expect(cronProblem('0 3 * *')).toMatch(/five fields/);
    expect(cronProblem('61 3 * * *')).toMatch(/minute/);
    expect(cronProblem('0 3 * * funday')).toMatch(/day of week/);
    expect(cronProblem('0 0 31 2 *')).toMatch(/never runs/);
    expect(cronProblem('*/0 * * * *')).toMatch(/step/);
  });
});
