import * as z from 'zod';
import { IdSchema, IsoInstantSchema } from '../contracts/common.js';
import { PageQuerySchema } from '../platform/pagination.js';
import { isTimeZone } from '../platform/time-zone.js';

/**
 * Monitoring (issue 13): what a monitor is, what a check says, what an incident records. The route manifest, the
 * checker, the store and the web app all use these shapes; docs/monitoring.md says how they are counted.
 */

export const MONITOR_KINDS = ['http', 'tls', 'dns', 'tcp', 'heartbeat', 'host'] as const;
export type MonitorKind = (typeof MONITOR_KINDS)[number];

/** What the API shows (`GET /api/monitors`). `pending`: not checked yet (or not confirmed either way). */
export const MONITOR_STATES = ['pending', 'up', 'down', 'no_data', 'maintenance'] as const;
export type MonitorState = (typeof MONITOR_STATES)[number];

/** One check's verdict. `no_data`: the checker itself could not run it — never counted as up or down. */
export const CHECK_OUTCOMES = ['up', 'down', 'no_data'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

export const HTTP_METHODS = ['GET', 'HEAD', 'POST'] as const;
export const DNS_RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'] as const;
export const HOST_CHECKS = ['disk', 'service', 'certificate-file'] as const;

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,64}$/;
/** Header names the checker sets itself or that would carry the provider's credentials to a customer's server. */
const RESERVED_HEADERS = new Set(['host', 'content-length', 'connection', 'transfer-encoding', 'cookie']);

const NameSchema = z.string().trim().min(1, 'a name').max(80);

/** What a customer-admin sends to create a monitor (`POST /api/monitors`); the kind decides which fields apply. */
export const MonitorRequestSchema = z
  .strictObject({
    name: NameSchema,
    kind: z.enum(MONITOR_KINDS),
    /** A URL (http, tls: `https://…`), a host name (dns), `host:port` (tcp); none for heartbeat and host. */
    target: z.string().trim().min(1).max(2048).optional(),
    intervalMinutes: z.number().int().min(1).max(60),
    /** Consecutive failures (after an immediate re-check) before an incident opens; the same for recovery. */
    confirmations: z.number().int().min(1).max(5).default(2),
    // http
    method: z.enum(HTTP_METHODS).optional(),
    headers: z
      .record(
        z.string().regex(HEADER_NAME, 'a header name'),
        z
          .string()
          .max(1024)
          // What Node's HTTP client can send (Latin-1 bytes, no control characters but tab): any other value would
          // fail every request before it leaves.
          .regex(
            /^[\t\x20-\x7e\x80-\xff]*$/,
            'only visible ASCII, spaces, tabs and Latin-1 characters (U+0080–U+00FF): no line breaks, other control characters or €',
          ),
      )
      .refine((headers) => Object.keys(headers).length <= 20, 'at most 20 headers')
      .refine(
        (headers) => Object.keys(headers).every((name) => !RESERVED_HEADERS.has(name.toLowerCase())),
        'Host, Content-Length, Connection, Transfer-Encoding and Cookie are set by the checker',
      )
      .optional(),
    keyword: z.string().min(1).max(200).optional(),
    /** The check fails when the keyword IS present (an error page's text). */
    keywordAbsent: z.boolean().optional(),
    maxResponseMs: z.number().int().min(100).max(30_000).optional(),
    followRedirects: z.boolean().optional(),
    /** The accepted status codes, `[low, high]` inclusive; default 200–399. */
    expectedStatus: z.tuple([z.number().int().min(100).max(599), z.number().int().min(100).max(599)]).optional(),
    // tls
    warnDays: z.number().int().min(1).max(90).optional(),
    // dns
    recordType: z.enum(DNS_RECORD_TYPES).optional(),
    /** The value the record must contain (an address, a name, a TXT value). */
    expected: z.string().trim().min(1).max(255).optional(),
    // host (and, for any kind, the server the monitored thing runs on: its disruptive tasks mean maintenance)
    hostId: IdSchema.optional(),
    hostCheck: z
      .strictObject({
        check: z.enum(HOST_CHECKS),
        /** disk: the usage in % over which the check fails (default 90). */
        thresholdPercent: z.number().int().min(1).max(99).optional(),
        /** disk: the mount point (default `/`); certificate-file: the PEM file. */
        path: z
          .string()
          .regex(/^\/[A-Za-z0-9._/-]{0,255}$/, 'an absolute path of letters, digits, . _ - /')
          .refine((path) => !path.split('/').includes('..'), 'no .. segments')
          .optional(),
        /** service: the systemd unit that must be running. */
        service: z
          .string()
          .regex(/^[A-Za-z0-9@._-]{1,100}$/, 'a systemd unit name')
          .optional(),
        /** certificate-file: fail this many days before it expires (default 14). */
        warnDays: z.number().int().min(1).max(90).optional(),
      })
      .optional(),
    // heartbeat
    periodMinutes: z
      .number()
      .int()
      .min(1)
      .max(7 * 24 * 60)
      .optional(),
    graceMinutes: z
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
    /** Instead of a period: a 5-field cron expression (minute hour day month weekday) in `timeZone`. */
    cron: z.string().trim().min(9).max(120).optional(),
    timeZone: z
      .string()
      .max(64, 'an IANA time zone such as Europe/Berlin')
      .refine(isTimeZone, 'an IANA time zone such as Europe/Berlin')
      .meta({ description: 'An IANA time zone name (the tz database), such as `Europe/Berlin`' })
      .optional(),
  })
  .meta({ id: 'MonitorRequest' });
export type MonitorRequest = z.infer<typeof MonitorRequestSchema>;

/** `PATCH /api/monitors/{id}`: any field but the kind (a monitor of another kind is a new monitor). */
export const MonitorPatchSchema = MonitorRequestSchema.omit({ kind: true })
  .partial()
  .extend({
    /** Paused monitors are not checked and open nothing. */
    paused: z.boolean().optional(),
  })
  .meta({ id: 'MonitorPatch' });
export type MonitorPatch = z.infer<typeof MonitorPatchSchema>;

/** A planned maintenance of one monitor: results are kept, no page goes out, the time is not counted in uptime. */
export const MaintenanceSlotSchema = z
  .strictObject({
    id: IdSchema,
    start: IsoInstantSchema,
    end: IsoInstantSchema,
    reason: z.string().trim().min(1).max(200),
    /** Set when a disruptive task put the monitor into maintenance for its run. */
    taskId: IdSchema.nullable(),
  })
  .meta({ id: 'MaintenanceSlot' });
export type MaintenanceSlot = z.infer<typeof MaintenanceSlotSchema>;

export const MaintenanceRequestSchema = z
  .strictObject({
    start: IsoInstantSchema,
    end: IsoInstantSchema,
    reason: z.string().trim().min(1).max(200),
  })
  .refine((slot) => Date.parse(slot.start) < Date.parse(slot.end), { message: 'end is after start', path: ['end'] })
  .meta({ id: 'MaintenanceRequest' });
export type MaintenanceRequest = z.infer<typeof MaintenanceRequestSchema>;

/**
 * Where the confirmation rule stands: `failing`/`recovering` count consecutive results against the stable state;
 * `recheckDue` asks the dispatcher for an immediate re-check of a first failure.
 */
export const ConfirmationSchema = z.object({
  phase: z.enum(['stable', 'failing', 'recovering']),
  count: z.number().int().min(0),
});

/** A monitor as stored and as the API answers. */
export const MonitorSchema = z
  .object({
    id: IdSchema,
    tenantId: IdSchema,
    name: z.string(),
    kind: z.enum(MONITOR_KINDS),
    target: z.string().nullable(),
    intervalMinutes: z.number().int(),
    confirmations: z.number().int(),
    method: z.enum(HTTP_METHODS).nullable(),
    headers: z.record(z.string(), z.string()),
    keyword: z.string().nullable(),
    keywordAbsent: z.boolean(),
    maxResponseMs: z.number().int().nullable(),
    followRedirects: z.boolean(),
    expectedStatus: z.tuple([z.number().int(), z.number().int()]),
    warnDays: z.number().int().nullable(),
    recordType: z.enum(DNS_RECORD_TYPES).nullable(),
    expected: z.string().nullable(),
    hostId: IdSchema.nullable(),
    hostCheck: MonitorRequestSchema.shape.hostCheck.unwrap().nullable(),
    periodMinutes: z.number().int().nullable(),
    graceMinutes: z.number().int().nullable(),
    cron: z.string().nullable(),
    timeZone: z.string().nullable(),
    paused: z.boolean(),
    state: z.enum(MONITOR_STATES),
    confirmation: ConfirmationSchema,
    lastCheckedAt: IsoInstantSchema.nullable(),
    lastResult: z
      .object({ outcome: z.enum(CHECK_OUTCOMES), message: z.string(), responseMs: z.number().nullable() })
      .nullable(),
    /** When the dispatcher checks it next (heartbeats: when a missing ping counts as a failure). */
    nextCheckAt: IsoInstantSchema.nullable(),
    /** The open incident of this monitor, if any: at most one at a time. */
    incidentId: IdSchema.nullable(),
    maintenance: z.array(MaintenanceSlotSchema),
    /** Heartbeat monitors: the secret push URL (`…/api/heartbeats/<token>`, `/start`, `/fail`). */
    heartbeatUrl: z.string().nullable(),
    /** Heartbeats: a `/start` ping not yet followed by success or failure. */
    runningSince: IsoInstantSchema.nullable(),
    createdAt: IsoInstantSchema,
    updatedAt: IsoInstantSchema,
    version: z.number().int(),
  })
  .meta({ id: 'Monitor' });
export type Monitor = z.infer<typeof MonitorSchema>;

/** One check's result, kept for `RAW_RESULT_TTL_DAYS` (TTL), then only in the rollups. */
export const CheckResultSchema = z
  .object({
    /** `<monitorId>#<scheduledAt>` (or `#hb-<at>` for a ping): a result delivered twice is stored and counted once. */
    id: z.string(),
    monitorId: IdSchema,
    tenantId: IdSchema,
    /** When the check ran (the checker's clock). */
    at: IsoInstantSchema,
    outcome: z.enum(CHECK_OUTCOMES),
    /** Whether the monitor was in maintenance then: kept, never counted in uptime, never pages. */
    inMaintenance: z.boolean(),
    responseMs: z.number().nullable(),
    /** One line a person can read: `HTTP 503`, `keyword "Welcome" missing`, `certificate expires in 3 days`. */
    message: z.string(),
    /** The immediate re-check of a first failure (counted like any other). */
    recheck: z.boolean(),
  })
  .meta({ id: 'CheckResult' });
export type CheckResult = z.infer<typeof CheckResultSchema>;
export const RAW_RESULT_TTL_DAYS = 7;

/** Counts of one hour or one day of a monitor; uptime = up / (up + down), maintenance and no data apart. */
export const RollupSchema = z
  .object({
    monitorId: IdSchema,
    /** `2026-12-06T14` (hour) or `2026-12-06` (day), UTC. */
    bucket: z.string(),
    up: z.number().int(),
    down: z.number().int(),
    noData: z.number().int(),
    maintenance: z.number().int(),
    /** Response times of the up and down results of the bucket (ms). */
    p50Ms: z.number().nullable(),
    p95Ms: z.number().nullable(),
  })
  .meta({ id: 'Rollup' });
export type Rollup = z.infer<typeof RollupSchema>;

/** `GET /api/monitors/{id}/history?range=24h|7d|90d`: what the charts draw. */
export const MonitorHistorySchema = z
  .object({
    monitorId: IdSchema,
    range: z.enum(['24h', '7d', '90d']),
    /** 24h: hourly buckets; 7d: hourly; 90d: daily. Oldest first; buckets without results are absent. */
    buckets: z.array(RollupSchema),
    /** up / (up + down) over the range, maintenance and no data left out; null when nothing was counted. */
    uptime: z.number().nullable(),
  })
  .meta({ id: 'MonitorHistory' });
export type MonitorHistory = z.infer<typeof MonitorHistorySchema>;

export const MonitorDetailSchema = MonitorSchema.extend({
  /** The newest results first (at most 50). */
  recentResults: z.array(CheckResultSchema),
}).meta({ id: 'MonitorDetail' });
export type MonitorDetail = z.infer<typeof MonitorDetailSchema>;

export const INCIDENT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];
export const INCIDENT_SEVERITIES = ['critical', 'major', 'minor'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

export const TIMELINE_KINDS = [
  'detected',
  'confirmed',
  'waiting_coverage',
  'paged',
  'escalated',
  'acknowledged',
  'diagnostic',
  'remediation',
  'note',
  'recovered',
  'resolved',
  'customer_notified',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TimelineEntrySchema = z
  .object({
    at: IsoInstantSchema,
    kind: z.enum(TIMELINE_KINDS),
    text: z.string(),
    /** Who did it (an e-mail), or null for Opsdesk itself. */
    by: z.string().nullable(),
    /** Diagnostic and remediation entries: the task (its output is shown with the entry). */
    taskId: IdSchema.nullable(),
  })
  .meta({ id: 'TimelineEntry' });
export type TimelineEntry = z.infer<typeof TimelineEntrySchema>;

export const IncidentSchema = z
  .object({
    id: IdSchema,
    tenantId: IdSchema,
    tenantName: z.string(),
    monitorId: IdSchema,
    monitorName: z.string(),
    monitorKind: z.enum(MONITOR_KINDS),
    severity: z.enum(INCIDENT_SEVERITIES),
    status: z.enum(INCIDENT_STATUSES),
    /** The first failing result (detected) — the incident opens when it is confirmed. */
    detectedAt: IsoInstantSchema,
    openedAt: IsoInstantSchema,
    acknowledgedAt: IsoInstantSchema.nullable(),
    acknowledgedBy: z.string().nullable(),
    resolvedAt: IsoInstantSchema.nullable(),
    /** The plan's targets, from `openedAt` (or from when coverage began, outside covered hours). */
    acknowledgeDueAt: IsoInstantSchema,
    resolveDueAt: IsoInstantSchema,
    /** `waiting`: opened outside the plan's covered hours; nobody is paged until `coverageStartsAt`. */
    coverage: z.enum(['covered', 'waiting']),
    coverageStartsAt: IsoInstantSchema.nullable(),
    /** Paging: how often the person on call was paged, the escalation level (0 on call, 1 provider-admins). */
    pages: z.number().int(),
    escalationLevel: z.number().int().min(0).max(1),
    /** When the paging job looks at it next (re-page, escalate, coverage begins); null once acknowledged. */
    nextPageAt: IsoInstantSchema.nullable(),
    /** Whom the last page went to (staff ids). */
    pagedStaffIds: z.array(IdSchema),
    timeline: z.array(TimelineEntrySchema),
    version: z.number().int(),
  })
  .meta({ id: 'Incident' });
export type Incident = z.infer<typeof IncidentSchema>;

/** An incident as the API answers: the timeline's diagnostic entries carry their task's status and output. */
export const IncidentViewSchema = IncidentSchema.extend({
  tasks: z.array(
    z.object({
      id: IdSchema,
      typeId: z.string(),
      status: z.string(),
      output: z.string().nullable(),
      updatedAt: IsoInstantSchema,
    }),
  ),
}).meta({ id: 'IncidentView' });
export type IncidentView = z.infer<typeof IncidentViewSchema>;

export const ResolveIncidentRequestSchema = z
  .strictObject({ note: z.string().trim().min(1).max(2000).optional() })
  .meta({ id: 'ResolveIncidentRequest' });
export const IncidentNoteRequestSchema = z
  .strictObject({ text: z.string().trim().min(1).max(2000) })
  .meta({ id: 'IncidentNoteRequest' });
export const RemediateRequestSchema = z
  .strictObject({ typeId: z.string().min(1).max(64), params: z.record(z.string(), z.unknown()).optional() })
  .meta({ id: 'RemediateRequest' });
/** The one-click acknowledgement from a page's e-mail: the signed token is the whole credential. */
export const AckLinkRequestSchema = z
  .strictObject({ token: z.string().min(20).max(1000) })
  .meta({ id: 'AckLinkRequest' });

export const IncidentListQuerySchema = PageQuerySchema.extend({ status: z.enum(INCIDENT_STATUSES).optional() });
export type IncidentListQuery = z.infer<typeof IncidentListQuerySchema>;
