import type { AuditEntry } from '../audit/audit-entry.js';
import type { Invoice } from '../billing/invoices.js';
import type { Period, Subscription } from '../billing/subscription.js';
import type { Booking } from '../booking/model.js';
import type { BookingNotification } from '../booking/notifications.js';
import type { Incident, Monitor, Rollup } from '../monitoring/model.js';
import type { Task } from '../tasks/model.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { ReportExport, ServiceReport, StatusPage } from './model.js';

/** One report in a list: enough to link to it. */
export interface ReportListing {
  tenantId: string;
  tenantName: string;
  periodId: string;
  generatedAt: string;
}

/** A report as stored: the figures and the records they were computed from, made together once. */
export interface StoredReport {
  report: ServiceReport;
  export: ReportExport;
}

/** Everything a report is computed from, read once when the period closes (plain data: the builder is pure). */
export interface ReportFacts {
  tenant: { id: string; name: string; timeZone: string };
  period: Period;
  /** When the report is made (the clock): certificates and maintenance ahead are as known then. */
  generatedAt: string;
  /** The plan in force at the period's end (or the last one in it), with the period's included minutes. */
  plan: {
    id: string;
    name: string;
    includedMinutes: number;
    acknowledgeMinutes: number;
    resolveMinutes: number;
  } | null;
  /** The tenant's monitors as they are now (deleted monitors are gone; their incidents keep their names). */
  monitors: Monitor[];
  /** Daily rollups of those monitors for the period's days (`bucket` = UTC date). */
  rollups: Rollup[];
  /** Incidents that overlap the period: opened before its end and not resolved before its start. */
  incidents: Incident[];
  /** Tasks that reached a final status within the period. */
  tasks: Task[];
  /** Bookings that start within the period. */
  bookings: Booking[];
  /** The period's usage ledger, reversals included. */
  usage: UsageRecord[];
  /** The period's invoice (null when the tenant had nothing to invoice). */
  invoice: Invoice | null;
}

/** Reads the facts of a tenant's period for its report, across contexts (read-only). */
export interface ReportFactsReader {
  tenant(tenantId: string): Promise<{ id: string; name: string; timeZone: string; status: string } | null>;
  subscription(tenantId: string): Promise<Subscription | null>;
  monitors(tenantId: string): Promise<Monitor[]>;
  /** Daily rollups with `fromDay <= bucket <= toDay` (UTC dates), oldest first. */
  dailyRollups(tenantId: string, monitorId: string, fromDay: string, toDay: string): Promise<Rollup[]>;
  incidentsOverlapping(tenantId: string, start: string, end: string): Promise<Incident[]>;
  /** Tasks whose final status was reached at or after `start` and before `end`. */
  tasksFinishedBetween(tenantId: string, start: string, end: string): Promise<Task[]>;
  /** Bookings whose start is at or after `start` and before `end`. */
  bookingsBetween(tenantId: string, start: string, end: string): Promise<Booking[]>;
  usage(tenantId: string, periodId: string): Promise<UsageRecord[]>;
  invoice(tenantId: string, periodId: string): Promise<Invoice | null>;
  /** The organisation's customer-admins: who the report is e-mailed to. */
  customerAdmins(tenantId: string): Promise<{ email: string; name: string }[]>;
}

export interface ReportStore {
  /**
   * Stores the report with its export, and queues its e-mails (outbox) in the same transaction — once: false when the
   * tenant's period has a report already (a retried close changes nothing).
   */
  create(stored: StoredReport, notifications: BookingNotification[], audit: AuditEntry): Promise<boolean>;
  get(tenantId: string, periodId: string): Promise<StoredReport | null>;
  /** The tenant's reports, newest period first. */
  list(tenantId: string): Promise<ReportListing[]>;
  /** Every tenant's report of a period (staff), by tenant name. */
  listForPeriod(periodId: string): Promise<ReportListing[]>;
}

export interface StatusPageRepository {
  get(tenantId: string): Promise<StatusPage | null>;
  /** The tenant whose page has this slug (published or not), or null. */
  findBySlug(slug: string): Promise<StatusPage | null>;
  /**
   * Stores `after` if the stored page is still at `before.version` (0: none yet), and moves the slug's uniqueness guard
   * from `before.slug` to `after.slug` in the same transaction: `STATE.CONFLICT` naming `body.slug` when another
   * tenant holds it.
   */
  save(before: StatusPage, after: StatusPage, audit: AuditEntry): Promise<void>;
}
