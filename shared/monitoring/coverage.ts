import type { Plan } from '../catalogue/plan.js';
import { addDays, WEEKDAYS, zonedParts, zonedToUtc } from '../platform/zoned-time.js';

/**
 * When someone answers a tenant's incidents: a plan covers 24x7 or its business hours in a zone. Outside them an
 * incident waits (and says so) until coverage begins. Computed on wall-clock time in the plan's zone with the
 * runtime's zone data, so a daylight-saving change moves the start of business with the clocks, not by an hour.
 */
export type MonitoringTerms = Plan['monitoring'];

/** Covered now, or not covered until `startsAt`. */
export type CoverageAt = { covered: true } | { covered: false; startsAt: Date };

/** What a tenant without a plan (or an unknown plan) gets: covered around the clock, generous targets. */
export const DEFAULT_TERMS: Pick<
  MonitoringTerms,
  'coverage' | 'businessHours' | 'acknowledgeMinutes' | 'resolveMinutes'
> = { coverage: '24x7', businessHours: null, acknowledgeMinutes: 60, resolveMinutes: 1440 };

const weekdayOf = (date: string): (typeof WEEKDAYS)[number] => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  // getUTCDay: 0 is Sunday; WEEKDAYS starts on Monday.
  return WEEKDAYS[(new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7]!;
};

/**
 * Whether `at` lies in the covered hours of `terms`, and if not, when coverage begins next (the next business day's
 * start in the plan's zone). Business hours are `[start, end)` on the listed days; an `end` at or before `start`
 * runs past midnight into the next day.
 */
export const coverageAt = (terms: Pick<MonitoringTerms, 'coverage' | 'businessHours'>, at: Date): CoverageAt => {
  const hours = terms.businessHours;
  if (terms.coverage === '24x7' || !hours) return { covered: true };
  const instant = at.getTime();
  const today = zonedParts(instant, hours.timeZone).date;
  // Yesterday's window may still be open (overnight hours); then today's and the next week's.
  for (let offset = -1; offset <= 8; offset++) {
    const date = addDays(today, offset);
    if (!hours.days.includes(weekdayOf(date))) continue;
    const start = zonedToUtc(date, hours.start, hours.timeZone);
    const endDate = hours.end <= hours.start ? addDays(date, 1) : date;
    const end = zonedToUtc(endDate, hours.end, hours.timeZone);
    if (instant >= start && instant < end) return { covered: true };
    if (start > instant) return { covered: false, startsAt: new Date(start) };
  }
  // Unreachable with at least one day listed (the plan schema demands one): a week always holds a start.
  return { covered: true };
};

/** "Mon–Fri 08:00–18:00 Europe/Berlin", for timelines and e-mails. */
export const describeCoverage = (terms: Pick<MonitoringTerms, 'coverage' | 'businessHours'>): string => {
  const hours = terms.businessHours;
  if (terms.coverage === '24x7' || !hours) return '24x7';
  const cap = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);
  const days = hours.days.map(cap).join(', ');
  return `${days} ${hours.start}–${hours.end} ${hours.timeZone}`;
};
