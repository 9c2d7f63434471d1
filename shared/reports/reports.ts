import { newAuditEntry, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import { periodName, periodNamed } from '../billing/periods.js';
import { includedWebmasterMinutes } from '../billing/rating.js';
import type { Period, Subscription } from '../billing/subscription.js';
import type { BookingNotification } from '../booking/notifications.js';
import { findPlan } from '../catalogue/plans.js';
import { DomainError } from '../errors.js';
import { uptimePercent } from '../monitoring/uptime-percent.js';
import type { Actor } from '../platform/actor.js';
import { plainText, singleLine } from '../platform/plain-text.js';
import { readableDuration } from '../platform/readable-time.js';
import type { ReportsDeps } from './deps.js';
import type { ReportExport, ReportList, ServiceReport } from './model.js';
import type { ReportFacts, StoredReport } from './ports.js';
import { buildServiceReport } from './service-report.js';

/** Where the e-mails link to: the web app's origin (`https://app.example`), no trailing slash. */
export type ReportLinks = ReportsDeps['links'];

const DAY_MS = 86_400_000;

/** The UTC date (`2026-11-30`) of an instant. */
const utcDay = (instant: number): string => new Date(instant).toISOString().slice(0, 10);

/**
 * The plan in force at the period's end (the last one that took effect before it), with the period's included
 * webmaster minutes prorated by the days each plan was in force — exactly as the invoice rates them
 * (shared/billing/rating.ts `includedWebmasterMinutes`), so the report and the invoice agree.
 */
export const planFacts = (subscription: Subscription | null, period: Period): ReportFacts['plan'] => {
  const history = (subscription?.planHistory ?? [])
    .filter((entry) => entry.effectiveFrom < period.end)
    .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  const last = history.at(-1);
  const plan = last ? findPlan(last.planId) : undefined;
  if (!plan) return null;
  return {
    id: plan.id,
    name: plan.name,
    includedMinutes: includedWebmasterMinutes({
      period,
      planHistory: history,
      cancelledAt: subscription?.status === 'cancelled' ? subscription.updatedAt : null,
      plans: findPlan,
    }),
    acknowledgeMinutes: plan.monitoring.acknowledgeMinutes,
    resolveMinutes: plan.monitoring.resolveMinutes,
  };
};

/**
 * Everything the report of a tenant's period is computed from, read through the facts port. Monitors created after
 * the period's end are left out (they were not watched in it); rollups cover the period's UTC days.
 */
export const readReportFacts = async (
  deps: Pick<ReportsDeps, 'facts' | 'clock'>,
  tenant: { id: string; name: string; timeZone: string },
  period: Period,
): Promise<ReportFacts> => {
  const { facts } = deps;
  const firstDay = utcDay(Date.parse(period.start));
  const lastDay = utcDay(Date.parse(period.end) - DAY_MS);
  const [subscription, allMonitors, incidents, tasks, bookings, usage, invoice] = await Promise.all([
    facts.subscription(tenant.id),
    facts.monitors(tenant.id),
    facts.incidentsOverlapping(tenant.id, period.start, period.end),
    facts.tasksFinishedBetween(tenant.id, period.start, period.end),
    facts.bookingsBetween(tenant.id, period.start, period.end),
    facts.usage(tenant.id, period.id),
    facts.invoice(tenant.id, period.id),
  ]);
  const monitors = allMonitors
    .filter((monitor) => monitor.createdAt < period.end)
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  const rollups = (
    await Promise.all(monitors.map((monitor) => facts.dailyRollups(tenant.id, monitor.id, firstDay, lastDay)))
  ).flat();
  return {
    tenant: { id: tenant.id, name: tenant.name, timeZone: tenant.timeZone },
    period,
    generatedAt: deps.clock.now().toISOString(),
    plan: planFacts(subscription, period),
    monitors,
    rollups,
    incidents,
    tasks,
    bookings,
    usage,
    invoice,
  };
};

/** FNV-1a (32 bit) of the address, in hex: a stable, short part of an e-mail's id that does not spell the address. */
const addressHash = (email: string): string => {
  let hash = 0x811c9dc5;
  for (const char of email.trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

const percent = (share: number | null): string =>
  share === null ? 'no data' : `${uptimePercent(share, 3).toFixed(3)} %`;

/**
 * The e-mail to one customer-admin: the period named, a few headline figures, the link to the web page; the PDF is
 * attached when it is sent (the outbox keeps only the reference).
 */
export const serviceReportNotification = (
  report: ServiceReport,
  admin: { email: string; name: string },
  links: ReportLinks,
  now: string,
): BookingNotification => {
  const month = periodName({ id: report.periodId, ...report.period });
  const organisation = singleLine(report.tenantName);
  const incidents = report.incidents.length;
  const url = `${links.web.replace(/\/+$/, '')}/reports/${report.periodId}`;
  return {
    id: `service_report-${report.tenantId}-${report.periodId}-${addressHash(admin.email)}`,
    kind: 'service_report',
    bookingId: null,
    incidentId: null,
    tenantId: report.tenantId,
    to: singleLine(admin.email),
    subject: singleLine(`Service report for ${month}: ${organisation}`),
    text: plainText(
      [
        `Hello ${singleLine(admin.name)},`,
        '',
        `the service report of ${organisation} for ${month} is ready: uptime per monitor, incidents against the plan’s targets, tasks run, webmaster hours and the invoice of the month, each figure with the records it was computed from.`,
        '',
        ...report.monitors.map((monitor) => `- ${singleLine(monitor.name)}: uptime ${percent(monitor.uptime)}`),
        `- Incidents: ${incidents}${incidents ? (report.sla.met ? ' (every deadline met)' : ' (a deadline was missed)') : ''}`,
        `- Tasks finished: ${report.tasks.length}`,
        `- Webmaster time: ${readableDuration(report.hours.roundedMinutes)} of ${readableDuration(report.hours.includedMinutes)} included`,
        '',
        `Read it online, download the CSV or the raw records: ${url}`,
        'The PDF is attached.',
        '— Opsdesk',
      ].join('\n'),
    ),
    ics: null,
    attachment: { type: 'service_report', periodId: report.periodId },
    dueAt: now,
  };
};

/**
 * After the close made (or found) a tenant's invoice, its report; a tenant the close skipped (no plan, no usage) gets
 * none. The period-close consumer calls this with the close's outcome.
 */
export const reportAfterClose = (
  deps: Pick<ReportsDeps, 'facts' | 'reports' | 'clock' | 'ids' | 'links'>,
  message: { tenantId: string; periodId: string },
  closed: 'invoiced' | 'exists' | 'skipped',
): Promise<'generated' | 'exists' | 'skipped'> =>
  closed === 'skipped' ? Promise.resolve('skipped') : generateServiceReport(deps, message);

/**
 * The period-close consumer's second step, for one tenant: reads the facts of the closed period, computes the report
 * (pure: shared/reports/service-report.ts), and stores it with its export, one e-mail per customer-admin (outbox) and
 * the audit entry — once: a redelivered close finds it (`exists`) and changes nothing. A tenant that is gone, or had
 * neither a plan nor usage in the period (the close skipped it), gets none (`skipped`).
 */
export const generateServiceReport = async (
  deps: Pick<ReportsDeps, 'facts' | 'reports' | 'clock' | 'ids' | 'links'>,
  message: { tenantId: string; periodId: string },
): Promise<'generated' | 'exists' | 'skipped'> => {
  const { links } = deps;
  const period = periodNamed(message.periodId);
  const tenant = await deps.facts.tenant(message.tenantId);
  if (!tenant) return 'skipped';
  const facts = await readReportFacts(deps, tenant, period);
  if (!facts.plan && !facts.invoice && facts.usage.length === 0) return 'skipped';
  const stored = buildServiceReport(facts);
  const admins = await deps.facts.customerAdmins(tenant.id);
  const now = deps.clock.now().toISOString();
  const notifications = [...new Map(admins.map((admin) => [admin.email.trim().toLowerCase(), admin])).values()]
    .sort((a, b) => a.email.localeCompare(b.email))
    .map((admin) => serviceReportNotification(stored.report, admin, links, now));
  const created = await deps.reports.create(
    stored,
    notifications,
    newAuditEntry(deps, {
      actor: SYSTEM_ACTOR,
      tenantId: tenant.id,
      action: 'report.generated',
      target: { type: 'report', id: message.periodId },
      details: { periodId: message.periodId, recipients: notifications.length },
    }),
  );
  return created ? 'generated' : 'exists';
};

const notFound = (periodId: string) =>
  new DomainError('RESOURCE.NOT_FOUND', `No report for ${periodId}: the period has not been closed yet`);

/**
 * Whose report a caller reads: a customer their own organisation's (a `tenantId` naming another one finds nothing,
 * as any other tenant's data), staff the one they name — they must name one.
 */
const tenantFor = (actor: Actor, tenantId: string | undefined, periodId: string): string => {
  if (actor.tenantId) {
    if (tenantId !== undefined && tenantId !== actor.tenantId) throw notFound(periodId);
    return actor.tenantId;
  }
  if (!tenantId) {
    throw new DomainError('REQUEST.INVALID', 'Name the organisation whose report you want (`?tenantId=`).', [
      { path: 'query.tenantId', message: 'required for provider staff' },
    ]);
  }
  return tenantId;
};

/** The stored report of a period the caller may read; 404 when there is none (the period is not closed yet). */
const storedReport = async (
  deps: Pick<ReportsDeps, 'reports'>,
  actor: Actor,
  periodId: string,
  tenantId: string | undefined,
): Promise<StoredReport> => {
  const stored = await deps.reports.get(tenantFor(actor, tenantId, periodId), periodId);
  if (!stored) throw notFound(periodId);
  return stored;
};

/**
 * `GET /api/reports`: a customer's organisation's reports, newest first (a `period` narrows them to that month);
 * staff name a tenant (its reports) or a period (every tenant's report of it, by name).
 */
export const listReports = async (
  deps: Pick<ReportsDeps, 'reports'>,
  actor: Actor,
  query: { tenantId?: string | undefined; period?: string | undefined },
): Promise<ReportList> => {
  if (actor.tenantId) {
    if (query.tenantId !== undefined && query.tenantId !== actor.tenantId) return { items: [] };
    const items = await deps.reports.list(actor.tenantId);
    return { items: query.period ? items.filter((item) => item.periodId === query.period) : items };
  }
  if (query.tenantId) {
    const items = await deps.reports.list(query.tenantId);
    return { items: query.period ? items.filter((item) => item.periodId === query.period) : items };
  }
  if (query.period) return { items: await deps.reports.listForPeriod(query.period) };
  throw new DomainError(
    'REQUEST.INVALID',
    'Name an organisation (`?tenantId=`) or a period (`?period=YYYY-MM`) to list reports.',
    [{ path: 'query.tenantId', message: 'required for provider staff unless `period` is given' }],
  );
};

/** `GET /api/reports/{YYYY-MM}`: the report of a closed period (the PDF and CSV are renderings of it). */
export const getReport = async (
  deps: Pick<ReportsDeps, 'reports'>,
  actor: Actor,
  periodId: string,
  tenantId?: string,
): Promise<ServiceReport> => (await storedReport(deps, actor, periodId, tenantId)).report;

/** `GET /api/reports/{period}/export`: the raw records the report was computed from, as stored with it. */
export const getReportExport = async (
  deps: Pick<ReportsDeps, 'reports'>,
  actor: Actor,
  periodId: string,
  tenantId?: string,
): Promise<ReportExport> => (await storedReport(deps, actor, periodId, tenantId)).export;
