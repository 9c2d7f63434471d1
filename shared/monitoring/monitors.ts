import { auditActorOf, newAuditEntry } from '../audit/audit-entry.js';
import type { Plan } from '../catalogue/plan.js';
import { findPlan } from '../catalogue/plans.js';
import { DomainError, type FieldError } from '../errors.js';
import { type Actor, tenantOf } from '../platform/actor.js';
import type { Tenant } from '../tenancy/model.js';
import { cronProblem } from './cron.js';
import type { MonitoringDeps } from './deps.js';
import { heartbeatDeadline } from './heartbeats.js';
import { isInMaintenance } from './maintenance.js';
import type {
  Incident,
  Monitor,
  MonitorDetail,
  MonitorKind,
  MonitorPatch,
  MonitorRequest,
  TimelineEntry,
} from './model.js';

/** How many results `getMonitor` shows. */
export const RECENT_RESULTS = 50;
/** Heartbeats without a grace get this one (a job may start a little late or run a little long). */
export const DEFAULT_GRACE_MINUTES = 5;
export const DEFAULT_TLS_WARN_DAYS = 14;
export const DEFAULT_EXPECTED_STATUS: [number, number] = [200, 399];

const notFound = (monitorId: string) =>
  new DomainError('RESOURCE.NOT_FOUND', `There is no monitor ${monitorId} in your organisation.`);

/** The tenant's monitor, or 404 (another tenant's monitor is not found either). */
export const loadMonitor = async (deps: MonitoringDeps, tenantId: string, monitorId: string): Promise<Monitor> => {
  const monitor = await deps.monitors.get(tenantId, monitorId);
  if (!monitor || monitor.tenantId !== tenantId) throw notFound(monitorId);
  return monitor;
};

/**
 * A monitor as shown now: a planned maintenance that has begun shows as `maintenance` before its first check in it
 * (the stored state is the last result's).
 */
const shownNow = (monitor: Monitor, now: Date): Monitor =>
  isInMaintenance(monitor, now) ? { ...monitor, state: 'maintenance' } : monitor;

/** The organisation's monitors with their current state, by name (members read, admins change). */
export const listMonitors = async (deps: MonitoringDeps, actor: Actor): Promise<{ items: Monitor[] }> => {
  const now = deps.clock.now();
  return { items: (await deps.monitors.list(tenantOf(actor))).map((monitor) => shownNow(monitor, now)) };
};

/** One monitor with its newest results (newest first). */
export const getMonitor = async (deps: MonitoringDeps, actor: Actor, monitorId: string): Promise<MonitorDetail> => {
  const tenantId = tenantOf(actor);
  const monitor = shownNow(await loadMonitor(deps, tenantId, monitorId), deps.clock.now());
  return { ...monitor, recentResults: await deps.results.recent(tenantId, monitorId, RECENT_RESULTS) };
};

/** The tenant and its plan's monitoring terms; no plan (or an unknown one) is a 409: monitors come with a plan. */
const tenantAndPlan = async (deps: MonitoringDeps, tenantId: string): Promise<{ tenant: Tenant; plan: Plan }> => {
  const tenant = await deps.tenants.getTenant(tenantId);
  if (!tenant) throw new DomainError('RESOURCE.NOT_FOUND', 'This organisation no longer exists.');
  const plan = tenant.planId ? findPlan(tenant.planId) : undefined;
  if (!plan) throw new DomainError('STATE.CONFLICT', 'Monitors come with a plan: choose a plan first.');
  return { tenant, plan };
};

type Config = Omit<
  Monitor,
  | 'id'
  | 'tenantId'
  | 'kind'
  | 'paused'
  | 'state'
  | 'confirmation'
  | 'lastCheckedAt'
  | 'lastResult'
  | 'nextCheckAt'
  | 'incidentId'
  | 'maintenance'
  | 'heartbeatUrl'
  | 'runningSince'
  | 'createdAt'
  | 'updatedAt'
  | 'version'
>;

/** The fields each kind reads; any other field sent with the kind is a mistake the API names. */
const FIELDS_OF: Record<MonitorKind, readonly (keyof MonitorRequest)[]> = {
  http: [
    'target',
    'method',
    'headers',
    'keyword',
    'keywordAbsent',
    'maxResponseMs',
    'followRedirects',
    'expectedStatus',
  ],
  tls: ['target', 'warnDays'],
  dns: ['target', 'recordType', 'expected'],
  tcp: ['target'],
  heartbeat: ['periodMinutes', 'graceMinutes', 'cron', 'timeZone'],
  host: ['hostCheck'],
};
const COMMON_FIELDS: readonly string[] = ['name', 'kind', 'intervalMinutes', 'confirmations', 'hostId', 'paused'];

const HOST_NAME =
  /^(?=.{1,253}$)([A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

const urlProblem = (target: string, schemes: string[]): string | null => {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return `a URL such as ${schemes[0]}//example.org/`;
  }
  if (!schemes.includes(url.protocol)) return `a URL starting with ${schemes.map((s) => `${s}//`).join(' or ')}`;
  if (!url.hostname) return 'a URL with a host name';
  if (url.username || url.password) return 'no user name or password in the URL (send a header instead)';
  return null;
};

const tcpProblem = (target: string): string | null => {
  const match = /^(\[[0-9A-Fa-f:.]+\]|[^:[\]\s]+):(\d{1,5})$/.exec(target);
  if (!match) return 'host:port, such as db.example.org:5432 or [2001:db8::1]:22';
  const port = Number(match[2]);
  if (port < 1 || port > 65_535) return 'a port from 1 to 65535';
  return null;
};

/**
 * Checks a whole request (a new monitor, or a monitor with a patch applied) for its kind and returns the stored
 * configuration with defaults; every problem is a `body.<field>` error of one 422. `sent` are the fields the caller
 * actually sent (fields of another kind among them are refused; those inherited from the stored monitor are not).
 */
const configure = async (
  deps: MonitoringDeps,
  tenant: Tenant,
  plan: Plan,
  request: MonitorRequest,
  sent: readonly string[],
): Promise<Config> => {
  const errors: FieldError[] = [];
  const fail = (field: string, message: string) => errors.push({ path: `body.${field}`, message });
  const kind = request.kind;
  const own = FIELDS_OF[kind];
  for (const field of sent) {
    if (!COMMON_FIELDS.includes(field) && !(own as readonly string[]).includes(field)) {
      fail(field, `does not apply to ${kind} monitors`);
    }
  }
  if (kind !== 'heartbeat' && request.intervalMinutes < plan.monitoring.minIntervalMinutes) {
    fail('intervalMinutes', `your plan checks at most every ${plan.monitoring.minIntervalMinutes} minutes`);
  }
  const target = request.target?.trim() ?? null;
  if (kind === 'http' || kind === 'tls' || kind === 'dns' || kind === 'tcp') {
    if (!target) fail('target', `a ${kind} monitor needs a target`);
    else {
      const problem =
        kind === 'http'
          ? urlProblem(target, ['http:', 'https:'])
          : kind === 'tls'
            ? urlProblem(target, ['https:'])
            : kind === 'dns'
              ? HOST_NAME.test(target)
                ? null
                : 'a host name such as example.org'
              : tcpProblem(target);
      if (problem) fail('target', problem);
      else {
        const refusal = await deps.targets.refusal(kind, target);
        if (refusal) fail('target', refusal);
      }
    }
  }
  if (request.expectedStatus && request.expectedStatus[0] > request.expectedStatus[1]) {
    fail('expectedStatus', 'the lowest accepted status first');
  }
  if (request.keywordAbsent && !request.keyword) fail('keyword', 'the keyword that must be absent');
  if (request.method === 'HEAD' && request.keyword) fail('keyword', 'a HEAD request has no body to search');
  if (kind === 'heartbeat') {
    const hasPeriod = request.periodMinutes !== undefined;
    const hasCron = request.cron !== undefined;
    if (hasPeriod === hasCron) fail(hasCron ? 'cron' : 'periodMinutes', 'either a period or a cron expression');
    if (hasCron) {
      const problem = cronProblem(request.cron as string);
      if (problem) fail('cron', problem);
    }
    if (request.timeZone && !hasCron) fail('timeZone', 'a time zone applies to a cron expression');
  }
  if (kind === 'host') {
    const check = request.hostCheck;
    if (!request.hostId) fail('hostId', 'a host check runs on one of your servers');
    if (!check) fail('hostCheck', 'what to check on the host');
    else {
      if (check.check === 'service' && !check.service) fail('hostCheck.service', 'the systemd unit to watch');
      if (check.check === 'certificate-file' && !check.path) fail('hostCheck.path', 'the certificate file');
      if (check.check !== 'disk' && check.thresholdPercent !== undefined) {
        fail('hostCheck.thresholdPercent', 'applies to disk checks');
      }
      if (check.check !== 'service' && check.service !== undefined)
        fail('hostCheck.service', 'applies to service checks');
      if (check.check !== 'certificate-file' && check.warnDays !== undefined) {
        fail('hostCheck.warnDays', 'applies to certificate-file checks');
      }
    }
  }
  if (request.hostId && !(await deps.hosts.get(tenant.id, request.hostId))) {
    fail('hostId', 'not one of your registered servers');
  }
  if (errors.length) throw new DomainError('REQUEST.INVALID', 'The monitor is not valid.', errors);
  const check = request.hostCheck;
  return {
    name: request.name.trim(),
    target: kind === 'heartbeat' || kind === 'host' ? null : target,
    intervalMinutes: request.intervalMinutes,
    confirmations: request.confirmations ?? 2,
    method: kind === 'http' ? (request.method ?? 'GET') : null,
    headers: kind === 'http' ? (request.headers ?? {}) : {},
    keyword: kind === 'http' ? (request.keyword ?? null) : null,
    keywordAbsent: kind === 'http' ? (request.keywordAbsent ?? false) : false,
    maxResponseMs: kind === 'http' ? (request.maxResponseMs ?? null) : null,
    followRedirects: kind === 'http' ? (request.followRedirects ?? true) : false,
    expectedStatus: kind === 'http' ? (request.expectedStatus ?? DEFAULT_EXPECTED_STATUS) : DEFAULT_EXPECTED_STATUS,
    warnDays: kind === 'tls' ? (request.warnDays ?? DEFAULT_TLS_WARN_DAYS) : null,
    recordType: kind === 'dns' ? (request.recordType ?? 'A') : null,
    expected: kind === 'dns' ? (request.expected ?? null) : null,
    hostId: request.hostId ?? null,
    hostCheck:
      kind === 'host' && check
        ? {
            check: check.check,
            ...(check.check === 'disk'
              ? { thresholdPercent: check.thresholdPercent ?? 90, path: check.path ?? '/' }
              : check.check === 'service'
                ? { service: check.service }
                : { path: check.path, warnDays: check.warnDays ?? 14 }),
          }
        : null,
    periodMinutes: kind === 'heartbeat' ? (request.periodMinutes ?? null) : null,
    graceMinutes: kind === 'heartbeat' ? (request.graceMinutes ?? DEFAULT_GRACE_MINUTES) : null,
    cron: kind === 'heartbeat' ? (request.cron ?? null) : null,
    timeZone: kind === 'heartbeat' && request.cron ? (request.timeZone ?? tenant.timeZone) : null,
  };
};

const sentFields = (body: object): string[] =>
  Object.entries(body)
    .filter(([, value]) => value !== undefined)
    .map(([field]) => field);

/**
 * Creates a monitor within the plan's limits (how many, how often), validated for its kind, its target cleared by
 * the SSRF guard. Heartbeats get a secret push URL; only the token's hash is stored (the URL is shown in the answer
 * and on the monitor, which members of the tenant can read). Checked first right away (heartbeats: after their
 * first period plus grace).
 */
/**
 * A monitor as it starts its life: every configuration field unset (interval 1 minute, confirmation 2, statuses
 * 200–399, redirects followed) unless given, pending, never checked, nothing open, version 1. `createMonitor` gives it
 * the request's configuration; tests and the bench build their monitors with it too.
 */
export const newMonitor = (
  fields: Pick<Monitor, 'id' | 'tenantId' | 'name' | 'kind' | 'createdAt'> & Partial<Monitor>,
): Monitor => ({
  target: null,
  intervalMinutes: 1,
  confirmations: 2,
  method: null,
  headers: {},
  keyword: null,
  keywordAbsent: false,
  maxResponseMs: null,
  followRedirects: true,
  expectedStatus: [DEFAULT_EXPECTED_STATUS[0], DEFAULT_EXPECTED_STATUS[1]],
  warnDays: null,
  recordType: null,
  expected: null,
  hostId: null,
  hostCheck: null,
  periodMinutes: null,
  graceMinutes: null,
  cron: null,
  timeZone: null,
  paused: false,
  state: 'pending',
  confirmation: { phase: 'stable', count: 0 },
  lastCheckedAt: null,
  lastResult: null,
  nextCheckAt: null,
  incidentId: null,
  maintenance: [],
  heartbeatUrl: null,
  runningSince: null,
  updatedAt: fields.createdAt,
  version: 1,
  ...fields,
});

export const createMonitor = async (deps: MonitoringDeps, actor: Actor, request: MonitorRequest): Promise<Monitor> => {
  const tenantId = tenantOf(actor);
  const { tenant, plan } = await tenantAndPlan(deps, tenantId);
  if (tenant.status !== 'active') {
    throw new DomainError('STATE.CONFLICT', `The organisation is ${tenant.status.replace('_', ' ')}: no new monitors.`);
  }
  const existing = await deps.monitors.list(tenantId);
  if (existing.length >= plan.monitoring.maxMonitors) {
    throw new DomainError(
      'STATE.CONFLICT',
      `Your plan allows ${plan.monitoring.maxMonitors} monitors; delete one or change the plan.`,
    );
  }
  const config = await configure(deps, tenant, plan, request, sentFields(request));
  const now = deps.clock.now();
  const id = deps.ids.newId();
  const token = request.kind === 'heartbeat' ? deps.tokens.newToken() : null;
  const base = newMonitor({
    id,
    tenantId,
    kind: request.kind,
    ...config,
    nextCheckAt: now.toISOString(),
    heartbeatUrl: token ? `${deps.links.api}/api/heartbeats/${token}` : null,
    createdAt: now.toISOString(),
  });
  const monitor = base.kind === 'heartbeat' ? { ...base, nextCheckAt: heartbeatDeadline(base, now) } : base;
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'monitor.created',
    target: { type: 'monitor', id },
    details: {
      name: monitor.name,
      kind: monitor.kind,
      target: monitor.target,
      intervalMinutes: monitor.intervalMinutes,
    },
  });
  await deps.monitors.create(monitor, audit, token ? deps.tokens.hash(token) : null);
  return monitor;
};

/** The request a stored monitor was made from (its kind's fields only), to apply a patch to. */
const requestOf = (monitor: Monitor): MonitorRequest => {
  const own = new Set<string>([...COMMON_FIELDS, ...FIELDS_OF[monitor.kind]]);
  const request: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(monitor)) {
    if (own.has(field) && value !== null && field !== 'paused') request[field] = value;
  }
  request.kind = monitor.kind;
  return request as MonitorRequest;
};

/**
 * Changes a monitor (any field but its kind) under the same rules as a new one, or pauses and resumes it. A paused
 * monitor leaves the schedule (nothing is checked, nothing opens); resuming checks it right away. A changed
 * interval takes effect by the next check at the latest; a changed heartbeat schedule counts from now.
 */
export const updateMonitor = async (
  deps: MonitoringDeps,
  actor: Actor,
  monitorId: string,
  patch: MonitorPatch,
): Promise<Monitor> => {
  const tenantId = tenantOf(actor);
  const monitor = await loadMonitor(deps, tenantId, monitorId);
  const { tenant, plan } = await tenantAndPlan(deps, tenantId);
  const { paused, ...changes } = patch;
  const inherited = requestOf(monitor);
  // A heartbeat switches between a period and a cron schedule by sending the other one.
  if (changes.periodMinutes !== undefined) {
    delete inherited.cron;
    delete inherited.timeZone;
  }
  if (changes.cron !== undefined) delete inherited.periodMinutes;
  const merged = {
    ...inherited,
    ...Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
  };
  const config = await configure(deps, tenant, plan, merged as MonitorRequest, sentFields(changes));
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const pausedAfter = paused ?? monitor.paused;
  let after: Monitor = { ...monitor, ...config, paused: pausedAfter, updatedAt: nowIso, version: monitor.version + 1 };
  // Paused: no check will recover it, so an open incident is resolved with it (paging would never end otherwise).
  let pausedIncident: { before: Incident; after: Incident } | undefined;
  if (pausedAfter && !monitor.paused && monitor.incidentId) {
    const incident = await deps.incidents.get(tenantId, monitor.incidentId);
    if (incident && incident.status !== 'resolved') {
      pausedIncident = { before: incident, after: closedByPause(incident, actor, now) };
    }
  }
  if (pausedAfter) after = { ...after, nextCheckAt: null, runningSince: null, incidentId: null };
  else if (monitor.paused) {
    after = { ...after, nextCheckAt: after.kind === 'heartbeat' ? heartbeatDeadline(after, now) : nowIso };
  } else if (after.kind === 'heartbeat') {
    const scheduleChanged = ['periodMinutes', 'graceMinutes', 'cron', 'timeZone'].some(
      (field) => changes[field as keyof typeof changes] !== undefined,
    );
    if (scheduleChanged) after = { ...after, nextCheckAt: heartbeatDeadline(after, now), runningSince: null };
  } else if (after.intervalMinutes !== monitor.intervalMinutes) {
    const soonest = new Date(now.getTime() + after.intervalMinutes * 60_000).toISOString();
    after = {
      ...after,
      nextCheckAt: monitor.nextCheckAt && monitor.nextCheckAt < soonest ? monitor.nextCheckAt : soonest,
    };
  }
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'monitor.updated',
    target: { type: 'monitor', id: monitor.id },
    details: { ...(paused !== undefined ? { paused } : {}), fields: sentFields(changes) },
  });
  await deps.monitors.update(monitor, after, { audit, ...(pausedIncident ? { updateIncident: pausedIncident } : {}) });
  return after;
};

/**
 * "Check now": the monitor is due at once, so the next dispatcher tick (within a minute) checks it — after a fix, to
 * see it recover without waiting a whole interval. A paused monitor or a heartbeat (nothing to probe) is a 409.
 */
export const checkMonitorNow = async (deps: MonitoringDeps, actor: Actor, monitorId: string): Promise<Monitor> => {
  const tenantId = tenantOf(actor);
  const monitor = await loadMonitor(deps, tenantId, monitorId);
  if (monitor.paused) throw new DomainError('STATE.CONFLICT', 'The monitor is paused: resume it to check it.');
  if (monitor.kind === 'heartbeat') {
    throw new DomainError('STATE.CONFLICT', 'A heartbeat is checked by its pings: there is nothing to check now.');
  }
  const now = deps.clock.now().toISOString();
  if (monitor.nextCheckAt !== null && monitor.nextCheckAt <= now) return monitor;
  const after: Monitor = { ...monitor, nextCheckAt: now, updatedAt: now, version: monitor.version + 1 };
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'monitor.check_requested',
    target: { type: 'monitor', id: monitor.id },
    details: {},
  });
  await deps.monitors.update(monitor, after, { audit });
  return after;
};

/** The incident of a deleted monitor, resolved with a note saying why (nobody is paged about it any more). */
const closedByDeletion = (incident: Incident, actor: Actor, now: Date): Incident =>
  closedBecause(incident, actor, now, `The monitor ${incident.monitorName} was deleted.`, 'the monitor was deleted');

/** The incident of a monitor that was paused: nothing will check it again, so nobody is paged about it any more. */
const closedByPause = (incident: Incident, actor: Actor, now: Date): Incident =>
  closedBecause(incident, actor, now, `The monitor ${incident.monitorName} was paused.`, 'the monitor was paused');

const closedBecause = (incident: Incident, actor: Actor, now: Date, note: string, reason: string): Incident => {
  const at = now.toISOString();
  const entry = (kind: TimelineEntry['kind'], text: string): TimelineEntry => ({
    at,
    kind,
    text,
    by: actor.email,
    taskId: null,
  });
  return {
    ...incident,
    status: 'resolved',
    resolvedAt: at,
    nextPageAt: null,
    timeline: [...incident.timeline, entry('note', note), entry('resolved', `Resolved: ${reason}`)],
    version: incident.version + 1,
  };
};

/**
 * Deletes a monitor; its results expire and its incidents stay, an open one resolved with a timeline note (the
 * incident is written first: a crash in between leaves a monitor whose incident is resolved, which is harmless).
 */
export const deleteMonitor = async (deps: MonitoringDeps, actor: Actor, monitorId: string): Promise<void> => {
  const tenantId = tenantOf(actor);
  const monitor = await loadMonitor(deps, tenantId, monitorId);
  const now = deps.clock.now();
  if (monitor.incidentId) {
    const incident = await deps.incidents.get(tenantId, monitor.incidentId);
    if (incident && incident.status !== 'resolved') {
      await deps.incidents.update(incident, closedByDeletion(incident, actor, now), {});
    }
  }
  const audit = newAuditEntry(deps, {
    actor: auditActorOf(actor),
    tenantId,
    action: 'monitor.deleted',
    target: { type: 'monitor', id: monitor.id },
    details: { name: monitor.name, kind: monitor.kind },
  });
  await deps.monitors.remove(monitor, audit);
};
