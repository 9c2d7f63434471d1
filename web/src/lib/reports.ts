import type { Routes } from '../../../shared/contracts/routes.js';
// Types only: the schemas (zod) stay out of the browser bundle.
import type { ReportList, ServiceReport, SlaVerdict } from '../../../shared/reports/model.js';
import { request, requestFile } from './api.js';
import { saveFile } from './save-file.js';

/**
 * The monthly service reports (issue 14) as the web app reads them: the calls, where each report lives in the app,
 * the words for verdicts, and how an invoice line's sources become links to the records on the report's page.
 */

export type { ReportList, ServiceReport, SlaVerdict };
export type ReportListItem = ReportList['items'][number];
export type ReportMonitor = ServiceReport['monitors'][number];
export type ReportIncident = ServiceReport['incidents'][number];
export type ReportTask = ServiceReport['tasks'][number];
export type ReportHoursItem = ServiceReport['hours']['items'][number];
export type ReportInvoice = NonNullable<ServiceReport['invoice']>;
export type ReportInvoiceLine = ReportInvoice['lines'][number];
export type ReportLineSource = ReportInvoiceLine['sources'][number];

/** Method and path of the report routes, held equal to the route manifest at compile time (as in api.ts). */
const ROUTES = {
  listReports: { method: 'GET', path: '/api/reports' },
  getReport: { method: 'GET', path: '/api/reports/{period}' },
  getReportExport: { method: 'GET', path: '/api/reports/{period}/export' },
} as const satisfies { [K in keyof Routes]?: Pick<Routes[K], 'method' | 'path'> };

/** `?tenantId=` for staff, nothing for customers (the server reads their own organisation). */
const tenantQuery = (tenantId: string | null | undefined): string =>
  tenantId ? `?${new URLSearchParams({ tenantId }).toString()}` : '';

const reportFilePath = (file: string, tenantId: string | null | undefined): string =>
  `${ROUTES.getReport.path.replace('{period}', encodeURIComponent(file))}${tenantQuery(tenantId)}`;

const exportPath = (periodId: string, tenantId: string | null | undefined): string =>
  `${ROUTES.getReportExport.path.replace('{period}', encodeURIComponent(periodId))}${tenantQuery(tenantId)}`;

/** Customers: their organisation's reports, newest first. Staff: every tenant's report of `period`. */
export const listReports = (query: { period?: string | undefined }, signal?: AbortSignal) => {
  const search = query.period ? `?${new URLSearchParams({ period: query.period }).toString()}` : '';
  return request<ReportList>(`${ROUTES.listReports.path}${search}`, { method: ROUTES.listReports.method, signal });
};

export const getReport = (periodId: string, tenantId: string | null, signal?: AbortSignal) =>
  request<ServiceReport>(reportFilePath(periodId, tenantId), { method: ROUTES.getReport.method, signal });

/** The three files of a report: each needs the bearer token, so it is fetched and then saved, not linked to. */
export const REPORT_FILES = {
  pdf: { label: 'PDF', type: 'application/pdf', extension: 'pdf' },
  csv: { label: 'CSV', type: 'text/csv', extension: 'csv' },
  export: { label: 'raw records (JSON)', type: 'application/json', extension: 'json' },
} as const;
export type ReportFileKind = keyof typeof REPORT_FILES;

/** The name a downloaded file gets when the server names none: `service-report-2026-10.pdf`. */
export const reportFilename = (periodId: string, kind: ReportFileKind): string =>
  kind === 'export'
    ? `service-report-${periodId}-records.json`
    : `service-report-${periodId}.${REPORT_FILES[kind].extension}`;

/** Fetches one file of the report with the session's token and saves it under the server's name (or ours). */
export async function downloadReportFile(
  periodId: string,
  tenantId: string | null,
  kind: ReportFileKind,
): Promise<void> {
  const { type } = REPORT_FILES[kind];
  const path =
    kind === 'export'
      ? exportPath(periodId, tenantId)
      : reportFilePath(kind === 'pdf' ? `${periodId}.pdf` : periodId, tenantId);
  const { blob, filename } = await requestFile(path, type, { method: ROUTES.getReport.method });
  saveFile(blob, type, filename ?? reportFilename(periodId, kind));
}

/** The report's page in this app: staff name the organisation, customers read their own. */
export const reportPath = (periodId: string, tenantId?: string | null): string =>
  `/reports/${encodeURIComponent(periodId)}${tenantQuery(tenantId)}`;

/** The staff list of `periodId`'s reports, to go back to. */
export const reportsOfPeriodPath = (periodId: string): string =>
  `/reports?${new URLSearchParams({ period: periodId }).toString()}`;

/**
 * When the report of the month `now` is in appears: the monthly close runs at 02:00 UTC on the 1st
 * (`close-previous-period` in shared/contracts/resources.ts), and makes the reports.
 */
export const nextReportAt = (now: Date): Date => new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1, 2));

export const VERDICT_LABELS: Record<SlaVerdict, string> = {
  met: 'Met',
  missed: 'Missed',
  later: 'Later: judged next month',
};

/** Green, red, and the neutral blue of something still to come (the classes the task statuses use). */
export const VERDICT_CLASSES: Record<SlaVerdict, string> = {
  met: 'status-succeeded',
  missed: 'status-failed',
  later: 'status-scheduled',
};

/** Anchors of the records on a report's page, so an invoice line can point at what it was rated from. */
export const recordAnchor = (usageRecordId: string): string => `record-${usageRecordId}`;
export const taskAnchor = (taskId: string): string => `task-${taskId}`;
export const monitorAnchor = (monitorId: string): string => `monitor-${monitorId}`;

/** Where one source of an invoice line is on the page (`anchor`), or only what it is (`text`). */
export type SourceTarget = { anchor: string; text: string } | { anchor: null; text: string };

/**
 * A source as a link to its record on the page when the report shows it: a webmaster-hours record (its hours item),
 * a task run (`task-run-<taskId>` / `task-<taskId>`: the task), a monitor month (`monitor-<monitorId>-<YYYY-MM>`: the
 * monitor's uptime row). Anything else — a call-out, a late cancellation, the plan, a host — is named as text.
 */
export function sourceTarget(report: ServiceReport, source: ReportLineSource): SourceTarget {
  if (source.type === 'plan') {
    const name = report.plan?.id === source.id ? report.plan.name : source.id;
    return { anchor: null, text: `Plan ${name}` };
  }
  if (source.type === 'host') return { anchor: null, text: `Host ${source.id}` };
  const item = report.hours.items.find((candidate) => candidate.usageRecordId === source.id);
  if (item) return { anchor: recordAnchor(item.usageRecordId), text: item.description || source.id };
  const task = report.tasks.find(
    (candidate) => source.id === `task-run-${candidate.taskId}` || source.id === `task-${candidate.taskId}`,
  );
  if (task) return { anchor: taskAnchor(task.taskId), text: `Task ${task.typeName}` };
  const monitor = report.monitors.find((candidate) => source.id.startsWith(`monitor-${candidate.monitorId}-`));
  if (monitor) return { anchor: monitorAnchor(monitor.monitorId), text: `Monitor ${monitor.name}` };
  return { anchor: null, text: `Usage record ${source.id}` };
}

/** Staff may read any tenant's report; everyone picks a month among the twelve before the current one. */
export const REPORT_MONTHS = 12;
