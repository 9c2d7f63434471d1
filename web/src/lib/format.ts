import type { Money } from '../../../shared/contracts/common.js';

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    // The reader's locale, the price's currency, always with its minor units (€1,190.00 beside €226.10): one money
    // format across the app, so a column of amounts lines up and a total never hides its cents.
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency });
    moneyFormats.set(currency, format);
  }
  return format;
}

/** Money arrives as integer minor units; the currency says how many of them make a major unit (cents, yen). */
export function formatMoney(money: Money): string {
  const format = moneyFormat(money.currency);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

/** `1 host`, `3 hosts`. */
export const count = (n: number, singular: string, plural = `${singular}s`): string =>
  `${n} ${n === 1 ? singular : plural}`;

/**
 * The one duration format: `45 min`, `1 h`, `1 h 10 min`, `20 h` (negative: a correction, `-30 min`). Hours of
 * plans, bookings, usage and reports all read the same.
 */
export function formatDuration(minutes: number): string {
  if (!Number.isFinite(minutes)) return '';
  const sign = minutes < 0 ? '-' : '';
  const total = Math.round(Math.abs(minutes));
  const hours = Math.floor(total / 60);
  const rest = total % 60;
  if (hours === 0) return `${sign}${rest} min`;
  return rest === 0 ? `${sign}${hours} h` : `${sign}${hours} h ${rest} min`;
}

/** A time zone as people read it: `America/New York` for `America/New_York`; the one way a zone is shown. */
export const zoneLabel = (timeZone: string): string => timeZone.replaceAll('_', ' ');

/** `9 December 2026` (the day in `timeZone`, or the reader's own). A calendar day has no zone to name. */
export function formatDate(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(date);
  }
}

/**
 * Date and time with the zone named (`12 Mar 2025, 14:05 CET`): in `timeZone`, or the reader's own when none is given.
 * An unknown zone falls back to the reader's, still named, so the reader is never misled about which it is.
 */
export function formatDateTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

/** Schema messages are fragments ("a valid e-mail address"); make them read as sentences. */
export function fieldMessage(message: string): string {
  const text = message.trim();
  if (!text) return 'This field is not valid.';
  const sentence = /^(a|an) /i.test(text) ? `Enter ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** `14:00` in `timeZone` (24-hour). Say the zone next to it (formatDateTime does). */
export function formatTime(iso: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const options: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' };
  try {
    return new Intl.DateTimeFormat(undefined, { ...options, timeZone }).format(date);
  } catch {
    return new Intl.DateTimeFormat(undefined, options).format(date);
  }
}

/** The reader's own time zone (`Europe/Berlin`), to say which zone the times of a list are in; null if unknown. */
export const viewerTimeZone = (): string | null => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
};
