import type { Money } from '../../../shared/contracts/common.js';

const moneyFormats = new Map<string, Intl.NumberFormat>();

function moneyFormat(currency: string): Intl.NumberFormat {
  let format = moneyFormats.get(currency);
  if (!format) {
    // The reader's locale, the price's currency; whole amounts without ",00" (€1,190 rather than €1,190.00).
    format = new Intl.NumberFormat(undefined, { style: 'currency', currency, trailingZeroDisplay: 'stripIfInteger' });
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

/** The reader's own time zone (`Europe/Berlin`), to say which zone the times of a list are in; null if unknown. */
export const viewerTimeZone = (): string | null => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
};
