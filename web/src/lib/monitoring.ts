import type { Plan } from '../../../shared/catalogue/plan.js';
import type {
  CheckOutcome,
  Incident,
  IncidentSeverity,
  IncidentStatus,
  Monitor,
  MonitorHistory,
  MonitorKind,
  MonitorRequest,
  MonitorState,
  TimelineKind,
} from '../../../shared/monitoring/model.js';
import { uptimePercent } from '../../../shared/monitoring/uptime-percent.js';
import { zonedToUtc } from '../../../shared/platform/zoned-time.js';
import { formatMoney } from './format.js';

/**
 * Monitoring helpers shared by /monitors, a monitor's page, /incidents and the operators' incident queue: words for
 * states and timeline kinds, the "Add monitor" form's values turned into a request, deadlines as countdowns, and the
 * history turned into the arrays the charts draw. Pure: no React, no fetch (the model's zod schemas are types only).
 */

/**
 * The model's enumerations, repeated here so this bundle does not import shared/monitoring/model.ts (it builds zod
 * schemas at load); `satisfies` keeps them the model's values.
 */
export const MONITOR_KINDS = [
  'http',
  'tls',
  'dns',
  'tcp',
  'heartbeat',
  'host',
] as const satisfies readonly MonitorKind[];
export const HTTP_METHODS = ['GET', 'HEAD', 'POST'] as const satisfies readonly NonNullable<Monitor['method']>[];
export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'] as const satisfies readonly NonNullable<
  Monitor['recordType']
>[];
export const HOST_CHECKS = ['disk', 'service', 'certificate-file'] as const satisfies readonly NonNullable<
  Monitor['hostCheck']
>['check'][];
export const INCIDENT_STATUSES = ['open', 'acknowledged', 'resolved'] as const satisfies readonly IncidentStatus[];

export const MONITOR_KIND_LABELS: Record<MonitorKind, string> = {
  http: 'HTTP(S)',
  tls: 'TLS certificate',
  dns: 'DNS record',
  tcp: 'TCP port',
  heartbeat: 'Heartbeat',
  host: 'Host check',
};

/** What each kind watches, for the kind select's hint and the empty state. */
export const MONITOR_KIND_HINTS: Record<MonitorKind, string> = {
  http: 'A web page or API answers with the right status, text and speed.',
  tls: 'A site’s certificate is valid and not about to expire.',
  dns: 'A DNS name resolves to the value you expect.',
  tcp: 'A port (mail, database, SSH) accepts connections.',
  heartbeat: 'Your own scheduled job calls a secret URL; silence means it did not run.',
  host: 'Disk space, a service or a certificate file on one of your registered servers.',
};

export const MONITOR_STATE_LABELS: Record<MonitorState, string> = {
  pending: 'Pending',
  up: 'Up',
  down: 'Down',
  no_data: 'No data',
  maintenance: 'Maintenance',
};

export const CHECK_OUTCOME_LABELS: Record<CheckOutcome, string> = { up: 'Up', down: 'Down', no_data: 'No data' };

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
};

export const SEVERITY_LABELS: Record<IncidentSeverity, string> = {
  critical: 'Critical',
  major: 'Major',
  minor: 'Minor',
};

export const TIMELINE_LABELS: Record<TimelineKind, string> = {
  detected: 'Failure detected',
  confirmed: 'Failure confirmed',
  waiting_coverage: 'Waiting for covered hours',
  paged: 'On-call engineer paged',
  escalated: 'Escalated',
  acknowledged: 'Acknowledged',
  diagnostic: 'Diagnostic task',
  remediation: 'Remediation task',
  note: 'Note',
  recovered: 'Recovered',
  resolved: 'Resolved',
  customer_notified: 'Customer notified',
};

/** Remediation task types an operator can start from an incident (shared/tasks/catalogue.ts). */
export const REMEDIATION_TYPE_IDS = ['service-restart', 'certificate-renewal'] as const;

export const monitorPath = (monitor: Pick<Monitor, 'id'>): string => `/monitors/${encodeURIComponent(monitor.id)}`;
export const incidentPath = (incident: Pick<Incident, 'id'>): string => `/incidents/${encodeURIComponent(incident.id)}`;

/** What a monitor watches, in one line: its target, or what a heartbeat or host check expects. */
export function monitorTargetText(monitor: Monitor, hostName?: string | undefined): string {
  switch (monitor.kind) {
    case 'heartbeat':
      return monitor.cron
        ? `cron ${monitor.cron} (${monitor.timeZone ?? 'UTC'}), grace ${monitor.graceMinutes ?? 0} min`
        : `every ${monitor.periodMinutes ?? '?'} min, grace ${monitor.graceMinutes ?? 0} min`;
    case 'host': {
      const host = hostName ?? monitor.hostId ?? 'a host';
      const check = monitor.hostCheck;
      if (!check) return host;
      if (check.check === 'disk') return `${host}: disk ${check.path ?? '/'} under ${check.thresholdPercent ?? 90} %`;
      if (check.check === 'service') return `${host}: service ${check.service ?? '?'} running`;
      return `${host}: certificate ${check.path ?? '?'} valid for ${check.warnDays ?? 14} days`;
    }
    case 'dns':
      return `${monitor.recordType ?? 'A'} ${monitor.target ?? ''}${monitor.expected ? ` → ${monitor.expected}` : ''}`;
    default:
      return monitor.target ?? '';
  }
}

/** `99.95 %`; `—` when nothing was counted. Never rounds up to 100 % while something was down. */
export function formatUptime(uptime: number | null): string {
  if (uptime === null || !Number.isFinite(uptime)) return '—';
  const percent = uptimePercent(uptime);
  return `${percent.toFixed(percent === 100 ? 0 : 2)} %`;
}

/** `245 ms`, `1.2 s`. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return '—';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/** `3 min`, `2 h 05 min`, `4 d 3 h`: a span of time in the largest units that still say something. */
export function formatSpan(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** How long ago `iso` was, from `now` (ms): `12 min`. */
export const formatAge = (iso: string, now: number): string => formatSpan(now - Date.parse(iso));

/** A deadline as a countdown: `in 12 min` or `overdue by 3 min`; `overdue` says which, for styling and words. */
export function countdown(dueIso: string, now: number): { text: string; overdue: boolean } {
  const left = Date.parse(dueIso) - now;
  if (Number.isNaN(left)) return { text: dueIso, overdue: false };
  return left >= 0
    ? { text: `in ${formatSpan(left)}`, overdue: false }
    : { text: `overdue by ${formatSpan(-left)}`, overdue: true };
}

/**
 * The example lines a heartbeat's cron job uses: success, start, fail. In the cron line a failed `/start` ping does
 * not stop the job (`;`), and the job's own exit status decides between success and `/fail`.
 */
export function heartbeatCommands(url: string): { success: string; start: string; fail: string; cronLine: string } {
  const base = url.replace(/\/+$/, '');
  return {
    success: `curl -fsS -m 10 --retry 3 ${base}`,
    start: `curl -fsS -m 10 --retry 3 ${base}/start`,
    fail: `curl -fsS -m 10 --retry 3 ${base}/fail`,
    cronLine: `0 3 * * * curl -fsS -m 10 ${base}/start; /usr/local/bin/backup.sh && curl -fsS -m 10 --retry 3 ${base} || curl -fsS -m 10 --retry 3 ${base}/fail`,
  };
}

/** The plan's monitoring terms in words, for the form: how many, how often, what more cost, who answers when. */
export function planLimitsText(monitoring: Plan['monitoring'], used: number): string[] {
  const lines = [
    `Your plan allows up to ${monitoring.maxMonitors} monitors (${used} in use); ${monitoring.includedMonitors} are included in the monthly fee, each further one costs ${formatMoney(monitoring.extraMonitor)} a month.`,
    `The shortest check interval on your plan is ${monitoring.minIntervalMinutes} min.`,
  ];
  const hours = monitoring.businessHours;
  lines.push(
    monitoring.coverage === '24x7' || !hours
      ? `An engineer answers around the clock: acknowledged within ${monitoring.acknowledgeMinutes} min, resolved within ${formatSpan(monitoring.resolveMinutes * 60_000)}.`
      : `An engineer answers ${hours.days.join(', ')} ${hours.start}–${hours.end} (${hours.timeZone}); incidents outside these hours wait for them. Targets: acknowledged within ${monitoring.acknowledgeMinutes} min, resolved within ${formatSpan(monitoring.resolveMinutes * 60_000)}.`,
  );
  return lines;
}

/** What the "Add monitor" form holds: text as typed, checkboxes as booleans. */
export interface MonitorFormValues {
  name: string;
  kind: MonitorKind;
  intervalMinutes: string;
  confirmations: string;
  // http, tls
  url: string;
  method: 'GET' | 'HEAD' | 'POST';
  keyword: string;
  keywordAbsent: boolean;
  maxResponseMs: string;
  /** `200-399`, or one code `200`. */
  expectedStatus: string;
  followRedirects: boolean;
  warnDays: string;
  // dns
  hostName: string;
  recordType: 'A' | 'AAAA' | 'CNAME' | 'MX' | 'TXT';
  expected: string;
  // tcp
  hostPort: string;
  // heartbeat
  schedule: 'period' | 'cron';
  periodMinutes: string;
  graceMinutes: string;
  cron: string;
  timeZone: string;
  // host
  hostId: string;
  hostCheck: 'disk' | 'service' | 'certificate-file';
  thresholdPercent: string;
  path: string;
  service: string;
  certWarnDays: string;
}

export function initialMonitorForm(timeZone: string, minIntervalMinutes = 5): MonitorFormValues {
  return {
    name: '',
    kind: 'http',
    intervalMinutes: String(Math.max(5, minIntervalMinutes)),
    confirmations: '2',
    url: 'https://',
    method: 'GET',
    keyword: '',
    keywordAbsent: false,
    maxResponseMs: '',
    expectedStatus: '200-399',
    followRedirects: true,
    warnDays: '14',
    hostName: '',
    recordType: 'A',
    expected: '',
    hostPort: '',
    schedule: 'period',
    periodMinutes: '60',
    graceMinutes: '10',
    cron: '',
    timeZone,
    hostId: '',
    hostCheck: 'disk',
    thresholdPercent: '90',
    path: '',
    service: '',
    certWarnDays: '14',
  };
}

/** Field errors keyed like the server's (`intervalMinutes`, `target`, `hostCheck.service`). */
export type MonitorFormErrors = Record<string, string>;

const INTEGER = /^\d+$/;

/**
 * The form as a `POST /api/monitors` body, with only the fields of its kind; or the fields that cannot be sent as
 * typed (empty where required, not a whole number). Ranges and the plan's limits are the server's to check: its
 * 422 names the same fields, so they show in the same places.
 */
export function monitorRequestFrom(
  values: MonitorFormValues,
): { ok: true; request: MonitorRequest } | { ok: false; errors: MonitorFormErrors } {
  const errors: MonitorFormErrors = {};
  const whole = (field: string, text: string, required: boolean): number | undefined => {
    const value = text.trim();
    if (value === '') {
      if (required) errors[field] = 'Enter a whole number.';
      return undefined;
    }
    if (!INTEGER.test(value)) {
      errors[field] = 'Enter a whole number.';
      return undefined;
    }
    return Number(value);
  };
  const required = (field: string, text: string, message: string): string | undefined => {
    const value = text.trim();
    if (!value) errors[field] = message;
    return value || undefined;
  };

  const name = required('name', values.name, 'Enter a name.');
  const intervalMinutes = whole('intervalMinutes', values.intervalMinutes, true);
  const confirmations = whole('confirmations', values.confirmations, true);
  const request: Record<string, unknown> = { name, kind: values.kind, intervalMinutes, confirmations };

  // The server a site or service runs on (optional): its diagnostics run there, its disruptive tasks silence pages.
  if (['http', 'tls', 'dns', 'tcp'].includes(values.kind) && values.hostId) request.hostId = values.hostId;
  switch (values.kind) {
    case 'http': {
      request.target = required('target', values.url === 'https://' ? '' : values.url, 'Enter the URL to check.');
      request.method = values.method;
      const keyword = values.keyword.trim();
      if (keyword) {
        request.keyword = keyword;
        request.keywordAbsent = values.keywordAbsent;
      }
      const maxResponseMs = whole('maxResponseMs', values.maxResponseMs, false);
      if (maxResponseMs !== undefined) request.maxResponseMs = maxResponseMs;
      const status = parseStatusRange(values.expectedStatus);
      if (status === null) errors.expectedStatus = 'Enter a status code (200) or a range (200-399).';
      else if (status !== undefined) request.expectedStatus = status;
      request.followRedirects = values.followRedirects;
      break;
    }
    case 'tls':
      request.target = required('target', values.url === 'https://' ? '' : values.url, 'Enter the https:// URL.');
      request.warnDays = whole('warnDays', values.warnDays, true);
      break;
    case 'dns':
      request.target = required('target', values.hostName, 'Enter the host name to resolve.');
      request.recordType = values.recordType;
      request.expected = required('expected', values.expected, 'Enter the value the record must contain.');
      break;
    case 'tcp': {
      const target = required('target', values.hostPort, 'Enter host:port, such as mail.example.org:25.');
      if (target && !/^.+:\d{1,5}$/.test(target)) errors.target = 'Enter host:port, such as mail.example.org:25.';
      request.target = target;
      break;
    }
    case 'heartbeat':
      if (values.schedule === 'period') {
        request.periodMinutes = whole('periodMinutes', values.periodMinutes, true);
      } else {
        request.cron = required('cron', values.cron, 'Enter a cron expression, such as 0 3 * * *.');
        request.timeZone = values.timeZone;
      }
      request.graceMinutes = whole('graceMinutes', values.graceMinutes, true);
      break;
    case 'host': {
      request.hostId = required('hostId', values.hostId, 'Choose a host.');
      const check: Record<string, unknown> = { check: values.hostCheck };
      if (values.hostCheck === 'disk') {
        check.thresholdPercent = whole('hostCheck.thresholdPercent', values.thresholdPercent, true);
        if (values.path.trim()) check.path = values.path.trim();
      } else if (values.hostCheck === 'service') {
        check.service = required('hostCheck.service', values.service, 'Enter the systemd unit, such as nginx.');
      } else {
        check.path = required('hostCheck.path', values.path, 'Enter the certificate file’s path.');
        check.warnDays = whole('hostCheck.warnDays', values.certWarnDays, true);
      }
      request.hostCheck = check;
      break;
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, request: request as MonitorRequest };
}

/** `200-399` → [200, 399]; `200` → [200, 200]; empty → undefined (the default); anything else → null. */
export function parseStatusRange(text: string): [number, number] | undefined | null {
  const value = text.trim();
  if (!value) return undefined;
  const match = /^(\d{3})\s*(?:[-–]\s*(\d{3}))?$/.exec(value);
  if (!match?.[1]) return null;
  const low = Number(match[1]);
  const high = Number(match[2] ?? match[1]);
  return low <= high ? [low, high] : null;
}

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/;

/** The ISO instant a `datetime-local` value names on a wall clock in `zone`; null when empty or incomplete. */
export function instantFromLocalInput(value: string, zone: string): string | null {
  const match = LOCAL_INPUT.exec(value);
  if (!match?.[1] || !match[2]) return null;
  return new Date(zonedToUtc(match[1], match[2], zone)).toISOString();
}

/** One bucket of the charts: its start (seconds since the epoch, as uPlot takes them) and what it counted. */
export interface ChartData {
  /** Bucket starts, seconds, oldest first. */
  x: number[];
  p50: (number | null)[];
  p95: (number | null)[];
  /** Per bucket, what the strip shows: the worst thing that happened in it. */
  verdict: ('up' | 'down' | 'no_data' | 'maintenance' | 'empty')[];
}

/** The width of one bucket of a range, in seconds. */
export const bucketSeconds = (range: MonitorHistory['range']): number => (range === '90d' ? 86_400 : 3_600);

/** `2026-12-06T14` or `2026-12-06` (UTC) → seconds since the epoch; NaN for anything else. */
export function bucketStart(bucket: string): number {
  const iso = bucket.length === 10 ? `${bucket}T00:00:00Z` : bucket.length === 13 ? `${bucket}:00:00Z` : '';
  return Date.parse(iso) / 1000;
}

/**
 * The history as chart columns over the whole range ending at `now` (ms): every bucket of the range is present
 * (the API leaves out those without results), so gaps show as gaps. A bucket with a down result is down; else with
 * up results up; else in maintenance or without data.
 */
export function chartData(history: MonitorHistory, now: number): ChartData {
  const step = bucketSeconds(history.range);
  const count = history.range === '24h' ? 24 : history.range === '7d' ? 7 * 24 : 90;
  const last = Math.floor(now / 1000 / step) * step;
  const byStart = new Map(history.buckets.map((bucket) => [bucketStart(bucket.bucket), bucket]));
  const data: ChartData = { x: [], p50: [], p95: [], verdict: [] };
  for (let index = count - 1; index >= 0; index--) {
    const start = last - index * step;
    const bucket = byStart.get(start);
    data.x.push(start);
    data.p50.push(bucket?.p50Ms ?? null);
    data.p95.push(bucket?.p95Ms ?? null);
    data.verdict.push(
      !bucket
        ? 'empty'
        : bucket.down > 0
          ? 'down'
          : bucket.up > 0
            ? 'up'
            : bucket.maintenance > 0
              ? 'maintenance'
              : bucket.noData > 0
                ? 'no_data'
                : 'empty',
    );
  }
  return data;
}

/** Severity order of the operators' queue (the server sorts too; this keeps a changed row in its place). */
const SEVERITY_RANK: Record<IncidentSeverity, number> = { critical: 0, major: 1, minor: 2 };
export const byQueueOrder = (a: Incident, b: Incident): number =>
  SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || Date.parse(a.openedAt) - Date.parse(b.openedAt);
