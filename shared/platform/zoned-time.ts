/**
 * Wall-clock time in IANA zones with the runtime's own zone data (Intl), no library. Instants are
 * UTC milliseconds; dates are `YYYY-MM-DD`, times `HH:MM`.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (zone: string) => {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
};

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface ZonedParts {
  date: string;
  time: string;
  weekday: Weekday;
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** What a wall clock in `zone` shows at `instant`. */
export const zonedParts = (instant: number, zone: string): ZonedParts => {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  const [year, month, day, hour, minute, second] = ['year', 'month', 'day', 'hour', 'minute', 'second'].map((k) =>
    Number(parts[k]),
  ) as [number, number, number, number, number, number];
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    weekday: String(parts.weekday).toLowerCase().slice(0, 3) as Weekday,
    year,
    month,
    day,
    hour,
    minute,
    second,
  };
};

/** The zone's offset from UTC at `instant`, in minutes (Berlin in summer: +120). */
export const offsetMinutes = (instant: number, zone: string): number => {
  const p = zonedParts(instant, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000);
};

/**
 * The instant at which a wall clock in `zone` shows `date` `time`. A time skipped by a spring-forward
 * change maps to the instant after the gap (02:30 on 2026-03-29 in Berlin → 03:30 CEST); a time shown
 * twice in autumn maps to its first occurrence.
 */
export const zonedToUtc = (date: string, time: string, zone: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  const before = wall - offsetMinutes(wall - 12 * 3_600_000, zone) * 60_000;
  if (zonedParts(before, zone).time === time && zonedParts(before, zone).date === date) return before;
  const after = wall - offsetMinutes(wall + 12 * 3_600_000, zone) * 60_000;
  if (zonedParts(after, zone).time === time && zonedParts(after, zone).date === date) return after;
  // In the gap: the wall time does not exist; shift it forward by the length of the gap.
  return Math.max(before, after);
};

/** `YYYY-MM-DD` plus `days`. */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** ISO 8601 with the zone's offset at that instant: `2026-03-29T10:00:00+02:00`. */
export const formatInZone = (instant: number, zone: string): string => {
  const p = zonedParts(instant, zone);
  const offset = offsetMinutes(instant, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${p.date}T${p.time}:${pad(p.second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
