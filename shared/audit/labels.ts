import { periodIdName } from '../billing/periods.js';
import { findBookingType } from '../booking/booking-types.js';
import type { Money } from '../contracts/common.js';
import { readableDate } from '../platform/readable-time.js';
import { findTaskType } from '../tasks/catalogue.js';
import type { AuditEntry } from './audit-entry.js';

/**
 * How the audit log reads to a person (web/src/pages/audit-page.tsx): targets by name, details per kind of
 * entry. Pure, so the rules are tested once; the web app passes its own formats (money, durations, times).
 * No id or raw minor-unit amount is ever written out: what cannot be named is left out or described.
 */

/** Anything that looks like a UUID (or another opaque id) is never shown. */
const OPAQUE_ID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-|^[0-9a-z]{9}-[0-9a-f]{12}$|^(evt|in|cus|sub|pi)_[A-Za-z0-9]{8,}$|^mi-[0-9a-f]{8,}$/i;
export const looksLikeId = (value: string): boolean => OPAQUE_ID.test(value);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `2026-12` → `December 2026`; anything else as it is. */
export const periodLabel = periodIdName;

const words = (text: string): string => text.replace(/_/g, ' ').trim();
const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const TARGET_TYPES: Record<string, string> = {
  tenant: 'Organisation',
  user: 'User',
  staff: 'Staff member',
  booking: 'Booking',
  rota: 'On-call rota',
  task: 'Task',
  host: 'Host',
  activation: 'Host activation',
  monitor: 'Monitor',
  incident: 'Incident',
  invoice: 'Invoice',
  period: 'Billing period',
  subscription: 'Subscription',
  balance: 'Balance warning',
  report: 'Service report',
  status_page: 'Status page',
  api_key: 'API key',
};

/**
 * Who did it, as a person reads it: their name (else e-mail), or for a call made with an API key
 * "API key ‘Deploy pipeline’ (of Kim Nord)" — the key acts as its creator, and the log says which key it was.
 */
export const auditActorLabel = (actor: AuditEntry['actor']): string => {
  const person = actor.name ?? actor.email;
  return actor.apiKey ? `API key ‘${actor.apiKey.name}’ (of ${person})` : person;
};

/** `booking` → "Booking", `status_page` → "Status page". */
export const targetTypeLabel = (type: string): string => TARGET_TYPES[type] ?? sentenceCase(words(type));

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * What the entry is about, as a person names it: the stored or looked-up name, else a label from what the
 * entry says ("Booking of Wed 9 Dec 2026", "Billing period December 2026"), else only its kind.
 */
export function auditTargetName(entry: AuditEntry, timeZone: string): string {
  const { type, id, name } = entry.target;
  if (name && !looksLikeId(name)) return name;
  const details = entry.details;
  switch (type) {
    case 'booking': {
      const start = str(details.start) ?? str(details.from);
      return start && ISO_INSTANT.test(start) ? `Booking of ${readableDate(Date.parse(start), timeZone)}` : 'A booking';
    }
    case 'task': {
      const typeId = str(details.typeId);
      const taskType = typeId ? findTaskType(typeId) : undefined;
      return taskType ? `Task “${taskType.name}”` : 'A task';
    }
    case 'user':
      return str(details.email) ?? 'A user';
    case 'period':
    case 'report':
      return `${targetTypeLabel(type)} ${periodLabel(id)}`;
    case 'balance': {
      const [periodId = '', level = ''] = id.split('#');
      return `${level ? `${level} % warning` : 'Warning'}, ${periodLabel(periodId)}`;
    }
    case 'invoice':
      return str(details.number) ?? 'An invoice';
    case 'tenant':
      return str(details.organisation) ?? 'The organisation';
    case 'subscription':
      return 'The subscription';
    case 'rota':
      return 'On-call rota';
    case 'status_page':
      return 'Status page';
    default:
      return !looksLikeId(id) && id.length <= 40 && !/\d{3,}/.test(id)
        ? `${targetTypeLabel(type)} ${id}`
        : targetTypeLabel(type);
  }
}

/** The formats the web app writes values in (injected: they follow the reader's locale). */
export interface DetailFormats {
  money(money: Money): string;
  duration(minutes: number): string;
  dateTime(iso: string): string;
  /** A role or status as the app names it (`customer-admin` → "Admin"), or null when it is neither. */
  term(value: string): string | null;
}

export interface DetailLine {
  label: string;
  value: string;
}

/** Keys whose numbers are money in minor units (the currency is the entry's `currency`, else EUR). */
const MONEY_KEYS = new Set(['gross', 'net', 'tax', 'total', 'fee', 'amount', 'price', 'balance', 'paid']);
const LABELS: Record<string, string> = {
  email: 'E-mail',
  typeId: 'Type',
  staffId: 'Operator',
  userId: 'User',
  tenantId: 'Organisation',
  to: 'Now',
  from: 'Before',
  start: 'Starts',
  end: 'Ends',
  durationMinutes: 'Duration',
  minutesSpent: 'Time spent',
  intervalMinutes: 'Checked every',
  deletionDueAt: 'Deleted on',
  expiresAt: 'Valid until',
  periodId: 'Period',
  timeZone: 'Time zone',
  vatId: 'VAT id',
  graceDays: 'Grace period',
  pastDueSince: 'Past due since',
  occurredAt: 'Happened',
  eventType: 'Stripe event',
  late: 'Late cancellation',
  via: 'Acknowledged from',
  recipients: 'Recipients',
  shifts: 'Shifts',
  tenants: 'Organisations',
  level: 'Level',
  organisation: 'Organisation',
  gross: 'Total (gross)',
  reason: 'Reason',
  note: 'Note',
  fields: 'Changed',
};
/** Said by the target or the action already, or internal bookkeeping: never listed. */
const HIDDEN = new Set([
  'name',
  'number',
  'slotId',
  'eventId',
  'taskId',
  'hostId',
  'monitorId',
  'monitorIds',
  'currency',
]);
/** Moves are labelled by the family: a booking's `from`/`to` are times, a tenant's or user's are statuses/roles. */
const MOVE_LABELS: Record<string, { from: string; to: string }> = {
  booking: { from: 'Moved from', to: 'Moved to' },
  tenant: { from: 'Status before', to: 'Status now' },
  user: { from: 'Role before', to: 'Role now' },
};

/** `deletionDueAt` → "Deletion due at". */
const keyLabel = (key: string): string =>
  LABELS[key] ??
  sentenceCase(
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/_/g, ' ')
      .toLowerCase(),
  );

const isMoney = (value: unknown): value is Money =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Money).amount === 'number' &&
  typeof (value as Money).currency === 'string';

/**
 * The details of an entry as lines to read: money as money, minutes as durations, times in the reader's zone,
 * type ids as their names, people by name; the rest in words. Ids and raw objects are left out.
 */
export function auditDetailLines(entry: AuditEntry, formats: DetailFormats): DetailLine[] {
  const family = entry.action.split('.')[0] ?? '';
  const names = entry.names ?? {};
  const currency = str(entry.details.currency) ?? 'EUR';
  const lines: DetailLine[] = [];
  for (const [key, value] of Object.entries(entry.details)) {
    if (HIDDEN.has(key) || value === undefined) continue;
    const label = MOVE_LABELS[family]?.[key as 'from' | 'to'] ?? keyLabel(key);
    const shown = detailValue(family, key, value, names, currency, formats);
    if (shown !== null) lines.push({ label, value: shown });
  }
  // Stored maps keep no order: facts first, then what people wrote (a reason, a note), each group by label.
  const written = (line: DetailLine) => (line.label === 'Reason' || line.label === 'Note' ? 1 : 0);
  return lines.sort((a, b) => written(a) - written(b) || a.label.localeCompare(b.label));
}

function detailValue(
  family: string,
  key: string,
  value: unknown,
  names: Record<string, string>,
  currency: string,
  formats: DetailFormats,
): string | null {
  if (value === null) return key === 'fee' ? 'None' : '—';
  if (isMoney(value)) return formats.money(value);
  if (typeof value === 'number') {
    if (MONEY_KEYS.has(key)) return formats.money({ amount: value, currency });
    if (/minutes$/i.test(key)) return formats.duration(value);
    if (key === 'graceDays') return `${value} ${value === 1 ? 'day' : 'days'}`;
    if (key === 'level') return `${value} %`;
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') {
    if (names[value]) return names[value];
    if (key === 'typeId') {
      const type = family === 'booking' ? findBookingType(value) : findTaskType(value);
      return type?.name ?? sentenceCase(words(value.replace(/-/g, ' ')));
    }
    if (key === 'periodId') return periodLabel(value);
    if (key === 'via') return value === 'link' ? 'the e-mail link' : words(value);
    if (key === 'timeZone') return value.replaceAll('_', ' ');
    if (ISO_INSTANT.test(value)) return formats.dateTime(value);
    const term = formats.term(value);
    if (term) return term;
    if (looksLikeId(value) || /(Id|_id)$/.test(key)) return null;
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.filter((item): item is string => typeof item === 'string' && !looksLikeId(item));
    return items.length > 0 ? items.map((item) => names[item] ?? keyLabel(item).toLowerCase()).join(', ') : null;
  }
  return null;
}
