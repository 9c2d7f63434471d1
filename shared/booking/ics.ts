import { plainText } from '../platform/plain-text.js';
import { offsetMinutes, zonedParts } from '../platform/zoned-time.js';
import type { BookingType } from './booking-types.js';
import type { Booking } from './model.js';

/**
 * An RFC 5545 calendar for one booking, in the organisation's time zone: a VTIMEZONE with the zone's
 * transitions in the booking's year (found from the runtime's zone data), and the event with local
 * DTSTART/DTEND that reference it. Lines end in CRLF and are folded at 75 octets.
 */
/**
 * A TEXT value (RFC 5545 3.3.11): every line break — CRLF, lone CR, LF, U+2028, U+2029 — becomes `\n`,
 * other control characters (C0 but HTAB, DEL, C1) are dropped, backslash, semicolon and comma escaped.
 * Nothing user-supplied can end the content line and start a property of its own.
 */
const escapeText = (text: string) =>
  plainText(text).replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\n/g, '\\n');

const encoder = new TextEncoder();
const decoder = new TextDecoder();

const fold = (line: string): string => {
  const bytes = encoder.encode(line);
  if (bytes.length <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let limit = 75;
  while (start < bytes.length) {
    let end = Math.min(start + limit, bytes.length);
    // Never split a UTF-8 sequence: back off to a character boundary.
    while (end < bytes.length && ((bytes[end] ?? 0) & 0xc0) === 0x80) end -= 1;
    parts.push(decoder.decode(bytes.subarray(start, end)));
    start = end;
    limit = 74; // continuation lines begin with a space
  }
  return parts.join('\r\n ');
};

const utcStamp = (instant: number) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
const localStamp = (instant: number, zone: string) => {
  const p = zonedParts(instant, zone);
  return `${p.date.replace(/-/g, '')}T${p.time.replace(':', '')}00`;
};
const offsetText = (minutes: number) => {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
};

/** A zone's offset changes in one year. */
type Transition = { at: number; from: number; to: number };

const DAY_MS = 86_400_000;

/** The instants in `year` at which `zone` changes its offset (to the minute): one read of the offset per day. */
const scanTransitions = (zone: string, year: number): Transition[] => {
  const transitions: Transition[] = [];
  const end = Date.UTC(year + 1, 0, 1);
  let from = offsetMinutes(Date.UTC(year, 0, 1), zone);
  for (let t = Date.UTC(year, 0, 1); t < end; t += DAY_MS) {
    const to = offsetMinutes(t + DAY_MS, zone);
    if (to !== from) {
      let low = t;
      let high = t + DAY_MS;
      while (high - low > 60_000) {
        const mid = low + Math.floor((high - low) / 120_000) * 60_000;
        if (offsetMinutes(mid, zone) === from) low = mid;
        else high = mid;
      }
      transitions.push({ at: high, from, to });
    }
    from = to;
  }
  return transitions;
};

/**
 * A zone's transitions and its VTIMEZONE lines are the same for every booking of that zone and year: found once
 * per process (zone data changes only with the runtime) and kept, a few hundred bytes per zone and year. The map is
 * emptied when it grows past `CACHE_LIMIT` entries (more zones and years than a process ever renders).
 */
const CACHE_LIMIT = 512;
const transitionCache = new Map<string, Transition[]>();
const vtimezoneCache = new Map<string, string[]>();
const cached = <T>(cache: Map<string, T>, key: string, make: () => T): T => {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
};

/** The instants in `year` at which `zone` changes its offset (to the minute). */
export const transitionsIn = (zone: string, year: number): Transition[] =>
  cached(transitionCache, `${zone}|${year}`, () => scanTransitions(zone, year)).map((t) => ({ ...t }));

const vtimezone = (zone: string, year: number): string[] =>
  cached(vtimezoneCache, `${zone}|${year}`, () => {
    const transitions = cached(transitionCache, `${zone}|${year}`, () => scanTransitions(zone, year));
    const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`];
    if (transitions.length === 0) {
      const offset = offsetText(offsetMinutes(Date.UTC(year, 0, 1), zone));
      lines.push(
        'BEGIN:STANDARD',
        `DTSTART:${year}0101T000000`,
        `TZOFFSETFROM:${offset}`,
        `TZOFFSETTO:${offset}`,
        'END:STANDARD',
      );
    }
    for (const t of transitions) {
      const kind = t.to > t.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        `BEGIN:${kind}`,
        // DTSTART of an observance is the wall time at the change, on the clock before it (RFC 5545 3.6.5).
        `DTSTART:${new Date(t.at + t.from * 60_000).toISOString().slice(0, 16).replace(/[-:]/g, '')}00`,
        `TZOFFSETFROM:${offsetText(t.from)}`,
        `TZOFFSETTO:${offsetText(t.to)}`,
        `END:${kind}`,
      );
    }
    lines.push('END:VTIMEZONE');
    return lines;
  });

export const bookingCalendar = (input: {
  booking: Booking;
  type: BookingType | undefined;
  timeZone: string;
  organisation: string;
  now: Date;
}): string => {
  const { booking, timeZone } = input;
  const start = Date.parse(booking.start);
  const end = Date.parse(booking.end);
  const status = booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Opsdesk//Bookings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...vtimezone(timeZone, zonedParts(start, timeZone).year),
    'BEGIN:VEVENT',
    `UID:booking-${booking.id}@opsdesk`,
    `DTSTAMP:${utcStamp(input.now.getTime())}`,
    `LAST-MODIFIED:${utcStamp(Date.parse(booking.updatedAt))}`,
    // Rescheduling changes the times: SEQUENCE follows the last change so calendars replace the event.
    `SEQUENCE:${Math.floor(Date.parse(booking.updatedAt) / 1000) - Math.floor(Date.parse(booking.createdAt) / 1000)}`,
    `DTSTART;TZID=${timeZone}:${localStamp(start, timeZone)}`,
    `DTEND;TZID=${timeZone}:${localStamp(end, timeZone)}`,
    `SUMMARY:${escapeText(`${input.type?.name ?? booking.typeId} — ${input.organisation}`)}`,
    `DESCRIPTION:${escapeText(`${booking.durationMinutes} minutes with your Opsdesk webmaster.${booking.notes ? `\n${booking.notes}` : ''}`)}`,
    `STATUS:${status}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(fold).join('\r\n')}\r\n`;
};

/**
 * A calendar as stored — an outbox item queued before TEXT values were cleaned may still hold a lone CR
 * or U+2028 — with its CRLF line ends kept and every other line break or control character (but HTAB)
 * dropped from its lines, so no hidden line break can start a property.
 */
export const cleanCalendar = (ics: string): string =>
  ics
    .split('\r\n')
    .map((line) => plainText(line).replace(/\n/g, ''))
    .join('\r\n');
