/**
 * Wall-clock time in IANA zones with the runtime's own zone data (Intl), no library. Instants are
 * UTC milliseconds; dates are `YYYY-MM-DD`, times `HH:MM`.
 *
 * Intl is asked once per zone and UTC day, not once per instant: a day's record holds the zone's offset
 * at its start and at its end and, when they differ, the second the offset changes (found by bisection
 * with Intl). Every instant in that day then maps to its wall clock by arithmetic. Between 1900 and
 * 2200; outside, and for anything that is not a finite instant, Intl answers each call itself.
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

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** Where the per-day records answer: 1900-01-01 … 2200-01-01 (UTC). */
const FAST_FROM = Date.UTC(1900, 0, 1);
const FAST_TO = Date.UTC(2200, 0, 1);
/** True when `instant` lies where the day records answer (1900–2200): there wall clocks are plain arithmetic. */
export const inFastRange = (instant: number) => instant >= FAST_FROM && instant < FAST_TO;

/** `00` … `99`: two-digit fields without padStart. */
const TWO = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));
const pad = (n: number) => (n >= 0 && n < 100 && Number.isInteger(n) ? TWO[n]! : String(n).padStart(2, '0'));

/** Intl's answer for one instant, its parts read once. */
const intlParts = (instant: number, zone: string): ZonedParts => {
  let year = 0;
  let month = 0;
  let day = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let weekday = '';
  for (const part of formatterFor(zone).formatToParts(new Date(instant))) {
    switch (part.type) {
      case 'year':
        year = Number(part.value);
        break;
      case 'month':
        month = Number(part.value);
        break;
      case 'day':
        day = Number(part.value);
        break;
      case 'hour':
        hour = Number(part.value);
        break;
      case 'minute':
        minute = Number(part.value);
        break;
      case 'second':
        second = Number(part.value);
        break;
      case 'weekday':
        weekday = part.value;
        break;
    }
  }
  return {
    date: `${year}-${pad(month)}-${pad(day)}`,
    time: `${pad(hour)}:${pad(minute)}`,
    weekday: weekday.toLowerCase().slice(0, 3) as Weekday,
    year,
    month,
    day,
    hour,
    minute,
    second,
  };
};

/** The zone's offset at `instant` by Intl, in milliseconds (whole seconds). */
const intlOffsetMs = (instant: number, zone: string): number => {
  const p = intlParts(instant, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
};

/**
 * One UTC day of a zone: the offset before `change` and from `change` on (no change: `change` is the day's end; NaN
 * when the day holds more than one change). A change and its reversal within one UTC day would not be seen.
 */
interface DayRecord {
  day: number;
  before: number;
  change: number;
  after: number;
}

interface ZoneCache {
  zone: string;
  days: Map<number, DayRecord>;
  last: DayRecord;
}

/** Records kept per zone before the cache starts afresh (a few years of days; a month asks for ~35). */
const MAX_DAYS_PER_ZONE = 8192;
const zoneCaches = new Map<string, ZoneCache>();
let lastZone: ZoneCache | undefined;

const dayRecord = (cache: ZoneCache, day: number): DayRecord => {
  const start = day * DAY_MS;
  const end = start + DAY_MS;
  const previous = cache.days.get(day - 1);
  const next = cache.days.get(day + 1);
  const before = previous ? previous.after : intlOffsetMs(start, cache.zone);
  const after = next ? next.before : intlOffsetMs(end, cache.zone);
  let change = end;
  if (after !== before) {
    // The offset at `low` is `before`, at `high` it is not: halve to the second.
    let low = start;
    let high = end;
    while (high - low > 1000) {
      const middle = low + Math.floor((high - low) / 2000) * 1000;
      if (intlOffsetMs(middle, cache.zone) === before) low = middle;
      else high = middle;
    }
    // Two changes in one UTC day (none in the zone data since 1900, as far as Intl shows): Intl answers that day.
    change = intlOffsetMs(high, cache.zone) === after ? high : Number.NaN;
  }
  const record = { day, before, change, after };
  if (cache.days.size >= MAX_DAYS_PER_ZONE) cache.days.clear();
  cache.days.set(day, record);
  return record;
};

const cacheOf = (zone: string): ZoneCache => {
  if (lastZone?.zone === zone) return lastZone;
  let cache = zoneCaches.get(zone);
  if (!cache) {
    formatterFor(zone); // an unknown zone throws here, as Intl does
    cache = { zone, days: new Map(), last: { day: Number.NaN, before: 0, change: 0, after: 0 } };
    zoneCaches.set(zone, cache);
  }
  lastZone = cache;
  return cache;
};

/** The zone's offset at `instant` in milliseconds (whole seconds), from the day records. */
const offsetMsAt = (instant: number, zone: string): number => {
  if (!inFastRange(instant)) return intlOffsetMs(instant, zone);
  const cache = cacheOf(zone);
  const day = Math.floor(instant / DAY_MS);
  let record = cache.last;
  if (record.day !== day) {
    record = cache.days.get(day) ?? dayRecord(cache, day);
    cache.last = record;
  }
  if (Number.isNaN(record.change)) return intlOffsetMs(instant, zone);
  return instant < record.change ? record.before : record.after;
};

// Civil date of a day number (days since 1970-01-01), by H. Hinnant's algorithm; results in these three.
let civilYear = 0;
let civilMonth = 0;
let civilDay = 0;
const civil = (days: number) => {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  civilDay = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  civilMonth = shifted < 10 ? shifted + 3 : shifted - 9;
  civilYear = yearOfEra + era * 400 + (civilMonth <= 2 ? 1 : 0);
};

/** `YYYY-MM-DD` of a wall clock given as UTC milliseconds (as zonedParts writes it between 1900 and 2200). */
export const dateOfWall = (wall: number): string => {
  civil(Math.floor(wall / DAY_MS));
  return `${civilYear}-${TWO[civilMonth]}-${TWO[civilDay]}`;
};

/** What a wall clock in `zone` shows at `instant`. */
export const zonedParts = (instant: number, zone: string): ZonedParts => {
  if (!inFastRange(instant)) return intlParts(instant, zone);
  const wall = instant + offsetMsAt(instant, zone);
  const days = Math.floor(wall / DAY_MS);
  const ofDay = wall - days * DAY_MS;
  const hour = Math.floor(ofDay / HOUR_MS);
  const minute = Math.floor((ofDay % HOUR_MS) / MINUTE_MS);
  const second = Math.floor((ofDay % MINUTE_MS) / 1000);
  civil(days);
  return {
    date: `${civilYear}-${TWO[civilMonth]}-${TWO[civilDay]}`,
    time: `${TWO[hour]}:${TWO[minute]}`,
    weekday: WEEKDAYS[(((days + 3) % 7) + 7) % 7]!,
    year: civilYear,
    month: civilMonth,
    day: civilDay,
    hour,
    minute,
    second,
  };
};

/** The zone's offset from UTC at `instant`, in minutes (Berlin in summer: +120). */
export const offsetMinutes = (instant: number, zone: string): number =>
  Math.round(offsetMsAt(instant, zone) / MINUTE_MS);

/** What a wall clock in `zone` shows at `instant`, as UTC milliseconds: `instant` plus the zone's offset then. */
export const wallOf = (instant: number, zone: string): number => instant + offsetMsAt(instant, zone);

/** The wall clock of `instant` in `zone`, as UTC milliseconds truncated to the minute. */
const wallMinuteOf = (instant: number, zone: string) =>
  Math.floor((instant + offsetMsAt(instant, zone)) / MINUTE_MS) * MINUTE_MS;

/**
 * The instant at which a wall clock in `zone` shows `wall` (a whole minute, as UTC milliseconds; from 1900 to 2200),
 * with the rules of zonedToUtc.
 */
export const wallToUtc = (wall: number, zone: string): number => {
  const before = wall - offsetMinutes(wall - 12 * HOUR_MS, zone) * MINUTE_MS;
  if (wallMinuteOf(before, zone) === wall) return before;
  const after = wall - offsetMinutes(wall + 12 * HOUR_MS, zone) * MINUTE_MS;
  if (wallMinuteOf(after, zone) === wall) return after;
  // In the gap: the wall time does not exist; shift it forward by the length of the gap.
  return Math.max(before, after);
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
  if (inFastRange(wall - DAY_MS) && inFastRange(wall + DAY_MS)) {
    // A date and time as zonedParts writes them are found by arithmetic; any other spelling (`9:00`, `24:00`,
    // `2026-02-30`) is never shown by a wall clock, so it ends, as before, after the two offsets it tried.
    const clock = Number.isInteger(hh) && Number.isInteger(mm) && hh >= 0 && hh < 24 && mm >= 0 && mm < 60;
    if (clock && time === `${TWO[hh]}:${TWO[mm]}` && date === dateOfWall(wall)) return wallToUtc(wall, zone);
  }
  const before = wall - offsetMinutes(wall - 12 * HOUR_MS, zone) * MINUTE_MS;
  const atBefore = zonedParts(before, zone);
  if (atBefore.time === time && atBefore.date === date) return before;
  const after = wall - offsetMinutes(wall + 12 * HOUR_MS, zone) * MINUTE_MS;
  const atAfter = zonedParts(after, zone);
  if (atAfter.time === time && atAfter.date === date) return after;
  return Math.max(before, after);
};

/** `YYYY-MM-DD` plus `days`. */
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/** ISO 8601 with the zone's offset at that instant: `2026-03-29T10:00:00+02:00`. */
export const formatInZone = (instant: number, zone: string): string => {
  if (!inFastRange(instant)) {
    const p = intlParts(instant, zone);
    return `${p.date}T${p.time}:${pad(p.second)}${offsetSuffix(offsetMinutes(instant, zone))}`;
  }
  const offset = offsetMsAt(instant, zone);
  const wall = instant + offset;
  const days = Math.floor(wall / DAY_MS);
  const ofDay = wall - days * DAY_MS;
  if (days !== textDay) {
    civil(days);
    textDay = days;
    dayText = `${civilYear}-${TWO[civilMonth]}-${TWO[civilDay]}T`;
  }
  if (offset !== textOffset) {
    textOffset = offset;
    offsetText = offsetSuffix(Math.round(offset / MINUTE_MS));
  }
  const minuteOfDay = Math.floor(ofDay / MINUTE_MS);
  let clock = MINUTE_TEXT[minuteOfDay];
  if (clock === undefined) {
    clock = `${TWO[Math.floor(minuteOfDay / 60)]}:${TWO[minuteOfDay % 60]}:`;
    MINUTE_TEXT[minuteOfDay] = clock;
  }
  return dayText + clock + TWO[Math.floor((ofDay % MINUTE_MS) / 1000)] + offsetText;
};

// The last day and offset formatInZone wrote, and their text: consecutive slots mostly share both.
let textDay = Number.NaN;
let dayText = '';
let textOffset = Number.NaN;
let offsetText = '';
/** `HH:MM:` of each minute of a day, written when first needed. */
const MINUTE_TEXT: string[] = [];

const offsetSuffix = (offset: number) => {
  const abs = Math.abs(offset);
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
};
