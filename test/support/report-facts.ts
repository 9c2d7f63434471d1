import type { Invoice } from '../../shared/billing/invoices.js';
import { periodNamed } from '../../shared/billing/periods.js';
import type { Booking } from '../../shared/booking/model.js';
import type { Incident, Monitor, Rollup } from '../../shared/monitoring/model.js';
import type { ReportFacts } from '../../shared/reports/ports.js';
import { findTaskType } from '../../shared/tasks/catalogue.js';
import type { Task, TaskHistoryEntry, TaskStatus } from '../../shared/tasks/model.js';
import { taskDraft } from '../../shared/tasks/tasks.js';
import type { UsageRecord } from '../../shared/usage/usage-record.js';
import { sampleInvoice } from './invoices.js';
import { newTestMonitor } from './monitoring-fakes.js';

/**
 * Small builders of a service report's facts (shared/reports/ports.ts ReportFacts): each gives a complete record with
 * plain defaults, so a test states only what its month is about.
 */

export const TENANT = { id: 'tenant-a', name: 'Acme GmbH', timeZone: 'Europe/Berlin' };

/** A plan as the report's facts carry it: 20 included hours, 60 minutes to acknowledge, 480 to resolve. */
export const reportPlan = (
  overrides: Partial<NonNullable<ReportFacts['plan']>> = {},
): NonNullable<ReportFacts['plan']> => ({
  id: 'webmaster-eighth',
  name: 'Webmaster share — an eighth',
  includedMinutes: 1200,
  acknowledgeMinutes: 60,
  resolveMinutes: 480,
  ...overrides,
});

/** The facts of `periodId` (made two hours after the period's end) with nothing in them; override what matters. */
export const reportFacts = (periodId: string, overrides: Partial<ReportFacts> = {}): ReportFacts => {
  const period = periodNamed(periodId);
  return {
    tenant: TENANT,
    period,
    generatedAt: new Date(Date.parse(period.end) + 2 * 3_600_000).toISOString(),
    plan: reportPlan(),
    monitors: [],
    rollups: [],
    incidents: [],
    tasks: [],
    bookings: [],
    usage: [],
    invoice: null,
    ...overrides,
  };
};

/** A monitor of tenant-a (an http monitor unless overridden). */
export const reportMonitor = (id: string, name: string, createdAt: string, overrides: Partial<Monitor> = {}): Monitor =>
  newTestMonitor({ id, name, createdAt, updatedAt: createdAt, target: 'https://shop.example.org/', ...overrides });

/** A day's rollup of a monitor (`day` a UTC date). */
export const dayRollup = (
  monitorId: string,
  day: string,
  counts: Partial<Pick<Rollup, 'up' | 'down' | 'noData' | 'maintenance'>>,
): Rollup => ({
  monitorId,
  bucket: day,
  up: counts.up ?? 0,
  down: counts.down ?? 0,
  noData: counts.noData ?? 0,
  maintenance: counts.maintenance ?? 0,
  p50Ms: null,
  p95Ms: null,
});

/** Every day of a month (UTC dates), `YYYY-MM-01` … the last. */
export const daysOf = (periodId: string): string[] => {
  const period = periodNamed(periodId);
  const days: string[] = [];
  for (let at = Date.parse(period.start); at < Date.parse(period.end); at += 86_400_000) {
    days.push(new Date(at).toISOString().slice(0, 10));
  }
  return days;
};

const MINUTE = 60_000;
const plus = (instant: string, minutes: number) => new Date(Date.parse(instant) + minutes * MINUTE).toISOString();

/** An incident of a monitor; due times from the plan's targets (60 and 480 minutes) unless given. */
export const reportIncident = (id: string, openedAt: string, overrides: Partial<Incident> = {}): Incident => ({
  id,
  tenantId: TENANT.id,
  tenantName: TENANT.name,
  monitorId: 'mon-shop',
  monitorName: 'Shop',
  monitorKind: 'http',
  severity: 'critical',
  status: overrides.resolvedAt ? 'resolved' : overrides.acknowledgedAt ? 'acknowledged' : 'open',
  detectedAt: plus(openedAt, -1),
  openedAt,
  acknowledgedAt: null,
  acknowledgedBy: null,
  resolvedAt: null,
  acknowledgeDueAt: plus(openedAt, 60),
  resolveDueAt: plus(openedAt, 480),
  coverage: 'covered',
  coverageStartsAt: null,
  pages: 1,
  escalationLevel: 0,
  nextPageAt: null,
  pagedStaffIds: [],
  timeline: [],
  version: 1,
  ...overrides,
});

/**
 * A task with its history (`[status, at]` pairs); its status is the last entry's. Built by the task lifecycle's own
 * `taskDraft` (a service restart on web-1), then placed where its history ends.
 */
export const reportTask = (id: string, steps: [TaskStatus, string][], overrides: Partial<Task> = {}): Task => {
  const history: TaskHistoryEntry[] = steps.map(([status, at]) => ({ status, at, by: 'ssm', reason: null }));
  const last = history.at(-1)!;
  const draft = taskDraft({
    id,
    tenant: { id: TENANT.id, name: TENANT.name },
    type: findTaskType('service-restart')!,
    host: { id: 'mi-0123456789abcdef0', name: 'web-1' },
    params: { service: 'nginx' },
    notes: null,
    requestedBy: { userId: 'user-1', email: 'admin@acme.example' },
    at: new Date(history[0]!.at),
  });
  return { ...draft, status: last.status, updatedAt: last.at, history, version: history.length, ...overrides };
};

/** A booking of tenant-a (hands-on session, completed) starting at `start`. */
export const reportBooking = (id: string, start: string, overrides: Partial<Booking> = {}): Booking => {
  const durationMinutes = overrides.durationMinutes ?? 60;
  return {
    id,
    tenantId: TENANT.id,
    typeId: 'hands-on',
    staffId: 'staff-1',
    bookedBy: 'user-1',
    start,
    end: plus(start, durationMinutes),
    durationMinutes,
    holdStart: start,
    holdEnd: plus(start, durationMinutes),
    status: 'completed',
    notes: null,
    lateCancellationFee: null,
    minutesSpent: null,
    createdAt: plus(start, -7 * 24 * 60),
    updatedAt: plus(start, durationMinutes),
    ...overrides,
  };
};

/** A usage record of tenant-a (webmaster minutes unless overridden). */
export const usageRecord = (
  id: string,
  occurredAt: string,
  quantity: number,
  overrides: Partial<UsageRecord> = {},
): UsageRecord => ({
  id,
  tenantId: TENANT.id,
  kind: 'webmaster_minutes',
  quantity,
  unit: 'minutes',
  occurredAt,
  sourceId: id.replace(/^(booking|task)-/, ''),
  unitPrice: null,
  ...overrides,
});

/** The period's invoice with these lines; net and gross follow from them (19 % VAT). */
export const reportInvoice = (
  periodId: string,
  lines: Pick<Invoice['lines'][number], 'kind' | 'description' | 'quantity' | 'unit' | 'amount'>[],
): Invoice => {
  const period = periodNamed(periodId);
  const full = lines.map((line) => ({ ...line, unitPrice: line.amount, vatRate: 1900 }));
  const net = full.reduce((sum, line) => sum + line.amount, 0);
  const vat = Math.floor((net * 1900 * 2 + 10_000) / 20_000);
  return sampleInvoice({
    id: `inv-${periodId}`,
    tenantId: TENANT.id,
    number: `OD-${periodId.slice(0, 4)}-000042`,
    periodId,
    servicePeriod: { start: period.start, end: period.end },
    issuedAt: plus(period.end, 60),
    lines: full,
    net,
    vat: [{ rate: 1900, base: net, amount: vat }],
    gross: net + vat,
  });
};
