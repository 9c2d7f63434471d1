import { useCallback, useState } from 'react';
import { isTimeZone } from '../../../shared/platform/time-zone.js';
import { addDays, type Weekday, zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';
import { api, type Booking as BookingRecord, type BookingType } from './api.js';
import { nowMs } from './clock.js';
import { useDisplayZone } from './display-zone.js';
import { formatDuration, formatMoney, zoneLabel } from './format.js';

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

const BOOKING_ZONE_KEY = 'opsdesk.bookingTimeZone';

/**
 * The zone /book and /bookings show times in: the page's display zone (a customer's: the organisation's), until the
 * viewer picks another — remembered in this browser while it differs, so both pages agree.
 */
export function useBookingTimeZone(): [string, (zone: string) => void] {
  const displayZone = useDisplayZone();
  const [chosen, setChosen] = useState<string | null>(() => {
    try {
      const stored = window.localStorage.getItem(BOOKING_ZONE_KEY);
      return stored && isTimeZone(stored) ? stored : null;
    } catch {
      return null; // Storage may be unavailable (private mode): the display zone will do.
    }
  });
  const change = useCallback(
    (next: string) => {
      if (!isTimeZone(next)) return;
      const remembered = next === displayZone ? null : next;
      setChosen(remembered);
      try {
        if (remembered) window.localStorage.setItem(BOOKING_ZONE_KEY, remembered);
        else window.localStorage.removeItem(BOOKING_ZONE_KEY);
      } catch {
        // Not remembered; still used on this page.
      }
    },
    [displayZone],
  );
  return [chosen ?? displayZone, change];
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
  `${formatLongDay(dateIn(start, zone))}, ${formatTime(start, zone)}–${formatTime(end, zone)} (${zoneLabel(zone)})`;

/** `Monday, 30 March 2026, 09:00 (Europe/Berlin)`. */
export const formatInstant = (iso: string, zone: string): string =>
  `${formatLongDay(dateIn(iso, zone))}, ${formatTime(iso, zone)} (${zoneLabel(zone)})`;

/** `15 min, 30 min, 45 min or 1 h` (long lists as a range): every duration in the one format. */
export function formatDurations(durations: readonly number[]): string {
  const sorted = [...durations].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return '';
  if (sorted.length > 4) return `${formatDuration(first)} to ${formatDuration(last)}`;
  const words = sorted.map(formatDuration);
  return words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** `2 h`, `3 days`: a notice period, in the one duration format (whole days as days). */
export function formatNotice(minutes: number): string {
  if (minutes > 0 && minutes % (24 * 60) === 0) return minutes === 24 * 60 ? '1 day' : `${minutes / (24 * 60)} days`;
  return formatDuration(minutes);
}

/** When a type can be booked: "At least 2 h ahead, up to 60 days ahead" — or any time before it starts. */
export const bookingWindow = (type: Pick<BookingType, 'minNoticeMinutes' | 'horizonDays'>): string =>
  type.minNoticeMinutes === 0
    ? `Any time before it starts, up to ${type.horizonDays} days ahead`
    : `At least ${formatNotice(type.minNoticeMinutes)} ahead, up to ${type.horizonDays} days ahead`;

/** A cancellation notice given in hours, in the one duration format (`24 h`). */
export const formatHours = (hours: number): string => formatDuration(hours * 60);

/** "Free to cancel up to 24 h before the start; later costs €40.00." */
export const cancellationPolicy = (type: BookingType): string =>
  type.cancellationNoticeHours === 0
    ? 'Free to cancel until it starts.'
    : `Free to cancel up to ${formatHours(type.cancellationNoticeHours)} before the start; later costs ${formatMoney(type.lateCancellationFee)}.`;

export const REQUIREMENT_LABELS: Record<BookingType['requires'], string | null> = {
  nothing: null,
  'active-plan': 'Needs an active plan.',
  'call-outs': 'Needs a plan that includes emergency call-outs.',
};

/** Upcoming: confirmed and not yet over; everything else (cancelled, no-show, completed, or over) has been. */
export const isUpcoming = (booking: Pick<BookingRecord, 'status' | 'end'>, now = nowMs()): boolean =>
  booking.status === 'confirmed' && Date.parse(booking.end) > now;

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
