import type { AuditEntry } from '../../shared/audit/audit-entry.js';
import type { Invoice } from '../../shared/billing/invoices.js';
import type { Subscription } from '../../shared/billing/subscription.js';
import type { Booking } from '../../shared/booking/model.js';
import type { BookingNotification } from '../../shared/booking/notifications.js';
import type { Incident, Monitor, Rollup } from '../../shared/monitoring/model.js';
import type { ServiceReport } from '../../shared/reports/model.js';
import type { ReportFactsReader, ReportListing, ReportStore, StoredReport } from '../../shared/reports/ports.js';
import { isTerminal, type Task } from '../../shared/tasks/model.js';
import type { UsageRecord } from '../../shared/usage/usage-record.js';
import { serviceReportFixture } from './report-fixture.js';

const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** ReportStore in memory: put once per tenant and period, with the e-mails and audit entries it was given. */
export class InMemoryReportStore implements ReportStore {
  readonly reports = new Map<string, StoredReport>();
  readonly outbox: BookingNotification[] = [];
  readonly audit: AuditEntry[] = [];
  /** `create` calls, committed or not. */
  attempts = 0;

  async create(stored: StoredReport, notifications: BookingNotification[], audit: AuditEntry): Promise<boolean> {
    this.attempts += 1;
    const key = `${stored.report.tenantId}#${stored.report.periodId}`;
    if (this.reports.has(key)) return false;
    this.reports.set(key, copy(stored));
    this.outbox.push(...copy(notifications));
    this.audit.push(copy(audit));
    return true;
  }

  async get(tenantId: string, periodId: string): Promise<StoredReport | null> {
    const stored = this.reports.get(`${tenantId}#${periodId}`);
    return stored ? copy(stored) : null;
  }

  private listings(): ReportListing[] {
    return [...this.reports.values()].map(({ report }) => ({
      tenantId: report.tenantId,
      tenantName: report.tenantName,
      periodId: report.periodId,
      generatedAt: report.generatedAt,
    }));
  }

  async list(tenantId: string): Promise<ReportListing[]> {
    return this.listings()
      .filter((item) => item.tenantId === tenantId)
      .sort((a, b) => b.periodId.localeCompare(a.periodId));
  }

  async listForPeriod(periodId: string): Promise<ReportListing[]> {
    return this.listings()
      .filter((item) => item.periodId === periodId)
      .sort((a, b) => a.tenantName.localeCompare(b.tenantName));
  }
}

/** A subscription on `planId` since `effectiveFrom` (active, paid), with further plan changes in `changes`. */
export const testSubscription = (
  tenantId: string,
  planId: string,
  effectiveFrom: string,
  changes: { planId: string; effectiveFrom: string }[] = [],
): Subscription => ({
  tenantId,
  planId: changes.at(-1)?.planId ?? planId,
  status: 'active',
  paymentStatus: 'current',
  period: { id: '2026-11', start: '2026-11-01T00:00:00.000Z', end: '2026-12-01T00:00:00.000Z' },
  pendingPlanId: null,
  planHistory: [{ planId, effectiveFrom }, ...changes],
  stripeCustomerId: null,
  paymentMethodOnFile: false,
  pastDueSince: null,
  suspendedForNonPayment: false,
  paymentStateAt: null,
  paymentMethodAt: null,
  createdAt: effectiveFrom,
  updatedAt: effectiveFrom,
  revision: 1,
});

/**
 * ReportFactsReader over plain arrays, filtering as the DynamoDB reader does (incidents overlapping, tasks by the time
 * of their final status, bookings by start); it records the rollup ranges asked for.
 */
export class InMemoryReportFacts implements ReportFactsReader {
  tenants = new Map<string, { id: string; name: string; timeZone: string; status: string }>();
  subscriptions = new Map<string, Subscription>();
  monitorList: Monitor[] = [];
  rollupList: Rollup[] = [];
  incidentList: Incident[] = [];
  taskList: Task[] = [];
  bookingList: Booking[] = [];
  usageList: UsageRecord[] = [];
  invoices = new Map<string, Invoice>();
  admins = new Map<string, { email: string; name: string }[]>();
  readonly rollupRanges: string[] = [];

  async tenant(tenantId: string) {
    return this.tenants.get(tenantId) ?? null;
  }
  async subscription(tenantId: string) {
    return this.subscriptions.get(tenantId) ?? null;
  }
  async monitors(tenantId: string) {
    return this.monitorList.filter((monitor) => monitor.tenantId === tenantId);
  }
  async dailyRollups(tenantId: string, monitorId: string, fromDay: string, toDay: string) {
    this.rollupRanges.push(`${monitorId} ${fromDay}..${toDay}`);
    const own = new Set(this.monitorList.filter((m) => m.tenantId === tenantId).map((m) => m.id));
    return this.rollupList.filter(
      (rollup) =>
        own.has(monitorId) && rollup.monitorId === monitorId && rollup.bucket >= fromDay && rollup.bucket <= toDay,
    );
  }
  async incidentsOverlapping(tenantId: string, start: string, end: string) {
    return this.incidentList.filter(
      (incident) =>
        incident.tenantId === tenantId &&
        incident.openedAt < end &&
        (incident.resolvedAt === null || incident.resolvedAt >= start),
    );
  }
  async tasksFinishedBetween(tenantId: string, start: string, end: string) {
    return this.taskList.filter((task) => {
      const at = task.history.at(-1)?.at ?? '';
      return task.tenantId === tenantId && isTerminal(task.status) && at >= start && at < end;
    });
  }
  async bookingsBetween(tenantId: string, start: string, end: string) {
    return this.bookingList.filter((b) => b.tenantId === tenantId && b.start >= start && b.start < end);
  }
  async usage(tenantId: string, periodId: string) {
    return this.usageList.filter((record) => record.tenantId === tenantId && record.occurredAt.startsWith(periodId));
  }
  async invoice(tenantId: string, periodId: string) {
    return this.invoices.get(`${tenantId}#${periodId}`) ?? null;
  }
  async customerAdmins(tenantId: string) {
    return this.admins.get(tenantId) ?? [];
  }
}

/**
 * A stored report for tests that need one in a store: the realistic report fixture (test/support/report-fixture.ts)
 * for `tenantId` and `periodId`, with an empty export (no records).
 */
export const storedReportFixture = (
  tenantId: string,
  periodId: string,
  overrides: Partial<ServiceReport> = {},
): StoredReport => {
  const report = serviceReportFixture({ tenantId, periodId, ...overrides });
  return {
    report,
    export: {
      tenantId,
      periodId,
      period: report.period,
      plan: null,
      monitors: [],
      rollups: [],
      incidents: [],
      tasks: [],
      bookings: [],
      usage: [],
      invoice: null,
    },
  };
};

/** The audit entry a report is stored with (`report.generated` by Opsdesk itself). */
export const reportAudit = (tenantId: string, id: string, periodId = '2026-10'): AuditEntry => ({
  id,
  tenantId,
  at: '2026-11-01T00:05:00.000Z',
  actor: { userId: 'system', email: 'system@opsdesk', roles: [] },
  action: 'report.generated',
  target: { type: 'report', id: periodId },
  details: {},
});
