import type { z } from 'zod';
import { MINUTES_PER_ENGAGEMENT_STEP, netUsage } from '../billing/rating.js';
import { findBookingType } from '../booking/booking-types.js';
import type { Monitor } from '../monitoring/model.js';
import { formatInZone } from '../platform/zoned-time.js';
import type { Task } from '../tasks/model.js';
import type { UsageRecord } from '../usage/usage-record.js';
import type { LineSourceSchema, ReportExport, ServiceReport, SlaVerdict } from './model.js';
import type { ReportFacts, StoredReport } from './ports.js';

/**
 * The monthly service report (issue 14) as a pure computation: the facts read at the period's close become first the
 * export (the raw records, cut off at the period's end), then every figure of the report is computed from that export
 * alone — plus the few presentation facts an export does not need (names, the time zone, what comes next). So the
 * figures are exactly what anyone recomputes from the export (test/support/report-recompute.ts does, without this
 * code). docs/reports.md states the method; `method` below prints it on every rendering.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Certificates expiring within this many days of the period's end are listed as upcoming. */
export const CERTIFICATE_HORIZON_DAYS = 60;
/** The final task statuses (shared/tasks/model.ts TERMINAL_STATUSES). */
const FINAL_TASK_STATUSES = new Set(['succeeded', 'failed', 'timed_out', 'cancelled', 'declined']);
/** Where a task's run starts: the first of these history entries. */
const RUN_STATUSES = new Set(['claimed', 'running']);

type ExportMonitor = ReportExport['monitors'][number];
type ExportIncident = ReportExport['incidents'][number];
type ExportTask = ReportExport['tasks'][number];
type ExportUsage = ReportExport['usage'][number];
type ExportLine = NonNullable<ReportExport['invoice']>['lines'][number];
type LineSource = z.infer<typeof LineSourceSchema>;

const at = (instant: string): number => Date.parse(instant);
const utcDay = (instant: string): string => new Date(at(instant)).toISOString().slice(0, 10);
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Whole minutes between two instants, rounded half up (the report's only rounding of durations). */
const minutesBetween = (from: string, to: string): number =>
  Math.floor((at(to) - at(from) + MINUTE_MS / 2) / MINUTE_MS);

/** A quarter-hour engagement step: 1–15 minutes count 15, 16–30 count 30, … */
const roundedUp = (minutes: number): number =>
  Math.ceil(minutes / MINUTES_PER_ENGAGEMENT_STEP) * MINUTES_PER_ENGAGEMENT_STEP;

/** `2027-03-28 10:00 (Europe/Berlin)`: a local time with its zone named, as every rendering shows times. */
export const localTimeLabel = (instant: string, zone: string): string =>
  `${formatInZone(at(instant), zone).replace('T', ' ').slice(0, 16)} (${zone})`;

// ---------------------------------------------------------------------------------------------------------------------
// Small pure helpers others reuse
// ---------------------------------------------------------------------------------------------------------------------

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** openssl's `notAfter` date (the host check's `$END`): `Jan  4 12:00:00 2027 GMT`. */
const OPENSSL_DATE = /\b([A-Z][a-z]{2}) +(\d{1,2}) \d{2}:\d{2}:\d{2} (\d{4}) GMT\b/;
/** The tls probe's dates (functions/adapters/monitoring/network-prober.ts): `expires in 3 days (2027-01-04)`, `expired on 2027-01-04`. */
const PROBE_DATE = /(?:expires in \d+ days? \(|expired on )(\d{4}-\d{2}-\d{2})\b/;

const validDate = (date: string): string | null => {
  const parsed = Date.parse(`${date}T00:00:00.000Z`);
  return Number.isNaN(parsed) || new Date(parsed).toISOString().slice(0, 10) !== date ? null : date;
};

/**
 * The expiry date (`YYYY-MM-DD`, UTC) a certificate check's result message names, or null when it names none: the tls
 * probe's `certificate expires in 3 days (2027-01-04)` / `certificate expired on 2027-01-04`, and the host check's
 * `certificate /etc/ssl/site.pem expires in 40 days (Feb 14 12:00:00 2027 GMT)` (openssl's date; a path cannot contain
 * a space, so it cannot fake one). Why: the report lists certificates expiring soon from each monitor's last result.
 */
export const certificateExpiryOf = (message: string): string | null => {
  const openssl = OPENSSL_DATE.exec(message);
  if (openssl) {
    const month = MONTHS.indexOf(openssl[1] ?? '');
    if (month < 0) return null;
    return validDate(`${openssl[3]}-${String(month + 1).padStart(2, '0')}-${(openssl[2] ?? '').padStart(2, '0')}`);
  }
  const probe = PROBE_DATE.exec(message);
  return probe ? validDate(probe[1] ?? '') : null;
};

/** Which usage kind each usage-rated invoice line is rated from (shared/billing/rating.ts). */
export const LINE_USAGE_KINDS: Readonly<Record<string, string>> = {
  webmaster_overage: 'webmaster_minutes',
  call_out: 'call_outs',
  task_run_overage: 'task_runs',
  monitor_overage: 'monitors',
  late_cancellation: 'late_cancellation',
};

const HOST_LINE = /^Managed host ((?:mi|i)-[0-9a-f]+)\b/;
const LATE_CANCELLATION_LINE = /^Late cancellation \((.+)\)$/;

/**
 * The records an invoice line was rated from, so a reader can follow each amount to its facts: usage lines to the net
 * usage records of their kind (a late-cancellation line to the one record it names), `base_fee` to the plan its
 * description names (`<plan name>, monthly fee…`, as rating writes it), `host_fee` to the host its description names,
 * anything else to nothing. A line whose source is not among the facts links to nothing rather than to a wrong record.
 */
export const invoiceLineSources = (
  line: { kind: string; description: string },
  facts: {
    usage: readonly { id: string; kind: string; sourceId: string; reversalOf?: string }[];
    plans: readonly { id: string; name: string }[];
  },
): LineSource[] => {
  if (line.kind === 'base_fee') {
    return facts.plans
      .filter((plan) => line.description.startsWith(`${plan.name},`))
      .map((plan) => ({ type: 'plan' as const, id: plan.id }));
  }
  if (line.kind === 'host_fee') {
    const host = HOST_LINE.exec(line.description)?.[1];
    return host ? [{ type: 'host', id: host }] : [];
  }
  const kind = LINE_USAGE_KINDS[line.kind];
  if (!kind) return [];
  let records = netUsage(facts.usage).filter((record) => record.kind === kind);
  const named = line.kind === 'late_cancellation' ? LATE_CANCELLATION_LINE.exec(line.description)?.[1] : undefined;
  if (named !== undefined) records = records.filter((record) => record.sourceId === named);
  return records
    .map((record) => record.id)
    .sort(byText)
    .map((id) => ({ type: 'usage' as const, id }));
};

// ---------------------------------------------------------------------------------------------------------------------
// The export: the facts as they stood at the period's end
// ---------------------------------------------------------------------------------------------------------------------

interface Window {
  start: string;
  end: string;
}

const within = (instant: string, period: Window): boolean =>
  at(instant) >= at(period.start) && at(instant) < at(period.end);
/** An instant, or null when it falls at or after the period's end (not yet known then). */
const cutOff = (instant: string | null, period: Window): string | null =>
  instant !== null && at(instant) < at(period.end) ? instant : null;

/** A task's history as it stood at the period's end, and the final status it reached in the period (if it did). */
const taskAtEnd = (task: Task, period: Window) => {
  const history = task.history
    .filter((entry) => at(entry.at) < at(period.end))
    .map((entry) => ({ status: entry.status as string, at: entry.at }));
  const last = history.at(-1);
  const final = last && FINAL_TASK_STATUSES.has(last.status) && within(last.at, period) ? last : null;
  return { history, final };
};

const exportMonitors = (facts: ReportFacts): ExportMonitor[] =>
  facts.monitors
    .filter((monitor) => at(monitor.createdAt) < at(facts.period.end))
    .map((monitor) => ({ id: monitor.id, name: monitor.name, kind: monitor.kind, createdAt: monitor.createdAt }))
    .sort((a, b) => byText(a.name, b.name) || byText(a.id, b.id));

const exportRollups = (facts: ReportFacts, monitors: ExportMonitor[]): ReportExport['rollups'] => {
  const firstDay = new Map(
    monitors.map((monitor) => [
      monitor.id,
      utcDay(at(monitor.createdAt) > at(facts.period.start) ? monitor.createdAt : facts.period.start),
    ]),
  );
  const lastDay = utcDay(new Date(at(facts.period.end) - 1).toISOString());
  return facts.rollups
    .filter((rollup) => rollup.bucket.length === 10)
    .filter((rollup) => {
      const from = firstDay.get(rollup.monitorId);
      return from !== undefined && rollup.bucket >= from && rollup.bucket <= lastDay;
    })
    .map((rollup) => ({
      monitorId: rollup.monitorId,
      day: rollup.bucket,
      up: rollup.up,
      down: rollup.down,
      noData: rollup.noData,
      maintenance: rollup.maintenance,
    }))
    .sort((a, b) => byText(a.monitorId, b.monitorId) || byText(a.day, b.day));
};

const exportIncidents = (facts: ReportFacts): ExportIncident[] =>
  facts.incidents
    .filter(
      (incident) =>
        at(incident.openedAt) < at(facts.period.end) &&
        (incident.resolvedAt === null || at(incident.resolvedAt) >= at(facts.period.start)),
    )
    .map((incident) => ({
      id: incident.id,
      monitorId: incident.monitorId,
      monitorName: incident.monitorName,
      severity: incident.severity,
      openedAt: incident.openedAt,
      acknowledgedAt: cutOff(incident.acknowledgedAt, facts.period),
      resolvedAt: cutOff(incident.resolvedAt, facts.period),
      acknowledgeDueAt: incident.acknowledgeDueAt,
      resolveDueAt: incident.resolveDueAt,
    }))
    .sort((a, b) => at(a.openedAt) - at(b.openedAt) || byText(a.id, b.id));

const exportTasks = (facts: ReportFacts): ExportTask[] =>
  facts.tasks
    .map((task) => ({ task, ...taskAtEnd(task, facts.period) }))
    .filter(({ final }) => final !== null)
    .map(({ task, history, final }) => ({
      id: task.id,
      typeName: task.typeName,
      hostName: task.hostName,
      params: { ...task.params },
      requestedBy: task.requestedBy.email,
      approvedBy: task.approvedBy?.email ?? null,
      status: final?.status ?? task.status,
      requestedAt: task.requestedAt,
      history,
    }))
    .sort((a, b) => at(a.history.at(-1)?.at ?? '') - at(b.history.at(-1)?.at ?? '') || byText(a.id, b.id));

/** The first of each id (a record read twice counts once). */
const firstOfEachId = <T extends { id: string }>(items: readonly T[]): T[] => [
  ...new Map([...items].reverse().map((item) => [item.id, item])).values(),
];

const exportUsage = (usage: UsageRecord[]): ExportUsage[] => {
  return firstOfEachId(usage)
    .map((record) => ({
      id: record.id,
      kind: record.kind,
      quantity: record.quantity,
      unit: record.unit,
      occurredAt: record.occurredAt,
      sourceId: record.sourceId,
      ...(record.reversalOf ? { reversalOf: record.reversalOf } : {}),
    }))
    .sort((a, b) => at(a.occurredAt) - at(b.occurredAt) || byText(a.id, b.id));
};

/** Bookings that start in the period, and any other booking a webmaster-minutes record of the period comes from. */
const exportBookings = (facts: ReportFacts): ReportExport['bookings'] => {
  const referenced = new Set(
    facts.usage.filter((record) => record.kind === 'webmaster_minutes').map((record) => record.sourceId),
  );
  return firstOfEachId(facts.bookings)
    .filter((booking) => within(booking.start, facts.period) || referenced.has(booking.id))
    .map((booking) => ({
      id: booking.id,
      typeName: findBookingType(booking.typeId)?.name ?? booking.typeId,
      start: booking.start,
      durationMinutes: booking.durationMinutes,
      status: booking.status,
    }))
    .sort((a, b) => at(a.start) - at(b.start) || byText(a.id, b.id));
};

const exportInvoice = (facts: ReportFacts): ReportExport['invoice'] =>
  facts.invoice
    ? {
        id: facts.invoice.id,
        number: facts.invoice.number,
        status: facts.invoice.status,
        currency: facts.invoice.currency,
        net: facts.invoice.net,
        gross: facts.invoice.gross,
        lines: facts.invoice.lines.map((line) => ({
          kind: line.kind,
          description: line.description,
          quantity: line.quantity,
          unit: line.unit,
          amount: line.amount,
        })),
      }
    : null;

/**
 * The export of a report: the raw records behind every figure, as they stood at the period's end (an acknowledgement,
 * resolution or task step after it is cut off; monitors created after it are left out; rollups of a monitor count
 * from its creation's UTC day). Why apart: the same records are what the customer downloads to recompute the report.
 */
export const reportExportOf = (facts: ReportFacts): ReportExport => {
  const monitors = exportMonitors(facts);
  return {
    tenantId: facts.tenant.id,
    periodId: facts.period.id,
    period: { start: facts.period.start, end: facts.period.end },
    plan: facts.plan ? { ...facts.plan } : null,
    monitors,
    rollups: exportRollups(facts, monitors),
    incidents: exportIncidents(facts),
    tasks: exportTasks(facts),
    bookings: exportBookings(facts),
    usage: exportUsage(facts.usage),
    invoice: exportInvoice(facts),
  };
};

// ---------------------------------------------------------------------------------------------------------------------
// The figures, from the export alone
// ---------------------------------------------------------------------------------------------------------------------

const monitorFigures = (exported: ReportExport): ServiceReport['monitors'] =>
  exported.monitors.map((monitor) => {
    const monitoredFrom = at(monitor.createdAt) > at(exported.period.start) ? monitor.createdAt : exported.period.start;
    const fromDay = utcDay(monitoredFrom);
    const days = exported.rollups.filter((rollup) => rollup.monitorId === monitor.id && rollup.day >= fromDay);
    const sum = (field: 'up' | 'down' | 'noData' | 'maintenance') =>
      days.reduce((total, rollup) => total + rollup[field], 0);
    const up = sum('up');
    const down = sum('down');
    return {
      monitorId: monitor.id,
      name: monitor.name,
      kind: monitor.kind,
      monitoredFrom,
      up,
      down,
      noData: sum('noData'),
      maintenance: sum('maintenance'),
      uptime: up + down > 0 ? up / (up + down) : null,
    };
  });

/**
 * When a deadline is decided: when the action came, if it came in time; otherwise at the deadline itself. A deadline
 * is judged in the report of the period that holds that instant — so exactly once, and as soon as it can be (an
 * incident acknowledged on 31 January within a deadline on 1 February is judged in January, while it is still in
 * that report). Resolving an incident also settles its acknowledgement (nobody needs to acknowledge it after that).
 */
const decisionOf = (dueAt: string, doneAt: string | null): { at: number; verdict: 'met' | 'missed' } =>
  doneAt !== null && at(doneAt) <= at(dueAt)
    ? { at: at(doneAt), verdict: 'met' }
    : { at: at(dueAt), verdict: 'missed' };

/** The earlier of two instants that happened (null when neither did). */
const earlier = (a: string | null, b: string | null): string | null =>
  a === null ? b : b === null ? a : at(a) <= at(b) ? a : b;

/** A deadline's verdict in this period's report: `later` when it is decided after the period's end. */
const verdictOf = (dueAt: string, doneAt: string | null, period: Window): SlaVerdict => {
  const decision = decisionOf(dueAt, doneAt);
  return decision.at >= at(period.end) ? 'later' : decision.verdict;
};

/** Whether a deadline is decided within this period (only those count in the period's totals). */
const decidedWithin = (dueAt: string, doneAt: string | null, period: Window): boolean => {
  const decided = decisionOf(dueAt, doneAt).at;
  return decided >= at(period.start) && decided < at(period.end);
};

const incidentFigures = (exported: ReportExport): ServiceReport['incidents'] =>
  exported.incidents.map((incident) => ({
    incidentId: incident.id,
    monitorName: incident.monitorName,
    severity: incident.severity,
    openedAt: incident.openedAt,
    acknowledgedAt: incident.acknowledgedAt,
    resolvedAt: incident.resolvedAt,
    minutesToAcknowledge:
      incident.acknowledgedAt === null ? null : minutesBetween(incident.openedAt, incident.acknowledgedAt),
    minutesToResolve: incident.resolvedAt === null ? null : minutesBetween(incident.openedAt, incident.resolvedAt),
    acknowledgeDueAt: incident.acknowledgeDueAt,
    resolveDueAt: incident.resolveDueAt,
    acknowledge: verdictOf(
      incident.acknowledgeDueAt,
      earlier(incident.acknowledgedAt, incident.resolvedAt),
      exported.period,
    ),
    resolve: verdictOf(incident.resolveDueAt, incident.resolvedAt, exported.period),
    carriedOver: at(incident.openedAt) < at(exported.period.start),
  }));

/** The SLA totals: only deadlines decided in this period count (each deadline is judged in exactly one report). */
const slaFigures = (exported: ReportExport, incidents: ServiceReport['incidents']): ServiceReport['sla'] => {
  const decidedHere = (incident: ServiceReport['incidents'][number], kind: 'acknowledge' | 'resolve') =>
    kind === 'acknowledge'
      ? decidedWithin(incident.acknowledgeDueAt, earlier(incident.acknowledgedAt, incident.resolvedAt), exported.period)
      : decidedWithin(incident.resolveDueAt, incident.resolvedAt, exported.period);
  const count = (kind: 'acknowledge' | 'resolve', wanted: SlaVerdict) =>
    incidents.filter((incident) => decidedHere(incident, kind) && incident[kind] === wanted).length;
  const acknowledgeMissed = count('acknowledge', 'missed');
  const resolveMissed = count('resolve', 'missed');
  return {
    acknowledgeMinutes: exported.plan?.acknowledgeMinutes ?? null,
    resolveMinutes: exported.plan?.resolveMinutes ?? null,
    acknowledgeMet: count('acknowledge', 'met'),
    acknowledgeMissed,
    resolveMet: count('resolve', 'met'),
    resolveMissed,
    met: acknowledgeMissed + resolveMissed === 0,
  };
};

const taskFigures = (exported: ReportExport): ServiceReport['tasks'] =>
  exported.tasks.flatMap((task) => {
    const final = task.history.at(-1);
    if (!final) return [];
    const started = task.history.find((entry) => RUN_STATUSES.has(entry.status));
    return [
      {
        taskId: task.id,
        typeName: task.typeName,
        hostName: task.hostName,
        params: { ...task.params },
        requestedBy: task.requestedBy,
        approvedBy: task.approvedBy,
        outcome: final.status,
        requestedAt: task.requestedAt,
        finishedAt: final.at,
        durationMinutes: started ? minutesBetween(started.at, final.at) : null,
      },
    ];
  });

export const ROUNDING_RULE = `Each engagement (a booking or a task) is rounded up to the next quarter hour (${MINUTES_PER_ENGAGEMENT_STEP} minutes) on its own; the rounded minutes count against the included hours, and rounded minutes beyond them are overage.`;

const hoursFigures = (exported: ReportExport, timeZone: string): ServiceReport['hours'] => {
  const bookings = new Map(exported.bookings.map((booking) => [booking.id, booking]));
  const tasks = new Map(exported.tasks.map((task) => [task.id, task]));
  const items = netUsage(exported.usage)
    .filter((record) => record.kind === 'webmaster_minutes')
    .sort((a, b) => at(a.occurredAt) - at(b.occurredAt) || byText(a.id, b.id))
    .map((record) => {
      const booking = bookings.get(record.sourceId);
      const description = booking
        ? `${booking.typeName}, ${localTimeLabel(booking.start, timeZone)}`
        : (tasks.get(record.sourceId)?.typeName ?? `Task ${record.sourceId}`);
      return {
        usageRecordId: record.id,
        source: booking ? ('booking' as const) : ('task' as const),
        sourceId: record.sourceId,
        occurredAt: record.occurredAt,
        description,
        minutes: record.quantity,
        roundedMinutes: roundedUp(record.quantity),
      };
    });
  const includedMinutes = exported.plan?.includedMinutes ?? 0;
  const roundedMinutes = items.reduce((sum, item) => sum + item.roundedMinutes, 0);
  return {
    includedMinutes,
    recordedMinutes: items.reduce((sum, item) => sum + item.minutes, 0),
    roundedMinutes,
    overageMinutes: Math.max(0, roundedMinutes - includedMinutes),
    roundingRule: ROUNDING_RULE,
    items,
  };
};

const invoiceFigures = (exported: ReportExport): ServiceReport['invoice'] => {
  const invoice = exported.invoice;
  if (!invoice) return null;
  const plans = exported.plan ? [exported.plan] : [];
  return {
    invoiceId: invoice.id,
    number: invoice.number,
    status: invoice.status,
    currency: invoice.currency,
    net: invoice.net,
    gross: invoice.gross,
    lines: invoice.lines.map((line: ExportLine) => ({
      ...line,
      sources: invoiceLineSources(line, { usage: exported.usage, plans }),
    })),
  };
};

// ---------------------------------------------------------------------------------------------------------------------
// What comes next (as known when the report is made) and the method
// ---------------------------------------------------------------------------------------------------------------------

const certificateSubject = (monitor: Monitor): string => {
  if (monitor.kind === 'host') return monitor.hostCheck?.path ?? monitor.name;
  if (!monitor.target) return monitor.name;
  return URL.canParse(monitor.target) ? new URL(monitor.target).hostname : monitor.target;
};

const isCertificateCheck = (monitor: Monitor): boolean =>
  monitor.kind === 'tls' || (monitor.kind === 'host' && monitor.hostCheck?.check === 'certificate-file');

export const DOMAINS_NOTE =
  'Domain registrations are not monitored by Opsdesk: their expiry dates are not known to this report — check them with your registrar.';

const upcomingOf = (facts: ReportFacts): ServiceReport['upcoming'] => {
  const endDay = at(`${utcDay(facts.period.end)}T00:00:00.000Z`);
  const certificates = facts.monitors.filter(isCertificateCheck).flatMap((monitor) => {
    const expiresOn = monitor.lastResult ? certificateExpiryOf(monitor.lastResult.message) : null;
    if (!expiresOn) return [];
    const daysLeft = Math.round((at(`${expiresOn}T00:00:00.000Z`) - endDay) / DAY_MS);
    return daysLeft <= CERTIFICATE_HORIZON_DAYS
      ? [{ monitorName: monitor.name, subject: certificateSubject(monitor), expiresOn, daysLeft }]
      : [];
  });
  const maintenance = facts.monitors.flatMap((monitor) =>
    monitor.maintenance
      .filter((slot) => at(slot.end) > at(facts.period.end))
      .map((slot) => ({ monitorName: monitor.name, start: slot.start, end: slot.end, reason: slot.reason })),
  );
  return {
    certificates: certificates.sort((a, b) => byText(a.expiresOn, b.expiresOn) || byText(a.monitorName, b.monitorName)),
    domains: DOMAINS_NOTE,
    maintenance: maintenance.sort((a, b) => at(a.start) - at(b.start) || byText(a.monitorName, b.monitorName)),
  };
};

/** The accounting method in plain sentences, printed on the web page, the PDF and the CSV. */
export const methodSentences = (period: Window, timeZone: string): string[] => [
  `The period is the calendar month in UTC: from ${period.start} up to, not including, ${period.end}. Every figure is computed on instants from the records in this report’s export, as they stood at the period’s end.`,
  'Uptime of a monitor = up results ÷ (up + down results), over the daily rollups (UTC days) of the period from the day the monitor was created (“monitored from”).',
  'Up or down is confirmed, never a single result: a first failure is checked again at once, and the failure and its immediate re-check are one observation; each scheduled check counts once.',
  'Results during planned maintenance (or while a disruptive task runs on the host) are counted apart and never as down.',
  '“No data” (Opsdesk could not make the check) is shown apart and never counted as up or as down; a monitor with nothing counted has no uptime figure.',
  'Incidents listed are those open at some time in the period. Minutes to acknowledge and to resolve are counted from the incident’s opening and rounded half up to whole minutes; an acknowledgement or resolution after the period’s end is not shown.',
  'Each SLA deadline is judged once: met if the action happened at or before it (resolving an incident also settles its acknowledgement), missed otherwise — in the report of the period in which that was decided (when the action came in time, else at the deadline). A deadline not yet decided at the period’s end shows “later” and is judged in the next report. The SLA is met when no deadline decided in the period was missed.',
  'Tasks listed are those that reached a final status (succeeded, failed, timed out, cancelled) in the period; a task’s duration runs from its first claimed or running step to its final one, rounded half up to whole minutes.',
  `Webmaster time: the period’s usage records, a reversed record and its reversal both left out. ${ROUNDING_RULE}`,
  `Certificates are listed when their last check names an expiry within ${CERTIFICATE_HORIZON_DAYS} days of the period’s end (days left counted from that end); planned maintenance after the period’s end is listed as known when the report was made.`,
  'Each invoice line links to the records it was rated from: usage lines to usage records, the base fee to the plan, a host fee to its host.',
  `Times are shown in ${timeZone}, with the zone named.`,
];

/**
 * The monthly service report of one tenant and period, with its export: the export first (the facts cut off at the
 * period's end), then every figure from the export alone, plus names, the time zone and what comes next. Pure and
 * deterministic: the same facts give the same report, byte for byte (no clock but `facts.generatedAt`).
 */
export const buildServiceReport = (facts: ReportFacts): StoredReport => {
  const exported = reportExportOf(facts);
  const incidents = incidentFigures(exported);
  const report: ServiceReport = {
    tenantId: facts.tenant.id,
    tenantName: facts.tenant.name,
    periodId: exported.periodId,
    period: { ...exported.period },
    timeZone: facts.tenant.timeZone,
    generatedAt: facts.generatedAt,
    plan: facts.plan ? { id: facts.plan.id, name: facts.plan.name } : null,
    method: methodSentences(exported.period, facts.tenant.timeZone),
    monitors: monitorFigures(exported),
    incidents,
    sla: slaFigures(exported, incidents),
    tasks: taskFigures(exported),
    hours: hoursFigures(exported, facts.tenant.timeZone),
    upcoming: upcomingOf(facts),
    invoice: invoiceFigures(exported),
  };
  return { report, export: exported };
};
