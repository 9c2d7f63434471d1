import { useCallback, useState } from 'react';
import { isTimeZone } from '../../../shared/platform/time-zone.js';
import { addDays, type Weekday, zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';
import { api, type Booking as BookingRecord, type BookingType } from './api.js';
import { nowMs } from './clock.js';
import { formatDuration, formatMoney } from './format.js';

export { formatDuration };

/**
 * Booking helpers shared by /book, /bookings and the operator's calendar: the viewer's time zone, day and time
 * formatting in a given zone, and the cancellation policy in words.
 */

/** The browser's own zone, or UTC when it has none the runtime knows. */
export const browserTimeZone = (): string => {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : 'UTC';
};

const TIME_ZONE_KEY = 'opsdesk.viewerTimeZone';

/**
 * The zone booking pages show times in: the browser's, until the viewer picks another (remembered in this browser,
 * so /book and /bookings agree).
 */
export function useViewerTimeZone(): [string, (zone: string) => void] {
  const [zone, setZone] = useState(() => {
    try {
      const stored = window.localStorage.getItem(TIME_ZONE_KEY);
      if (stored && isTimeZone(stored)) return stored;
    } catch {
      // Storage may be unavailable (private mode); the browser's zone will do.
    }
    return browserTimeZone();
  });
  const change = useCallback((next: string) => {
    if (!isTimeZone(next)) return;
    setZone(next);
    try {
      if (next === browserTimeZone()) window.localStorage.removeItem(TIME_ZONE_KEY);
      else window.localStorage.setItem(TIME_ZONE_KEY, next);
    } catch {
      // Not remembered; still used on this page.
    }
  }, []);
  return [zone, change];
}

let zoneList: string[] | null = null;

/** Every IANA zone this browser knows, plus `extra` (the current choice) when the list lacks it. */
export function timeZoneOptions(...extra: string[]): string[] {
  if (!zoneList) {
    try {
      zoneList = Intl.supportedValuesOf('timeZone');
    } catch {
      zoneList = [];
    }
  }
  const zones = new Set(zoneList);
  for (const zone of ['UTC', ...extra]) zones.add(zone);
  return [...zones].sort((a, b) => a.localeCompare(b));
}

/** Today's date (`YYYY-MM-DD`) on a wall clock in `zone`. */
export const todayIn = (zone: string, now = nowMs()): string => zonedParts(now, zone).date;

/** The date (`YYYY-MM-DD`) an instant falls on in `zone`. */
export const dateIn = (iso: string, zone: string): string => zonedParts(Date.parse(iso), zone).date;

/** From the start of `date` to the start of `date + days`, in `zone`, as ISO instants. */
export const dayRange = (date: string, days: number, zone: string): { from: string; to: string } => ({
  from: new Date(zonedToUtc(date, '00:00', zone)).toISOString(),
  to: new Date(zonedToUtc(addDays(date, days), '00:00', zone)).toISOString(),
});

/** The Monday of the week `date` is in. */
export const mondayOf = (date: string): string => {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  return addDays(date, -((weekday + 6) % 7));
};

const dateFormat = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
const shortDay = dateFormat({ weekday: 'short', day: 'numeric', month: 'short' });
const longDay = dateFormat({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });

const asUtcNoon = (date: string) => new Date(`${date}T12:00:00Z`);

/** `Mon, 30 Mar` for a calendar date. */
export const formatShortDay = (date: string): string => shortDay.format(asUtcNoon(date));
/** `Monday, 30 March 2026` for a calendar date. */
export const formatLongDay = (date: string): string => longDay.format(asUtcNoon(date));

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** `09:30`: the time an instant shows on a wall clock in `zone`. */
export function formatTime(iso: string, zone: string): string {
  let format = timeFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    });
    timeFormats.set(zone, format);
  }
  return format.format(new Date(iso));
}

/** `Monday, 30 March 2026, 09:00–09:30 (Europe/Berlin)`. */
export const formatSession = (start: string, end: string, zone: string): string =>
  `${formatLongDay(dateIn(start, zone))}, ${formatTime(start, zone)}–${formatTime(end, zone)} (${zone})`;

/** `15, 30, 45 or 60 minutes` (long lists as a range with their step). */
export function formatDurations(durations: readonly number[]): string {
  const sorted = [...durations].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 4) return `${formatDuration(first)} to ${formatDuration(last)}`;
  if (sorted.every((d) => d < 60) || sorted.length === 1) {
    const values = sorted.map(String);
    const head = values.slice(0, -1).join(', ');
    return `${head ? `${head} or ` : ''}${values.at(-1)} minutes`;
  }
  const words = sorted.map(formatDuration);
  return `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** `2 hours`, `3 days` of notice. */
export function formatNotice(minutes: number): string {
  if (minutes === 0) return 'no notice';
  if (minutes % (24 * 60) === 0) return minutes === 24 * 60 ? '1 day' : `${minutes / (24 * 60)} days`;
  if (minutes % 60 === 0) return minutes === 60 ? '1 hour' : `${minutes / 60} hours`;
  return `${minutes} minutes`;
}

export const formatHours = (hours: number): string => (hours === 1 ? '1 hour' : `${hours} hours`);

/** "Free up to 24 hours before the start; later costs €40." */
export const cancellationPolicy = (type: BookingType): string =>
  type.cancellationNoticeHours === 0
    ? 'Free to cancel until it starts.'
    : `Free to cancel up to ${formatHours(type.cancellationNoticeHours)} before the start; later costs ${formatMoney(type.lateCancellationFee)}.`;

export const REQUIREMENT_LABELS: Record<BookingType['requires'], string | null> = {
  nothing: null,
  'active-plan': 'Needs an active plan.',
  'call-outs': 'Needs a plan that includes emergency call-outs.',
};

/** True when cancelling `booking` now falls inside the type's cancellation notice (and so costs the fee). */
export const isLateCancellation = (booking: BookingRecord, type: BookingType | undefined, now = nowMs()): boolean =>
  type !== undefined && Date.parse(booking.start) - now < type.cancellationNoticeHours * 3_600_000;

export const BOOKING_STATUS_LABELS: Record<BookingRecord['status'], string> = {
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  completed: 'Completed',
  no_show: 'No-show',
};

/** A booking type's name from the catalogue (GET /api/booking-types); an unknown id is shown as it is. */
export const typeName = (typeId: string, types?: readonly BookingType[]): string =>
  types?.find((type) => type.id === typeId)?.name ?? typeId;

export const loadBookingTypes = (signal: AbortSignal) => api.listBookingTypes(signal).then((list) => list.items);

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};
