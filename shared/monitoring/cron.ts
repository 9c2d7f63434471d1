import { addDays, zonedParts, zonedToUtc } from '../platform/zoned-time.js';

/**
 * Five-field cron expressions (minute hour day-of-month month day-of-week) in an IANA time zone, for heartbeat
 * monitors whose job runs on a schedule rather than every N minutes. Pure; no library (the runtime's Intl zone data).
 *
 * Semantics (Vixie cron): `*`, lists `1,15`, ranges `1-5`, steps `*\/10` and `8-18/2`, month and weekday names
 * (`jan`, `mon`), weekday 0 and 7 both Sunday; when both day-of-month and day-of-week are restricted a day matching
 * either runs. Daylight saving time: a wall time skipped in spring runs at the instant after the gap, a wall time
 * shown twice in autumn runs once (its first occurrence).
 */

export interface CronSchedule {
  minutes: number[];
  hours: number[];
  daysOfMonth: Set<number>;
  months: Set<number>;
  daysOfWeek: Set<number>;
  /** Whether the day-of-month / day-of-week field was `*` (the OR rule applies only when both are restricted). */
  anyDayOfMonth: boolean;
  anyDayOfWeek: boolean;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

const FIELDS = [
  { name: 'minute', min: 0, max: 59, names: null },
  { name: 'hour', min: 0, max: 23, names: null },
  { name: 'day of month', min: 1, max: 31, names: null },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day of week', min: 0, max: 7, names: DAY_NAMES },
] as const;

type Field = (typeof FIELDS)[number];

const fieldValue = (field: Field, text: string): number => {
  const lower = text.toLowerCase();
  if (field.names) {
    const index = (field.names as readonly string[]).indexOf(lower);
    if (index >= 0) return field.name === 'month' ? index + 1 : index;
  }
  if (!/^\d{1,2}$/.test(text)) throw new Error(`${field.name}: “${text}” is not a number`);
  const value = Number(text);
  if (value < field.min || value > field.max) {
    throw new Error(`${field.name}: ${value} is outside ${field.min}–${field.max}`);
  }
  return value;
};

const parseField = (field: Field, text: string): number[] => {
  const values = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText, extra] = part.split('/');
    if (range === undefined || extra !== undefined || range === '') throw new Error(`${field.name}: “${part}”`);
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1 || (stepText !== undefined && !/^\d+$/.test(stepText))) {
      throw new Error(`${field.name}: the step in “${part}” is not a positive number`);
    }
    let low: number;
    let high: number;
    if (range === '*') {
      low = field.min;
      high = field.max;
    } else if (range.includes('-')) {
      const [from, to] = range.split('-');
      low = fieldValue(field, from ?? '');
      high = fieldValue(field, to ?? '');
      if (low > high) throw new Error(`${field.name}: the range “${range}” runs backwards`);
    } else {
      low = fieldValue(field, range);
      high = stepText === undefined ? low : field.max;
    }
    for (let value = low; value <= high; value += step) values.add(value);
  }
  return [...values].sort((a, b) => a - b);
};

/** Parses an expression; throws an Error whose message says which field is wrong. */
export const parseCron = (expression: string): CronSchedule => {
  const parts = expression.trim().split(/\s+/);
  if (parts.length !== 5) throw new Error('five fields: minute hour day-of-month month day-of-week');
  const [minute, hour, dom, month, dow] = FIELDS.map((field, index) => parseField(field, parts[index] as string));
  return {
    minutes: minute as number[],
    hours: hour as number[],
    daysOfMonth: new Set(dom),
    months: new Set(month),
    daysOfWeek: new Set((dow as number[]).map((day) => (day === 7 ? 0 : day))),
    anyDayOfMonth: parts[2] === '*',
    anyDayOfWeek: parts[4] === '*',
  };
};

/** Why an expression cannot be used (for a 422), or null when it is fine. */
export const cronProblem = (expression: string): string | null => {
  try {
    const schedule = parseCron(expression);
    // An expression that never fires (`0 0 31 2 *`) is a mistake, not a schedule.
    if (nextFireAfter(schedule, 'UTC', Date.UTC(2000, 0, 1)) === null) return 'this schedule never runs';
    return null;
  } catch (error) {
    return `not a cron expression (${(error as Error).message})`;
  }
};

const dayMatches = (schedule: CronSchedule, date: string): boolean => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (!schedule.months.has(m)) return false;
  const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  const domOk = schedule.daysOfMonth.has(d);
  const dowOk = schedule.daysOfWeek.has(weekday);
  if (schedule.anyDayOfMonth && schedule.anyDayOfWeek) return true;
  if (schedule.anyDayOfMonth) return dowOk;
  if (schedule.anyDayOfWeek) return domOk;
  return domOk || dowOk;
};

const pad = (n: number) => String(n).padStart(2, '0');
/** Far enough to reach a 29 February that also falls on a given weekday. */
const SEARCH_DAYS = 366 * 28;

const nextFireAfter = (schedule: CronSchedule, zone: string, after: number): number | null => {
  // Start a day early: the zone's date at `after` may be behind a day that still has fires after `after`.
  let date = addDays(zonedParts(after, zone).date, -1);
  for (let day = 0; day < SEARCH_DAYS; day += 1, date = addDays(date, 1)) {
    if (!dayMatches(schedule, date)) continue;
    // Wall times in order; a skipped one maps past the gap, so a later wall time (within the two hours a gap can
    // span) may be the earlier instant: take the least instant after `after` among those.
    let bestAt = Number.POSITIVE_INFINITY;
    let firstWall = -1;
    for (const hour of schedule.hours) {
      for (const minute of schedule.minutes) {
        const wall = hour * 60 + minute;
        if (firstWall >= 0 && wall > firstWall + 120) return bestAt;
        const at = zonedToUtc(date, `${pad(hour)}:${pad(minute)}`, zone);
        if (at > after && at < bestAt) {
          bestAt = at;
          if (firstWall < 0) firstWall = wall;
        }
      }
    }
    if (firstWall >= 0) return bestAt;
  }
  return null;
};

/**
 * The first instant strictly after `after` at which the schedule fires in `zone`, or null when it never does.
 * `expression` must be valid (see `cronProblem`).
 */
export const nextCronAt = (expression: string, zone: string, after: Date): Date | null => {
  const at = nextFireAfter(parseCron(expression), zone, after.getTime());
  return at === null ? null : new Date(at);
};
