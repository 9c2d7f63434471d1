/**
 * Dates and times as people read them in e-mails and PDFs: fixed English (en-GB) wording and 24-hour
 * times, independent of the machine's locale, in the reader's IANA zone (DST-correct via zonedParts).
 * `Wed 9 Dec 2026, 14:00 (Europe/Berlin)`; a zone is written with spaces for underscores
 * (`America/New York`), the one way the web app writes it too.
 */
import { zonedParts } from './zoned-time.js';

const WEEKDAY_NAMES = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' } as const;
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** `America/New York` for `America/New_York`: how a zone is named to a person. */
export const readableZone = (timeZone: string): string => timeZone.replaceAll('_', ' ');

/** `Wed 9 Dec 2026`: the calendar day `instantMs` falls on in `timeZone`. */
export const readableDate = (instantMs: number, timeZone: string): string => {
  const p = zonedParts(instantMs, timeZone);
  return `${WEEKDAY_NAMES[p.weekday]} ${p.day} ${MONTH_NAMES[p.month - 1]} ${p.year}`;
};

/** `14:00`: the wall-clock time in `timeZone` (24-hour, no zone named — pair it with one). */
export const readableTime = (instantMs: number, timeZone: string): string => zonedParts(instantMs, timeZone).time;

/** `Wed 9 Dec 2026, 14:00 (Europe/Berlin)`: the date and time in `timeZone`, naming the zone. */
export const readableDateTime = (instantMs: number, timeZone: string): string =>
  `${readableDate(instantMs, timeZone)}, ${readableTime(instantMs, timeZone)} (${readableZone(timeZone)})`;

/** `45 min`, `1 h 10 min`, `20 h`: a duration as the web app writes it (web/src/lib/format.ts `formatDuration`). */
export const readableDuration = (minutes: number): string => {
  const sign = minutes < 0 ? '-' : '';
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
};
